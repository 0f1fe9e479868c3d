package dev.marsad.arabic.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityFinderTest {

    private final QuantityFinder finder = new QuantityFinder();

    private Quantity only(String text) {
        List<Quantity> found = finder.find(text);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // sentence | value | unit ('' for none) | approximate
                "أرسلت البعثة حوالي 40 مراقبا إلى الحدود | 40 | مراقب | true",
                "أجلت السلطات نحو 3500 شخص من القرى | 3500 | شخص | true",
                "وصل إلى الميناء قرابة ٢٥٠ لاجئاً | 250 | لاجئ | true",
                "أصيب أكثر من 120 متظاهرا | 120 | متظاهر | true",
                "شارك ما يقارب ألف متطوع | 1000 | متطوع | true",
                "تضم المدينة 1,250,000 نسمة | 1250000 | نسمة | false",
                "بلغ النمو ٣٫٥٪ هذا العام | 3.5 | % | false",
                "تراجعت الصادرات 12.5 في المائة | 12.5 | % | false",
                "تبرعت الجمعية بثلاثين سريراً | 30 | سرير | false",
                "قدمت الدولة ثلاثة آلاف وخمسمائة منحة | 3500 | منحة | false",
                "خسر المزارعون ألفين رأس من الماشية | 2000 | رأس | false",
                "وعد البنك بمليون دولار | 1000000 | دولار | false",
                "رصدت الحكومة 2.5 مليار ريال | 2500000000 | ريال | false",
                "عاد بضعة صيادين إلى الشاطئ | 3 | صيادين | true",
                "قتل عشرات المدنيين في القصف | 10 | مدنيين | true",
                "حضر خمسة وعشرون نائبا الجلسة | 25 | نائب | false",
                "نزح نصف مليون شخص | 500000 | شخص | false",
                "وقّع 17 عضواً على العريضة | 17 | عضو | false",
            })
    void readsQuantityValueUnitAndApproximation(String sentence, String value, String unit, boolean approximate) {
        Quantity q = only(sentence);
        assertThat(q.value()).as(sentence).isEqualByComparingTo(new BigDecimal(value));
        assertThat(q.unit()).as(sentence).isEqualTo(unit.isEmpty() ? Optional.empty() : Optional.of(unit));
        assertThat(q.approximate()).as(sentence).isEqualTo(approximate);
        assertThat(sentence.substring(q.start(), q.end())).isEqualTo(q.text());
    }

    @Test
    void keepsApproximationWordsInsideTheSpan() {
        Quantity q = only("وضعت القوات نحو 30 مركز مراقبة على الطريق");
        assertThat(q.text()).isEqualTo("نحو 30 مركز");
        assertThat(q.unit()).contains("مركز");
    }

    @Test
    void neverReadsDatesTimesOrScoresAsQuantities() {
        assertThat(finder.find("انتهت المباراة 3-1 الساعة 21:45 يوم 20/9/2023")).isEmpty();
    }

    @Test
    void leavesOutNumbersInsideExcludedSpans() {
        String text = "في 20 سبتمبر 2023 نزح 500 شخص";
        int dateEnd = text.indexOf("2023") + 4;
        List<Quantity> found = finder.find(text, List.of(new Span(3, dateEnd)));
        assertThat(found).singleElement().satisfies(q -> assertThat(q.unit()).contains("شخص"));
    }

    @Test
    void readsSeparatedNumbersAfterAConjunction() {
        List<Quantity> found = finder.find("أصيب 12 رجلاً و7 نساء");
        assertThat(found).extracting(Quantity::value).containsExactly(new BigDecimal("12"), new BigDecimal("7"));
        assertThat(found.get(1).text()).isEqualTo("7 نساء");
    }

    @Test
    void ignoresWordsThatOnlyLookLikeNumbers() {
        assertThat(finder.find("لست أدري ما حدث، قال أحد الشهود")).isEmpty();
    }

    @Test
    void findsTheSeedQuantities() throws IOException {
        Path seed = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && seed == null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/seed/seed-article.txt");
            if (Files.exists(candidate)) seed = candidate;
        }
        assumeTrue(seed != null, "seed page not found");
        List<Quantity> found = finder.find(Files.readString(seed, StandardCharsets.UTF_8));
        assertThat(found)
                .anySatisfy(q -> expect(q, 30, "مركز", true))
                .anySatisfy(q -> expect(q, 2000, "شخص", true))
                .anySatisfy(q -> expect(q, 2116, "مدني", true))
                .anySatisfy(q -> expect(q, 1049, "طفل", false));
    }

    private static void expect(Quantity q, long value, String unit, boolean approximate) {
        assertThat(q.value()).isEqualByComparingTo(BigDecimal.valueOf(value));
        assertThat(q.unit()).contains(unit);
        assertThat(q.approximate()).isEqualTo(approximate);
    }
}
