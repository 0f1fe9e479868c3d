package dev.marsad.extract;

/**
 * How precisely a page states when its article was published. A page that gives only a date must
 * not be shown with an invented time of day (issue 15: "00:00", or "03:00" in Riyadh).
 */
public enum TimePrecision {
    /**
     * A calendar date without a time of day ({@code "2023-09-20"}, {@code "20 سبتمبر 2023"}): the
     * instant is that date's midnight UTC, and only its UTC date means anything.
     */
    DAY,
    /** A time of day, to the hour or finer: the instant is the moment itself. */
    TIME
}
