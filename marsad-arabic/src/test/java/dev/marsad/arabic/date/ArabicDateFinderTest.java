package dev.marsad.arabic.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicDateFinderTest {

    /** A Wednesday. */
    private static final ZonedDateTime REF = ZonedDateTime.parse("2023-09-20T00:00Z");

    private final ArabicDateFinder finder = new ArabicDateFinder();

    private DateMention only(String text) {
        List<DateMention> found = finder.find(text, REF);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // expression in a sentence | expected span | start of interval | grain
                "وقع الانفجار أول أمس في المدينة | أول أمس | 2023-09-18T00:00Z | DAY",
                "يعقد الاجتماع بعد غد في القاهرة | بعد غد | 2023-09-22T00:00Z | DAY",
                "التقى الوزيران اليوم في عمّان | اليوم | 2023-09-20T00:00Z | DAY",
                "وصلت الطائرة البارحة إلى المطار | البارحة | 2023-09-19T00:00Z | DAY",
                "اجتمع الوزراء الأسبوع الماضي في الرياض | الأسبوع الماضي | 2023-09-11T00:00Z | WEEK",
                "تبدأ الانتخابات الشهر المقبل | الشهر المقبل | 2023-10-01T00:00Z | MONTH",
                "ارتفعت الأسعار خلال العام الماضي | العام الماضي | 2022-01-01T00:00Z | YEAR",
                "وصل الوفد منذ ثلاثة أيام | منذ ثلاثة أيام | 2023-09-17T00:00Z | DAY",
                "انتهى الاجتماع قبل ساعتين | قبل ساعتين | 2023-09-19T22:00Z | HOUR",
                "يصل الرئيس الخميس المقبل إلى باريس | الخميس المقبل | 2023-09-21T00:00Z | DAY",
                "أعلنت الحكومة الأحد الماضي عن خطة | الأحد الماضي | 2023-09-17T00:00Z | DAY",
                "تنطلق القمة في 3 أكتوبر المقبل | 3 أكتوبر المقبل | 2023-10-03T00:00Z | DAY",
                "صدر القرار في ١٥ أيلول ٢٠٢٣ | ١٥ أيلول ٢٠٢٣ | 2023-09-15T00:00Z | DAY",
                "في 12 جانفي 2022 وقعت الاتفاقية | 12 جانفي 2022 | 2022-01-12T00:00Z | DAY",
                "بدأ الإضراب في 2 غشت 2021 | 2 غشت 2021 | 2021-08-02T00:00Z | DAY",
                "تأسست الشركة في كانون الأول 2019 | كانون الأول 2019 | 2019-12-01T00:00Z | MONTH",
                "وفي عام 2015 انتقل | عام 2015 | 2015-01-01T00:00Z | YEAR",
                "صدر المرسوم في 20/9/2023 | 20/9/2023 | 2023-09-20T00:00Z | DAY",
                "ونشر البيان بتاريخ ٢٠٢٣/٩/٢٠ | ٢٠٢٣/٩/٢٠ | 2023-09-20T00:00Z | DAY",
                "تبدأ الجلسة الساعة العاشرة صباحاً | الساعة العاشرة صباحاً | 2023-09-20T10:00Z | HOUR",
                "تبدأ الجلسة الساعة الثالثة والنصف عصرا | الساعة الثالثة والنصف عصرا | 2023-09-20T15:30Z | MINUTE",
                "أول أيام رمضان 1 رمضان 1445 هـ | 1 رمضان 1445 هـ | 2024-03-11T00:00Z | DAY",
                "حتى نهاية شهر شباط المقبل | نهاية شهر شباط | 2024-02-29T00:00Z | DAY",
                "published on September 21, 2023 | September 21, 2023 | 2023-09-21T00:00Z | DAY",
            })
    void resolvesExpressionsInSentences(String sentence, String span, String start, Grain grain) {
        DateMention m = only(sentence);
        assertThat(m.text()).as(sentence).isEqualTo(span);
        assertThat(sentence.substring(m.start(), m.end())).isEqualTo(span);
        assertThat(m.from().toInstant())
                .as(sentence)
                .isEqualTo(ZonedDateTime.parse(start).toInstant());
        assertThat(m.grain()).as(sentence).isEqualTo(grain);
    }

    @Test
    void aTextEndingInARangeWordReadsNoTimeAfterIt() {
        assertThat(finder.find("يستمر الاجتماع حتى", REF)).isEmpty();
        assertThat(finder.find("ارتفعت الأسعار من 10 إلى", REF)).isEmpty();
    }

    @Test
    void checksWeekdayAgainstTheAgreedDate() {
        DateMention m = only("شنت القوات هجوماً أمس الثلاثاء الموافق 19 سبتمبر.");
        assertThat(m.text()).isEqualTo("أمس الثلاثاء الموافق 19 سبتمبر");
        assertThat(m.from().toLocalDate()).hasToString("2023-09-19");
        assertThat(m.weekdayCheck()).isEqualTo(WeekdayCheck.CONSISTENT);
    }

    @Test
    void reportsAWeekdayThatContradictsTheDate() {
        DateMention m = only("وقع الحادث الاثنين 19 سبتمبر 2023");
        assertThat(m.from().toLocalDate()).hasToString("2023-09-19");
        assertThat(m.weekdayCheck()).isEqualTo(WeekdayCheck.INCONSISTENT);
    }

    @Test
    void resolvesTomorrowWithAgreedDateAndYear() {
        DateMention m = only("ستجري البلاد مفاوضات، غدًا الخميس الموافق 21 سبتمبر 2023، لإنهاء الأزمة");
        assertThat(m.text()).isEqualTo("غدًا الخميس الموافق 21 سبتمبر 2023");
        assertThat(m.from().toLocalDate()).hasToString("2023-09-21");
        assertThat(m.weekdayCheck()).isEqualTo(WeekdayCheck.CONSISTENT);
    }

    @Test
    void readsTimeZoneOfMakkah() {
        DateMention m = only("تنطلق المباراة الساعة 9 مساءً بتوقيت مكة المكرمة");
        assertThat(m.from()).isEqualTo(ZonedDateTime.parse("2023-09-20T21:00+03:00[Asia/Riyadh]"));
        assertThat(m.from().toInstant()).hasToString("2023-09-20T18:00:00Z");
    }

    @Test
    void anOffsetMustReadAsHoursAndMinutes() {
        DateMention glued = only("أقلعت الطائرة عند 14:05+03:00");
        assertThat(glued.from().getOffset()).hasToString("+03:00");
        // a run of digits where the hours stand (found by fuzzing: it overflowed an int) is no offset
        assertThat(new ArabicDateFinder().find("20 سبتمبر 2023 14:05+588888888883:00", REF))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.from().getOffset()).isNotEqualTo(ZoneOffset.ofHours(5)));
        assertThat(new ArabicDateFinder().find("14:05+03:0000", REF)).isNotNull();
    }

    @Test
    void readsGreenwichTimeInArabic() {
        DateMention m = only("أقلعت الطائرة عند 14:30 بتوقيت غرينتش");
        assertThat(m.from().toInstant()).hasToString("2023-09-20T14:30:00Z");
        assertThat(m.grain()).isEqualTo(Grain.MINUTE);
    }

    @Test
    void toleratesDiacriticsTatweelAndVariantLetters() {
        DateMention m = only("فِي الخَمِيــس ٢١ سِبْتَمْبَر ٢٠٢٣");
        assertThat(m.from().toLocalDate()).hasToString("2023-09-21");
        assertThat(m.weekdayCheck()).isEqualTo(WeekdayCheck.CONSISTENT);
        assertThat(only("وفى ٣٠ ايلول 2023 ").from().toLocalDate()).hasToString("2023-09-30");
    }

    @Test
    void leavesTheCliticOutOfTheSpan() {
        DateMention m = only("ووصل الوفد وبالأمس أعلن");
        assertThat(m.text()).isEqualTo("الأمس");
    }

    @Test
    void ignoresMonthNamesUsedAsOrdinaryWords() {
        assertThat(finder.find("مارس الضغط على الحكومة وتموز الغضب", REF)).isEmpty();
    }

    @Test
    void skipsImpossibleDays() {
        assertThat(finder.find("في 31 فبراير 2023", REF)).isEmpty();
    }

    @Test
    void completesBareWeekdayByBias() {
        String text = "وقال الوزير السبت إن";
        assertThat(new ArabicDateFinder(Bias.PAST).find(text, REF).get(0).from().toLocalDate())
                .hasToString("2023-09-16");
        assertThat(new ArabicDateFinder(Bias.FUTURE)
                        .find(text, REF)
                        .get(0)
                        .from()
                        .toLocalDate())
                .hasToString("2023-09-23");
        // Issue 14: under NEAREST the past-tense verb (قال) picks the last Saturday; without a verb
        // the nearest one counts.
        assertThat(new ArabicDateFinder(Bias.NEAREST)
                        .find(text, REF)
                        .get(0)
                        .from()
                        .toLocalDate())
                .hasToString("2023-09-16");
        assertThat(new ArabicDateFinder(Bias.NEAREST)
                        .find("اجتماع السبت", REF)
                        .get(0)
                        .from()
                        .toLocalDate())
                .hasToString("2023-09-23");
    }

    @Test
    void findsTheSeedDatesAgainstItsPublicationDate() throws IOException {
        Path seed = SharedFolder.find("seed").resolve("seed-article.txt");
        assumeTrue(Files.exists(seed), "seed page not found: " + seed);
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        ZonedDateTime published = DateLineParser.parse(
                        text.lines().skip(1).findFirst().orElseThrow())
                .orElseThrow();
        assertThat(published).isEqualTo(ZonedDateTime.parse("2023-09-20T00:00Z"));
        List<DateMention> found = finder.find(text, published);
        assertThat(found)
                .filteredOn(m -> m.text().startsWith("أمس الثلاثاء"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.from().toLocalDate()).hasToString("2023-09-19");
                    assertThat(m.weekdayCheck()).isEqualTo(WeekdayCheck.CONSISTENT);
                });
        assertThat(found)
                .filteredOn(m -> m.text().startsWith("غدًا الخميس"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.from().toLocalDate()).hasToString("2023-09-21");
                    assertThat(m.weekdayCheck()).isEqualTo(WeekdayCheck.CONSISTENT);
                });
    }
}
