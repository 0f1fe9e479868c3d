package dev.marsad.arabic.date;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A date or time expression found in a text and resolved.
 *
 * @param text the expression as written, {@code text.equals(input.substring(start, end))}
 * @param start index of its first character in the input
 * @param end index after its last character (exclusive)
 * @param from the start of the resolved interval (a day's midnight for a day, the first of the
 *     month for a month), in the stated zone or else the reference's
 * @param until the end of the interval, exclusive; {@code from} plus one grain unless the
 *     expression names a longer span
 * @param grain the precision of the expression
 * @param weekdayCheck whether a written weekday agrees with the date
 */
public record DateMention(
        String text,
        int start,
        int end,
        ZonedDateTime from,
        ZonedDateTime until,
        Grain grain,
        WeekdayCheck weekdayCheck) {

    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(grain, "grain");
        Objects.requireNonNull(weekdayCheck, "weekdayCheck");
        if (start < 0 || end < start || end - start != text.length())
            throw new IllegalArgumentException("span " + start + ".." + end + " does not fit text '" + text + "'");
        if (until.isBefore(from))
            throw new IllegalArgumentException("interval ends before it starts: " + from + " / " + until);
    }
}
