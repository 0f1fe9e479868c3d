package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 11, part 5: only facts that can be trusted are shown. */
class FactsTest {

    private static AnalyzedArticle analyze(String text) {
        return Fixtures.ANALYZER
                .analyzeText("خبر", text, Optional.of(Instant.parse("2024-06-01T09:00:00Z")), URI.create("urn:test:1"))
                .analyzed();
    }

    private static List<String> quantities(String text) {
        return analyze(text).quantities().stream()
                .map(q -> q.value().toPlainString() + " " + q.unit().orElse(""))
                .toList();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "بدأت الأزمة 2020 وانتهت بعد عام. | a verb after a conjunction is no unit",
                "شهدت المدينة 2017 تحولات كبيرة. | a year before a plural",
                "وصلت امرأة واحدة إلى المركز. | a lone word 'one'",
                "سافر الوفد في 2018 إلى جنيف. | a bare number",
            })
    void showsNoQuantityThatCannotBeTrusted(String text, String rule) {
        assertThat(quantities(text)).as(rule).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "تم إجلاء نحو 2000 شخص من المنطقة. | 2000 شخص",
                "بلغت الخسائر 50 مليون دولار. | 50000000 دولار",
                "أصيب ثلاثة أطفال في الحادث. | 3 أطفال",
            })
    void showsQuantitiesWithACountedNoun(String text, String expected) {
        assertThat(quantities(text)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "قالت وزارة الدفاع إن القصف توقف. | وزارة الدفاع",
                "وأكد البنك المركزي أن الأسعار مستقرة. | البنك المركزي",
                "أشارت منظمة الصحة العالمية إلى أن اللقاح آمن. | منظمة الصحة العالمية",
                "أعلن الاتحاد الأوروبي عن مساعدات جديدة. | الاتحاد الأوروبي",
                "قال المدرب: فريقنا لعب جيدا. | المدرب",
            })
    void findsWhoSaidIt(String text, String speaker) {
        assertThat(analyze(text).attributions())
                .extracting(Attribution::speaker)
                .containsExactly(speaker);
    }

    @Test
    void namesThePersonNotTheTitle() {
        assertThat(analyze("قال الرئيس الفرنسي إيمانويل ماكرون إن بلاده مستعدة.")
                        .attributions())
                .extracting(Attribution::speaker)
                .singleElement()
                .asString()
                .doesNotContain("الرئيس");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "قال مصدر إن الاجتماع تأجل. | an anonymous source",
                "أشار التقرير إلى وفاة ثلاثة أطفال. | no reported words follow",
                "قال إن الاجتماع تأجل. | no speaker named",
            })
    void attributesNothingToNobody(String text, String rule) {
        assertThat(analyze(text).attributions()).as(rule).isEmpty();
    }
}
