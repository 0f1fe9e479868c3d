package dev.marsad.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as an Arabic reader expects them: "الأربعاء 20 سبتمبر 2023". Day and month names come from
 * the JDK's CLDR data for Arabic; digits are always Western (0-9), across the whole site, because
 * the formatter keeps the standard decimal style.
 */
final class ArabicDateFormat {

    /** CLDR's Arabic: Gregorian month names as used in Egypt and the Gulf press (سبتمبر, not أيلول). */
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    /** The Arabic comma between the day and the time. */
    private static final char ARABIC_COMMA = '\u060C';

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", ARABIC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final ZoneId zone;

    ArabicDateFormat(ZoneId zone) {
        this.zone = zone;
    }

    /** 2023-09-20 → "الأربعاء 20 سبتمبر 2023". */
    String day(LocalDate date) {
        return DAY.format(date);
    }

    /** The day of the instant in the site's zone, written as {@link #day(LocalDate)}. */
    String day(Instant instant) {
        return day(localDay(instant));
    }

    /** "الأربعاء 20 سبتمبر 2023، 14:05" in the site's zone. */
    String dayAndTime(Instant instant) {
        return day(instant) + ARABIC_COMMA + ' ' + TIME.format(instant.atZone(zone));
    }

    /** The calendar day of the instant in the site's zone. */
    LocalDate localDay(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
