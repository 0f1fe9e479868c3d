package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.TimePrecision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicDateFormatTest {

    private final ArabicDateFormat utc = new ArabicDateFormat(ZoneOffset.UTC);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2023-09-17, الأحد 17 سبتمبر 2023",
        "2023-09-18, الاثنين 18 سبتمبر 2023",
        "2023-09-19, الثلاثاء 19 سبتمبر 2023",
        "2023-09-20, الأربعاء 20 سبتمبر 2023",
        "2023-09-21, الخميس 21 سبتمبر 2023",
        "2023-09-22, الجمعة 22 سبتمبر 2023",
        "2023-09-23, السبت 23 سبتمبر 2023",
        "2025-03-11, الثلاثاء 11 مارس 2025",
        "2024-01-01, الاثنين 1 يناير 2024"
    })
    void writesWeekdayDayMonthAndYearInArabicWithWesternDigits(LocalDate date, String expected) {
        assertThat(utc.day(date)).as(date.toString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2023-09-20T10:05:00Z", "2023-12-31T23:59:00Z", "2024-02-29T00:00:00Z"})
    void neverWritesArabicIndicDigits(Instant instant) {
        assertThat(utc.dayAndTime(instant).chars()).noneMatch(c -> c >= '\u0660' && c <= '\u0669');
    }

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource({
        "2023-09-20T22:30:00Z, UTC, 'الأربعاء 20 سبتمبر 2023، 22:30 بتوقيت غرينتش'",
        "2023-09-20T22:30:00Z, Asia/Riyadh, 'الخميس 21 سبتمبر 2023، 01:30 بتوقيت غرينتش+3'"
    })
    void writesDayAndTimeInTheSiteZoneSayingTheZone(Instant instant, String zone, String expected) {
        assertThat(new ArabicDateFormat(ZoneId.of(zone)).dayAndTime(instant)).isEqualTo(expected);
    }

    private static final Instant NOW = Instant.parse("2023-09-20T12:00:00Z");

    /** Issue 15: a date-only publication showed "00:00", or "03:00" in Riyadh. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTC", "Asia/Riyadh", "America/New_York"})
    void showsADateOnlyPublicationAsItsDateInEveryZone(String zone) {
        var dates = new ArabicDateFormat(ZoneId.of(zone), ArabicDateFormat.Calendar.GREGORIAN, NOW);
        Instant midnight = Instant.parse("2023-09-18T00:00:00Z");
        assertThat(dates.published(midnight, TimePrecision.DAY)).isEqualTo("الاثنين 18 سبتمبر 2023");
        var moment = dates.moment(midnight, TimePrecision.DAY);
        assertThat(moment.label() + moment.exact()).doesNotContain(":", "غرينتش");
        assertThat(moment.iso()).isEqualTo("2023-09-18");
        assertThat(dates.localDay(midnight, TimePrecision.DAY)).isEqualTo(LocalDate.of(2023, 9, 18));
    }

    /** Issue 15: relative times, with the exact time kept for the hover. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2023-09-20T11:59:30Z, الآن",
        "2023-09-20T11:59:00Z, منذ دقيقة",
        "2023-09-20T11:58:00Z, منذ دقيقتين",
        "2023-09-20T11:55:00Z, منذ 5 دقائق",
        "2023-09-20T11:30:00Z, منذ 30 دقيقة",
        "2023-09-20T10:00:00Z, منذ ساعتين",
        "2023-09-20T01:00:00Z, منذ 11 ساعة",
        "2023-09-18T12:00:00Z, منذ يومين",
        "2023-09-15T12:00:00Z, منذ 5 أيام",
        "2023-09-01T12:00:00Z, الجمعة 1 سبتمبر 2023",
        "2023-09-21T12:00:00Z, الخميس 21 سبتمبر 2023"
    })
    void writesRecentTimesRelativeAndOlderOnesAsTheirDay(Instant published, String expected) {
        var dates = new ArabicDateFormat(ZoneOffset.UTC, ArabicDateFormat.Calendar.GREGORIAN, NOW);
        var moment = dates.moment(published, TimePrecision.TIME);
        assertThat(moment.label()).isEqualTo(expected);
        assertThat(moment.exact()).isEqualTo(dates.dayAndTime(published));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"2023-09-20, اليوم", "2023-09-19, أمس", "2023-09-17, منذ 3 أيام", "2023-09-01, الجمعة 1 سبتمبر 2023"})
    void writesRecentDatesRelativeByCalendarDay(LocalDate date, String expected) {
        var dates = new ArabicDateFormat(ZoneOffset.UTC, ArabicDateFormat.Calendar.GREGORIAN, NOW);
        assertThat(dates.moment(date.atStartOfDay(ZoneOffset.UTC).toInstant(), TimePrecision.DAY)
                        .label())
                .isEqualTo(expected);
    }

    /** Issue 15: the Hijri date beside the Gregorian one, as a reader's option (Umm al-Qura). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2023-09-20, 'الأربعاء 20 سبتمبر 2023 (5 ربيع الأول 1445 هـ)'",
        "2024-03-11, 'الاثنين 11 مارس 2024 (1 رمضان 1445 هـ)'"
    })
    void addsTheHijriDateWhenAsked(LocalDate date, String expected) {
        var dates = new ArabicDateFormat(ZoneOffset.UTC, ArabicDateFormat.Calendar.WITH_HIJRI, NOW);
        assertThat(dates.day(date)).isEqualTo(expected);
    }
}
