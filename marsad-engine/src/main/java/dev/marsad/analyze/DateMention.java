package dev.marsad.analyze;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date expression in the article, resolved against its publication date.
 *
 * @param text the expression as written ("أمس الثلاثاء الموافق 19 سبتمبر")
 * @param date the resolved date (the start, for an interval)
 * @param end the last day, for an interval ("الأسبوع الماضي")
 * @param grain how precise the expression is: DAY, WEEK, MONTH, YEAR, HOUR, MINUTE
 * @param weekdayConsistent whether a stated weekday agrees with the date; empty when none is stated
 */
public record DateMention(
        String text, LocalDate date, Optional<LocalDate> end, String grain, Optional<Boolean> weekdayConsistent) {
    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(grain, "grain");
        Objects.requireNonNull(weekdayConsistent, "weekdayConsistent");
    }
}
