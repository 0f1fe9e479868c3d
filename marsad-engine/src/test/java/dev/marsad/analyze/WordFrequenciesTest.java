package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, part 4: how unusual a keyphrase's words are in a corpus. */
class WordFrequenciesTest {

    /** Every text names the government; one in four also names measles. */
    private static WordFrequencies corpus() {
        var texts = new ArrayList<String>();
        for (int i = 0; i < 40; i++)
            texts.add(i % 4 == 0 ? "قالت الحكومة إن حملة الحصبة بدأت" : "قالت الحكومة إن الاجتماع انتهى " + i);
        return WordFrequencies.count(texts);
    }

    @Test
    void countsDocumentsNotOccurrences() {
        WordFrequencies f = WordFrequencies.count(List.of("الحصبة الحصبة الحصبة", "الحصبة", "الحصبة", "خبر"));
        assertThat(f.documents()).isEqualTo(4);
        assertThat(f.frequencies()).containsValue(3).doesNotContainValue(5);
    }

    @Test
    void makesWordsOfEveryDocumentLessRareThanWordsOfFew() {
        WordRarity rarity = WordRarity.ofFrequencies(
                WordList.load("keyword-background.txt"), corpus().frequencies(), corpus().documents());
        assertThat(rarity.of("الحكومة")).isLessThan(rarity.of("الحصبة"));
        assertThat(rarity.of("الحصبة")).isLessThan(rarity.of("كاراباخ"));
    }

    @Test
    void readsBackWhatItWrote(@TempDir Path dir) {
        var texts = new ArrayList<String>();
        for (int i = 0; i < 5; i++) texts.add("\u064b\u064c كلمة ـ خبر " + i); // marks and tatweel alone: no word
        WordFrequencies f = WordFrequencies.count(texts);
        f.write(dir.resolve("models").resolve(TrainedModels.FREQUENCIES_FILE));
        WordFrequencies read =
                TrainedModels.load(dir.resolve("models")).frequencies().orElseThrow();
        assertThat(read.documents()).isEqualTo(f.documents());
        assertThat(read.frequencies()).isEqualTo(f.frequencies());
    }

    @Test
    void refusesAFileThatIsNoFrequencies(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(TrainedModels.FREQUENCIES_FILE);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("marsad-word-frequencies 1\ndocuments x\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> WordFrequencies.read(file))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 2");
    }
}
