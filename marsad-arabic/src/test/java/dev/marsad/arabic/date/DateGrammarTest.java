package dev.marsad.arabic.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test per rule of GRAMMAR.md (issue 14): each table holds phrasings of one rule in MSA and
 * dialects, checked against a reference; none of them is a row of the benchmark's sets.
 */
class DateGrammarTest {

    /** A Sunday, 10:00 in Riyadh. */
    private static final ZonedDateTime SUNDAY = ZonedDateTime.parse("2026-12-06T10:00+03:00");

    private final ArabicDateFinder finder = new ArabicDateFinder();

    /** The single mention of the sentence, its start as a local date-time in the reference's offset. */
    private String resolved(String sentence) {
        List<DateMention> found = finder.find(sentence, SUNDAY);
        assertThat(found).as(sentence).hasSize(1);
        return found.get(0)
                .from()
                .withZoneSameInstant(SUNDAY.getZone())
                .toLocalDateTime()
                .toString();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "التقيا أول من أمس | 2026-12-04T00:00",
                "وصلت البعثة قبل الأمس | 2026-12-04T00:00",
                "يصل الموفد بعد يوم غد | 2026-12-08T00:00",
                "شفتو أول مبارح | 2026-12-04T00:00",
                "منشوف بعض بعد بكرا | 2026-12-08T00:00",
                "الحفلة بعد باجر | 2026-12-08T00:00",
                "نتلاقاو بعد غدوة | 2026-12-08T00:00",
                "خرجنا قبل البارح | 2026-12-04T00:00",
                "الدوام باجر عادي | 2026-12-07T00:00",
            })
    void readsCompoundAndDialectRelativeDays(String sentence, String expected) {
        assertThat(resolved(sentence)).as(sentence).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "تعلن النتائج في اليوم التالي | 2026-12-07T00:00",
                "سجلت الأسواق تراجعا في اليوم السابق | 2026-12-05T00:00",
                "يستأنف العمل اليوم الموالي | 2026-12-07T00:00",
                "تحسن الطقس في اليوم الذي تلاه | 2026-12-07T00:00",
                "النهار اللي قبلو كان هادي | 2026-12-05T00:00",
                "رجعنا اليوم اللي بعدو | 2026-12-07T00:00",
                "استعدت القوات في اليوم الذي سبق الهجوم | 2026-12-05T00:00",
            })
    void movesTheDayByTheWordAfterIt(String sentence, String expected) {
        assertThat(resolved(sentence)).as(sentence).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // past-tense verb: the last such weekday, today included
                "أعلن الجيش الجمعة عن عملية | 2026-12-04T00:00",
                "واجتمعوا الثلاثاء في القاهرة | 2026-12-01T00:00",
                "تم الإفراج عنه الأحد | 2026-12-06T00:00",
                "لم يحضر الوزير جلسة الأربعاء | 2026-12-02T00:00",
                "شفناه الخميس بالسوق | 2026-12-03T00:00",
            })
    void readsABareWeekdayAfterAPastVerbAsTheLastOne(String sentence, String expected) {
        assertThat(resolved(sentence)).as(sentence).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // present or future verb, or a planning word: the next such weekday, today included
                "يلتقي الزعيمان الجمعة | 2026-12-11T00:00",
                "ستفتتح الوزيرة المعرض السبت | 2026-12-12T00:00",
                "هيتم تسليم الشقق يوم الاتنين | 2026-12-07T00:00",
                "رح نرجع الخميس | 2026-12-10T00:00",
                "المحل بيفتح الأحد | 2026-12-06T00:00",
                "من المقرر أن تصدر النتائج الثلاثاء | 2026-12-08T00:00",
                "أرجأت المحكمة الجلسة إلى الخميس | 2026-12-10T00:00",
                "غادي يتلاقاو نهار الحد | 2026-12-06T00:00",
            })
    void readsABareWeekdayAfterAPresentOrFutureVerbAsTheNextOne(String sentence, String expected) {
        assertThat(resolved(sentence)).as(sentence).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a direction word beats the verb; named on that very weekday it moves a whole week
                "قال الوزير إنه يصل الأحد المقبل | 2026-12-13T00:00",
                "عاد الوفد الأحد الماضي | 2026-11-29T00:00",
                "يجتمع المجلس الخميس الجاي | 2026-12-10T00:00",
                "سافرت الجمعة اللي فاتت | 2026-12-04T00:00",
                "بيفتح المعرض هالأربعاء | 2026-12-09T00:00",
            })
    void letsADirectionWordDecideTheWeekday(String sentence, String expected) {
        assertThat(resolved(sentence)).as(sentence).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "وقعت الكارثة في 14 مارس | 2026-03-14T00:00",
                "تنطلق البطولة في 14 مارس | 2027-03-14T00:00",
                "ستجري الانتخابات في 20 أيلول | 2027-09-20T00:00",
                "أعلنوا الإضراب في 20 أيلول | 2026-09-20T00:00",
                "يبدأ الموسم في شهر جوان | 2027-06-01T00:00",
            })
    void completesAMissingYearByTheTenseOfTheVerb(String sentence, String expected) {
        assertThat(resolved(sentence)).as(sentence).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ينتهي العقد في الخامس عشر من الشهر المقبل | 2027-01-15T00:00",
                "تحسم القضية في 9 الجاري | 2026-12-09T00:00",
                "وقع الحادث في العشرين من الشهر الماضي | 2026-11-20T00:00",
                "يبدأ الدوام أول الشهر الجاي | 2027-01-01T00:00",
                "تنتهي التسجيلات آخر الشهر | 2026-12-31T00:00",
                "تصدر الرواتب يوم 25 من هذا الشهر | 2026-12-25T00:00",
                "يبدأ الفصل في 3 شهر 2 | 2027-02-03T00:00",
                "تأسست الجمعية في الأول من الشهر الخامس | 2026-05-01T00:00",
            })
    void readsTheDayOfAMonthNamedByNumberOrFromTheReference(String sentence, String expected) {
        assertThat(resolved(sentence)).as(sentence).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "النت مقطوع من يومين | 2026-12-04T00:00",
                "صار لها أسبوع بالمستشفى | 2026-11-29T00:00",
                "بقالهم شهرين مستنيين | 2026-10-06T00:00",
                "هادي تلات أيام ما جا | 2026-12-03T00:00",
                "مضى أسبوعان على الحادث | 2026-11-22T00:00",
                "إلها سنة بالغربة | 2025-12-06T00:00",
                "له قرابة شهر بالسجن | 2026-11-06T00:00",
                "من خمس تيام ما شفناه | 2026-12-01T00:00",
            })
    void readsColloquialAgoAsTheDayTheStateBegan(String sentence, String expected) {
        assertThat(resolved(sentence)).as(sentence).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "استمر الحصار أكثر من يومين",
                "تتبدل الأحوال من يوم لآخر",
                "أقل من أسبوع كان كافيا",
            })
    void leavesFromWithACountAloneWhenAComparisonOrARangeGovernsIt(String sentence) {
        assertThat(finder.find(sentence, SUNDAY)).as(sentence).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "يقام العرض الخميس 10/12 الساعة الخامسة مساء | 2026-12-10T17:00",
                "الموعد يوم الثلاثاء ٨/١٢ عند الساعة ٩ صباحاً | 2026-12-08T09:00",
                "الساعة الرابعة من عصر الأربعاء 9/12 | 2026-12-09T16:00",
                "مساء السبت 12 ديسمبر الساعة التاسعة | 2026-12-12T21:00",
                "يوم الجمعة 11.12 على 20h30 | 2026-12-11T20:30",
                "الاثنين 7 كانون الأول، الساعة 11 الصبح | 2026-12-07T11:00",
                "مساء الجمعة 11 ديسمبر عند الثامنة | 2026-12-11T20:00",
                "في الثالثة من بعد ظهر الخميس 10/12 | 2026-12-10T15:00",
            })
    void joinsAWeekdayADateAndATimeIntoOneMoment(String sentence, String expected) {
        assertThat(resolved(sentence)).as(sentence).isEqualTo(expected);
    }

    @Test
    void readsADayAndMonthWithoutAYearOnlyAfterAWeekdayOrADateWord() {
        assertThat(finder.find("فاز الفريق 3/1 على ضيفه", SUNDAY)).isEmpty();
        assertThat(finder.find("ارتفع المؤشر في 2/3 من الجلسات", SUNDAY)).isEmpty();
        assertThat(resolved("تبدأ الدورة بتاريخ 15/12")).isEqualTo("2026-12-15T00:00");
        assertThat(resolved("انتهت المرحلة الأولى في 15/3")).isEqualTo("2026-03-15T00:00");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "وصل الوفد أمس، وبعد يومين يغادر | 2",
                "اجتمعوا الخميس والجمعة | 2",
                "تبدأ الجولة غداً الاثنين الساعة العاشرة صباحاً، وبعد أسبوعين الجولة الثانية | 2",
                "بدأ الحصار منذ أسبوع، اليوم دخلت المساعدات | 2",
                "الأربعاء، 9 ديسمبر 2026، الساعة العاشرة | 1",
            })
    void separatesMentionsAtAConjunctionAndAtACommaBeforeARelativeExpression(String sentence, int mentions) {
        assertThat(finder.find(sentence, SUNDAY)).as(sentence).hasSize(mentions);
    }
}
