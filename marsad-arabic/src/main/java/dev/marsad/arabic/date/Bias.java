package dev.marsad.arabic.date;

/**
 * Which occurrence an incomplete date means ("الخميس", "15 أغسطس" without a year, "الساعة العاشرة").
 * News reports both what happened and what is planned, so the default is {@link #NEAREST}.
 */
public enum Bias {
    /** The occurrence closest to the reference, before or after (a weekday within three days). */
    NEAREST,
    /**
     * The next occurrence, counting the current day and month as not passed (Duckling's
     * convention): "1 فبراير" on 12 February is this 1 February, "الثلاثاء" on a Tuesday is next week's.
     */
    FUTURE,
    /** The latest occurrence up to the reference. */
    PAST
}
