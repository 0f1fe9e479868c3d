package dev.marsad.arabic.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expressions built from other ones: n-th weekdays, ranges, stretches, feasts, spoken clock times. */
class CompositeDatesTest {

    /** A Wednesday, 13:00 UTC. */
    private static final ZonedDateTime REF = ZonedDateTime.parse("2023-09-20T13:00Z");

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // sentence | start of interval | end of interval (exclusive)
                "تعقد الجمعية اجتماعها في آخر خميس من شهر نوفمبر 2023 | 2023-11-30T00:00Z | 2023-12-01T00:00Z",
                "تقام الصلاة في الجمعة الأولى من رمضان 1445 هـ | 2024-03-15T00:00Z | 2024-03-16T00:00Z",
                "افتتح المعرض الثلاثاء الثالث من أكتوبر 2023 | 2023-10-03T00:00Z | 2023-10-04T00:00Z",
                "يجتمع المجلس الثلاثاء الثالث من نوفمبر 2023 | 2023-11-21T00:00Z | 2023-11-22T00:00Z",
                "يستمر المهرجان من 5 إلى 8 أكتوبر 2023 | 2023-10-05T00:00Z | 2023-10-09T00:00Z",
                "تستمر الدورة من 28 سبتمبر حتى 2 أكتوبر 2023 | 2023-09-28T00:00Z | 2023-10-03T00:00Z",
                "تفتح اللجان من الساعة التاسعة حتى الساعة الحادية عشرة صباحاً | 2023-09-20T09:00Z | 2023-09-20T12:00Z",
                "سجلت الشرطة 40 حادثاً خلال الأيام الثلاثة الماضية | 2023-09-17T00:00Z | 2023-09-20T00:00Z",
                "يصدر القرار خلال أسبوعين | 2023-09-20T13:00Z | 2023-10-04T00:00Z",
                "يحل عيد الأضحى 2024 في الصيف | 2024-06-16T00:00Z | 2024-06-17T00:00Z",
                "احتفل المسلمون برأس السنة الهجرية | 2023-07-19T00:00Z | 2023-07-20T00:00Z",
                "يبدأ البث الساعة الرابعة وعشرين دقيقة مساءً | 2023-09-20T16:20Z | 2023-09-20T16:21Z",
                "يصل القطار الساعة الثالثة | 2023-09-20T15:00Z | 2023-09-20T16:00Z",
                "يبدأ الحظر الليلة | 2023-09-20T18:00Z | 2023-09-21T00:00Z",
                "اجتمعوا ثلاثاء الأسبوع الماضي | 2023-09-12T00:00Z | 2023-09-13T00:00Z",
                "ارتفعت الأسعار في أواخر آب 2023 | 2023-08-21T00:00Z | 2023-09-01T00:00Z",
                "تبدأ الامتحانات في الأسبوع الأول من نوفمبر 2023 | 2023-11-06T00:00Z | 2023-11-13T00:00Z",
                "ينتهي العقد في اليوم الأخير من شهر ديسمبر 2023 | 2023-12-31T00:00Z | 2024-01-01T00:00Z",
                "يفتتح المتحف في مارس من العام المقبل | 2024-03-01T00:00Z | 2024-04-01T00:00Z",
                "يستمر حظر التجول حتى الساعة السادسة صباحاً | 2023-09-20T13:00Z | 2023-09-21T06:00Z",
                "وقع الانفجار مساء أمس قرب الميناء | 2023-09-19T18:00Z | 2023-09-20T00:00Z",
                "غادر الوفد فجر الخميس 21 سبتمبر | 2023-09-21T03:00Z | 2023-09-21T06:00Z",
            })
    void resolvesCompositeExpressions(String sentence, String from, String until) {
        List<DateMention> found = new ArabicDateFinder().find(sentence, REF);
        assertThat(found).as(sentence).hasSize(1);
        assertThat(found.get(0).from().toInstant())
                .as(sentence)
                .isEqualTo(ZonedDateTime.parse(from).toInstant());
        assertThat(found.get(0).until().toInstant())
                .as(sentence)
                .isEqualTo(ZonedDateTime.parse(until).toInstant());
    }

    @org.junit.jupiter.api.Test
    void picksTheYearWhoseDateFallsOnTheStatedWeekday() {
        DateMention m = new ArabicDateFinder().find("الخميس 15 أغسطس", REF).get(0);
        assertThat(m.from().toLocalDate()).hasToString("2024-08-15");
        assertThat(m.weekdayCheck()).isEqualTo(WeekdayCheck.CONSISTENT);
    }
}
