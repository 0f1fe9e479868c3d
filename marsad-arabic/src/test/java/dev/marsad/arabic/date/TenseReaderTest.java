package dev.marsad.arabic.date;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.arabic.number.Token;
import dev.marsad.arabic.number.TokenScanner;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tense one word tells (issue 14, the direction of bare weekdays and years left out). */
class TenseReaderTest {

    private static Tense tenseOf(String word) {
        List<Token> tokens = TokenScanner.scan(word);
        return new TenseReader(tokens).tenseOf(0);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "قال, PAST",
        "وأعلنت, PAST",
        "اجتمعوا, PAST",
        "وصلت, PAST",
        "انطلق, PAST",
        "استقبل, PAST",
        "التقى, PAST",
        "لم, PAST",
        "كانت, PAST",
        "شفته, PAST",
        "التقيته, PAST"
    })
    void readsPastVerbsAndMarkers(String word, Tense expected) {
        assertThat(tenseOf(word)).as(word).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "يعقد, NON_PAST", "وتنطلق, NON_PAST", "سيزور, NON_PAST", "ستبدأ, NON_PAST", "هيسافر, NON_PAST",
        "حنروح, NON_PAST", "بيفتح, NON_PAST", "رح, NON_PAST", "غادي, NON_PAST", "سوف, NON_PAST",
        "كيديرو, NON_PAST"
    })
    void readsPresentAndFutureVerbsAndParticles(String word, Tense expected) {
        assertThat(tenseOf(word)).as(word).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"تنظيم", "تطورات", "سيارة", "بيان", "بالتوقيت", "الوزير", "يوم", "حتفهم", "تعاون", "الاجتماع", "مفاوضات"
    })
    void readsNounsThatLookLikeVerbsAsNoTense(String word) {
        assertThat(tenseOf(word)).as(word).isEqualTo(Tense.UNKNOWN);
    }
}
