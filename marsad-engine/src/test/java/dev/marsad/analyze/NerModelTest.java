package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the second pass of a two-pass model reads the text (issue 11). */
class NerModelTest {

    private static final int T = NerModel.TAGS.size();

    /** First pass: "فيلتون" is a person. Second pass: nothing is ever a name. */
    private static NerModel disagreeingPasses() {
        float[] person = new float[T];
        person[NerModel.TAGS.indexOf("B-PER")] = 5f;
        float[] outside = new float[T];
        outside[0] = 50f;
        return new NerModel(
                "test",
                new NerModel.Pass(Map.of("w=فيلتون", person), new float[T + 1][T]),
                Optional.of(new NerModel.Pass(Map.of("bias", outside), new float[T + 1][T])),
                WordClusters.NONE,
                EmbeddingClusters.NONE,
                NameLexicon.EMPTY,
                NameLexicon.EMPTY);
    }

    private static boolean findsThePerson(String text) {
        return new ArticleAnalyzer(Optional.of(disagreeingPasses()))
                .mentions(text).stream()
                        .anyMatch(m -> m.type() == Entity.Type.PER
                                && text.substring(m.start(), m.end()).equals("فيلتون"));
    }

    @Test
    void aShortTextKeepsTheFirstPassTags() {
        assertThat(findsThePerson("وصل فيلتون أمس .")).isTrue();
    }

    @Test
    void aTextOfDocumentLengthIsTaggedAgainByTheSecondPass() {
        String text = "وصل فيلتون أمس ." + " ثم عاد".repeat(NerModel.MIN_DOCUMENT_WORDS / 2);
        assertThat(findsThePerson(text)).isFalse();
    }
}
