package dev.marsad.bench.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.BlockSample;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15, part 8: the kinds of block whose treatment the gold conventions are compared on. */
class ExtractConventionsTest {

    private static final List<String> NAMES = BlockSample.featureNames();

    private static BlockSample block(String text, String... flags) {
        double[] f = new double[NAMES.size()];
        for (String flag : flags) f[NAMES.indexOf(flag)] = 1;
        return new BlockSample(text, f, true);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "عن الشركة: مجموعة تعمل في قطاع الموانئ منذ عشرين عاماً. | about",
                "About the Courier: an independent paper since 1921. | about",
                "بقلم سارة علي | byline",
                "By Sara Ali | byline",
                "تصوير: أحمد منصور | credit",
                "A crane lifts the last span into place (Photo: Reuters) | credit",
                "قال رئيس البلدية إن الجسر الجديد سيفتح الشهر المقبل. | other",
                "About us | about",
                "Von Anna Berger und Peter Brandt | byline",
                // review of issue 15 part 8: report sentences that open with the same words
                "About 200 people attended the vigil on Sunday. | other",
                "Over the weekend, police arrested three men. | other",
                "Sobre las diez de la noche llegaron los bomberos al barrio. | other",
                "Par ailleurs, le ministre a annoncé une réforme. | other",
                "Por su parte, el alcalde pidió calma a los vecinos. | other",
                "كتب الرئيس في تغريدة أن المفاوضات ستستأنف الأسبوع المقبل. | other",
                "By the end of the year the bridge will carry trains too. | other"
            })
    void aBlockIsKindedByItsText(String text, String kind) {
        assertThat(ExtractConventions.kind(block(text.strip()), NAMES)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({"heading, heading", "list, list", "quote, quote", "table, table"})
    void theMarkupKindComesBeforeTheText(String flag, String kind) {
        assertThat(ExtractConventions.kind(block("About the bridge", flag), NAMES))
                .isEqualTo(kind);
    }

    @org.junit.jupiter.api.Test
    void aShortLineWithoutASentenceEndIsAShortLine() {
        assertThat(ExtractConventions.kind(block("الجسر الجديد", "short"), NAMES))
                .isEqualTo("short-line");
        assertThat(ExtractConventions.kind(block("الجسر الجديد.", "short", "ends_sentence"), NAMES))
                .isEqualTo("other");
    }
}
