package dev.marsad.demo;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;

/**
 * A site's written date line ("الأربعاء 20 سبتمبر 2023 - 16:45"), laid out by the site template's
 * {@code date-line} part with its own {@code weekdays} and {@code months} (Egyptian or Levantine
 * names), in Western or Eastern Arabic digits.
 */
final class DateLine {

    /** The digits a site writes numbers in. */
    enum Digits {
        /** 0123456789. */
        WESTERN,
        /** ٠١٢٣٤٥٦٧٨٩ (U+0660…U+0669). */
        EASTERN
    }

    /** Arabic-Indic digit zero; the others follow it in Unicode order. */
    private static final char ARABIC_INDIC_ZERO = '\u0660';

    private DateLine() {}

    /** The date line of {@code time}, in the offset it carries. */
    static String format(SiteTemplate template, OffsetDateTime time, Digits digits) {
        return template.fill(
                "date-line",
                Map.of(
                        "weekday",
                                template.pair(
                                        "weekdays",
                                        Integer.toString(time.getDayOfWeek().getValue())),
                        "day", write(Integer.toString(time.getDayOfMonth()), digits),
                        "month", template.pair("months", Integer.toString(time.getMonthValue())),
                        "year", write(Integer.toString(time.getYear()), digits),
                        "time",
                                write(
                                        String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute()),
                                        digits)));
    }

    /** The ASCII digits of {@code text} in the given digits; other characters unchanged. */
    static String write(String text, Digits digits) {
        if (digits == Digits.WESTERN) return text;
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) out.append(c >= '0' && c <= '9' ? (char) (ARABIC_INDIC_ZERO + (c - '0')) : c);
        return out.toString();
    }
}
