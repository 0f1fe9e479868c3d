package dev.marsad.arabic.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.arabic.ArabicNormalizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProcliticReadingsTest {

    private static List<String> readings(String word) {
        return ProcliticReadings.of(ArabicNormalizer.SEARCH.normalize(word));
    }

    @ParameterizedTest(name = "{2}: {0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "والرياض | والرياض الرياض | conjunction و",
                "فالحكومة | فالحكومه الحكومه | conjunction ف",
                "للسعودية | للسعوديه السعوديه لسعوديه | لل read as ل + ال",
                "بباكو | بباكو باكو | preposition ب",
                "كموسكو | كموسكو موسكو | preposition ك",
                "وبباكو | وبباكو بباكو باكو | conjunction then preposition",
                "وللرياض | وللرياض للرياض الرياض لرياض | conjunction then لل",
            })
    void proposesEachReading(String word, String expected, String rule) {
        assertThat(readings(word)).as(rule).containsExactly(expected.split(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"بل", "لم", "فم", "ولد", "بري"})
    void leavesShortWordsWhole(String word) {
        assertThat(readings(word)).containsExactly(word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"مصر", "الرياض", "سلام", "موسكو", ""})
    void readsOtherWordsOnlyAsThemselves(String word) {
        assertThat(readings(word)).containsExactly(ArabicNormalizer.SEARCH.normalize(word));
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource({
        "والرياض, الرياض, 1",
        "للسعوديه, السعوديه, 1",
        "للسعوديه, لسعوديه, 1",
        "وبباكو, باكو, 2",
        "باكو, باكو, 0"
    })
    void countsTheLettersAReadingLeavesOut(String word, String reading, int stripped) {
        assertThat(ProcliticReadings.strippedLength(word, reading)).isEqualTo(stripped);
    }
}
