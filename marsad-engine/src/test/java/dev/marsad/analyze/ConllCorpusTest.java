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

class ConllCorpusTest {

    @TempDir
    Path dir;

    private Path write(String... lines) throws Exception {
        Path file = dir.resolve("corpus.txt");
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsTokensAndTagsAndCutsSentencesAtTheFullStop() throws Exception {
        ConllCorpus corpus =
                ConllCorpus.read(write("قال O", "محمد B-PERS", "علي I-PERS", ". O", "في O", "القاهرة B-LOC"));
        assertThat(corpus.sentences()).hasSize(2);
        assertThat(corpus.sentences().get(0).tokens()).containsExactly("قال", "محمد", "علي", ".");
        assertThat(corpus.sentences().get(0).tags()).containsExactly("O", "B-PERS", "I-PERS", "O");
        assertThat(corpus.sentences().get(0).text()).isEqualTo("قال محمد علي .");
        assertThat(corpus.sentences().get(0).tokenStarts()).containsExactly(0, 4, 9, 13);
        assertThat(corpus.tokenCount()).isEqualTo(6);
    }

    @Test
    void dropsLinesWithAnEmptyTokenAsAnercorpHasThem() throws Exception {
        ConllCorpus corpus = ConllCorpus.read(write("قال O", " O", "O", "محمد B-PERS"));
        assertThat(corpus.sentences().getFirst().tokens()).containsExactly("قال", "محمد");
    }

    @Test
    void rejectsALineWithoutATagNamingFileAndLine() throws Exception {
        Path file = write("قال O", "محمد PERSON");
        assertThatThrownBy(() -> ConllCorpus.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file + ":2")
                .hasMessageContaining("PERSON");
    }

    @Test
    void splitIsContiguousInFileOrderSeventyFifteenFifteen() throws Exception {
        var lines = new ArrayList<String>();
        for (int i = 0; i < 100; i++) {
            lines.add("w" + i + " O");
            lines.add(". O");
        }
        ConllCorpus.Split split =
                ConllCorpus.read(write(lines.toArray(String[]::new))).split();
        assertThat(split.train().sentences()).hasSize(70);
        assertThat(split.dev().sentences()).hasSize(15);
        assertThat(split.test().sentences()).hasSize(15);
        assertThat(split.train().sentences().getLast().tokens().getFirst()).isEqualTo("w69");
        assertThat(split.dev().sentences().getFirst().tokens().getFirst()).isEqualTo("w70");
        assertThat(split.test().sentences().getFirst().tokens().getFirst()).isEqualTo("w85");
    }
}
