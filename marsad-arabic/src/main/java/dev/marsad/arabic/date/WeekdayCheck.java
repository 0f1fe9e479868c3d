package dev.marsad.arabic.date;

/** Whether a weekday written next to a date agrees with it ("أمس الثلاثاء الموافق 19 سبتمبر"). */
public enum WeekdayCheck {
    /** A weekday was written and the date falls on it. */
    CONSISTENT,
    /** A weekday was written and the date falls on another day: one of the two is wrong. */
    INCONSISTENT,
    /** No weekday was written beside a date, or the weekday itself gave the date. */
    NOT_STATED
}
