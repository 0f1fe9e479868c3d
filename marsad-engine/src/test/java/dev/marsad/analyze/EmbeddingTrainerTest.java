package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingTrainerTest {

    @TempDir
    Path dir;

    /** Tiny: every word of the fixture counts, no subsampling, many passes, 4 and 2 clusters. */
    private static final EmbeddingTrainer.Settings SMALL =
            new EmbeddingTrainer.Settings(1_000, 1, 16, 2, 4, 60, 1.0, 1_000, List.of(4, 2), 20, 5L);

    private static final List<String> CITIES = List.of("بيروت", "دمشق", "عمان", "بغداد", "تونس");
    private static final List<String> FRUITS = List.of("تفاح", "موز", "برتقال", "عنب", "تين");

    /** Cities always stand between "مدينة" and "اليوم"; fruits between "أكل" and "الطازج". */
    private Path corpus() throws Exception {
        var lines = new ArrayList<String>();
        for (int i = 0; i < 80; i++) {
            String city = CITIES.get(i % CITIES.size());
            String fruit = FRUITS.get((i * 3) % FRUITS.size());
            lines.add("{\"content\": \"وصل الوفد إلى مدينة " + city + " اليوم . ثم أكل الضيف " + fruit
                    + " الطازج مساء\"}");
        }
        Path file = dir.resolve("texts.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void wordsOfLikeContextsShareTheirClustersAndOthersDoNot() throws Exception {
        EmbeddingClusters clusters = new EmbeddingTrainer(SMALL, m -> {}).train(corpus());
        int[] beirut = clusters.of("بيروت", "بيروت");
        assertThat(beirut).hasSize(2);
        for (String city : CITIES) assertThat(clusters.of(city, city)).as(city).isEqualTo(beirut);
        int[] apple = clusters.of("تفاح", "تفاح");
        for (String fruit : FRUITS)
            assertThat(clusters.of(fruit, fruit)).as(fruit).isEqualTo(apple);
        assertThat(apple[0]).as("finest cluster of a fruit and a city").isNotEqualTo(beirut[0]);
    }

    @Test
    void anUnknownFormFallsBackToItsStemAndAnUnknownStemToNothing() {
        var clusters = new EmbeddingClusters(
                new int[] {8, 2}, Map.of("كتاب", new int[] {5, 1}), Map.of("كتب", new int[] {3, 0}));
        assertThat(clusters.of("كتاب", "كتب")).containsExactly(5, 1);
        assertThat(clusters.of("كتابات", "كتب")).containsExactly(3, 0);
        assertThat(clusters.of("قلم", "قلم")).isEmpty();
        assertThat(EmbeddingClusters.NONE.of("كتاب", "كتب")).isEmpty();
    }

    @Test
    void writtenClustersReadBack() throws Exception {
        EmbeddingClusters clusters = new EmbeddingTrainer(SMALL, m -> {}).train(corpus());
        Path file = dir.resolve("embedding-clusters.tsv");
        clusters.write(file, "test\nsecond line");
        EmbeddingClusters read = EmbeddingClusters.read(file);
        assertThat(read.size()).isEqualTo(clusters.size());
        assertThat(read.granularities()).containsExactly(4, 2);
        for (String word : List.of("دمشق", "موز", "الطازج"))
            assertThat(read.of(word, word)).as(word).isEqualTo(clusters.of(word, word));
    }

    @Test
    void aMalformedLineIsRefusedWithFileAndLine() throws Exception {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "# c\ngranularities\t4\t2\nw\tدمشق\t1\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EmbeddingClusters.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.tsv:3");
        Path clusters = dir.resolve("clusters.tsv");
        Files.writeString(clusters, "دمشق\t1\t2\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EmbeddingClusters.read(clusters))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clusters.tsv");
    }

    @Test
    void aCorpusWithTooFewWordsIsRefusedByName() throws Exception {
        Path small = dir.resolve("small.jsonl");
        Files.writeString(small, "{\"content\": \"كلمة واحدة\"}\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new EmbeddingTrainer(SMALL, m -> {}).train(small))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("small.jsonl");
    }

    @Test
    void aTaggerTrainedWithEmbeddingsKeepsThemInItsFile() throws Exception {
        EmbeddingClusters clusters = new EmbeddingTrainer(SMALL, m -> {}).train(corpus());
        var sentences = new ArrayList<ConllCorpus.Sentence>();
        for (String city : CITIES)
            sentences.add(new ConllCorpus.Sentence(
                    List.of("وصل", "الوفد", "إلى", city, "اليوم", "."), List.of("O", "O", "O", "B-LOC", "O", "O")));
        NerModel model = new NerTrainer(new NerTrainer.Settings(4, 1L), WordClusters.NONE, clusters, m -> {})
                .train(new ConllCorpus(sentences), "test");
        Path file = dir.resolve(NerModel.FILE_NAME);
        model.write(file);
        NerModel read = NerModel.read(file);
        assertThat(read.embeddings().size()).isEqualTo(clusters.size());
        String text = "وصل الوفد إلى دمشق اليوم .";
        assertThat(new ArticleAnalyzer(Optional.of(read)).mentions(text))
                .isEqualTo(new ArticleAnalyzer(Optional.of(model)).mentions(text))
                .isNotEmpty();
    }
}
