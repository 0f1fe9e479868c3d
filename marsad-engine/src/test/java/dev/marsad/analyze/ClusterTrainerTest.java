package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterTrainerTest {

    @TempDir
    Path dir;

    private static final ClusterTrainer.Settings SMALL = new ClusterTrainer.Settings(1_000, 200, 40, 32, 4, 2, 10, 3L);

    /** Cities always follow "في مدينة" and precede "اليوم"; fruits follow "أكل" and precede "الطازج". */
    private Path corpus() throws Exception {
        List<String> cities = List.of("بيروت", "دمشق", "عمان", "بغداد", "تونس");
        List<String> fruits = List.of("تفاح", "موز", "برتقال", "عنب", "تين");
        var lines = new ArrayList<String>();
        for (int i = 0; i < 60; i++) {
            String city = cities.get(i % cities.size());
            String fruit = fruits.get((i * 3) % fruits.size());
            lines.add(
                    "{\"content\": \"كان الوفد في مدينة " + city + " اليوم ثم أكل " + fruit + " الطازج مع الأصدقاء\"}");
        }
        Path file = dir.resolve("texts.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void wordsOfLikeContextsShareAClusterAndOthersDoNot() throws Exception {
        WordClusters clusters = new ClusterTrainer(SMALL, m -> {}).train(corpus());
        assertThat(clusters.fine("دمشق")).isEqualTo(clusters.fine("بيروت")).isEqualTo(clusters.fine("بغداد"));
        assertThat(clusters.fine("موز")).isEqualTo(clusters.fine("تفاح"));
        assertThat(clusters.fine("موز")).isNotEqualTo(clusters.fine("دمشق"));
        assertThat(clusters.fine("كلمة-غير-موجودة")).isEqualTo(-1);
    }

    @Test
    void writtenClustersReadBack() throws Exception {
        WordClusters clusters = new ClusterTrainer(SMALL, m -> {}).train(corpus());
        Path file = dir.resolve("clusters.tsv");
        clusters.write(file, "test");
        WordClusters read = WordClusters.read(file);
        assertThat(read.size()).isEqualTo(clusters.size());
        assertThat(read.coarse("تونس")).isEqualTo(clusters.coarse("تونس"));
    }

    @Test
    void aCorpusWithoutTextIsRefusedByName() throws Exception {
        Path empty = dir.resolve("empty.jsonl");
        Files.writeString(empty, "{\"title\": \"x\"}\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new ClusterTrainer(SMALL, m -> {}).train(empty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty.jsonl");
    }
}
