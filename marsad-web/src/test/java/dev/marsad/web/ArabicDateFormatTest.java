package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

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
        "2023-09-20T22:30:00Z, UTC, 'الأربعاء 20 سبتمبر 2023، 22:30'",
        "2023-09-20T22:30:00Z, Asia/Riyadh, 'الخميس 21 سبتمبر 2023، 01:30'"
    })
    void writesDayAndTimeInTheSiteZone(Instant instant, String zone, String expected) {
        assertThat(new ArabicDateFormat(ZoneId.of(zone)).dayAndTime(instant)).isEqualTo(expected);
    }
}
