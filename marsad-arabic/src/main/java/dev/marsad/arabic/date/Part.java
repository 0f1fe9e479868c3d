package dev.marsad.arabic.date;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * One piece of a date expression as read from tokens, before resolution. A mention is a run of
 * parts, at most one of each {@link Slot}; {@link MentionResolver} turns the run into a date.
 */
sealed interface Part {

    /** Where a part goes in a mention; a second part for a filled slot starts a new mention. */
    enum Slot {
        /** A day named relative to the reference; a calendar date after it (الموافق …) is the same day. */
        DAY_ANCHOR,
        DATE,
        WEEKDAY,
        TIME,
        ZONE
    }

    /** Tokens the part spans. */
    int tokenCount();

    Slot slot();

    /** A day counted from the reference day: اليوم 0, أمس -1, غدا +1. */
    record DayShift(int days, int tokenCount) implements Part {
        public Slot slot() {
            return Slot.DAY_ANCHOR;
        }
    }

    /** The reference instant itself: الآن. */
    record Now(int tokenCount) implements Part {
        public Slot slot() {
            return Slot.DATE;
        }
    }

    /**
     * A calendar date, complete or not. Zero means "not stated" for year, month and day; day -1
     * means the month's last day. Direction -1 or +1 comes from a word after a month without a
     * year (يونيو الماضي, مارس المقبل): the last or the next such month; 0 when none.
     */
    record CalendarDate(Calendar calendar, int year, int month, int day, int direction, int tokenCount)
            implements Part {
        public Slot slot() {
            return Slot.DATE;
        }
    }

    /** Which calendar a date is written in. */
    enum Calendar {
        GREGORIAN,
        HIJRI
    }

    /** A count of units before (sign -1) or after (+1) the reference: منذ ثلاثة أيام. */
    record Shift(ChronoUnit unit, long amount, int sign, int tokenCount) implements Part {
        public Slot slot() {
            return Slot.DATE;
        }
    }

    /** A whole period relative to the reference's: الأسبوع الماضي (-1), هذا الشهر (0). */
    record Period(ChronoUnit unit, int direction, int tokenCount) implements Part {
        public Slot slot() {
            return Slot.DATE;
        }
    }

    /** A weekday; direction -1 (الماضي), +1 (المقبل), or 0 when none is stated. */
    record Weekday(DayOfWeek day, int direction, int tokenCount) implements Part {
        public Slot slot() {
            return Slot.WEEKDAY;
        }
    }

    /** A clock time; {@code grain} is HOURS when only the hour was given. */
    record Time(int hour, int minute, int second, ChronoUnit grain, int tokenCount) implements Part {
        public Slot slot() {
            return Slot.TIME;
        }
    }

    /** A stated time zone. */
    record Zone(ZoneId zone, int tokenCount) implements Part {
        public Slot slot() {
            return Slot.ZONE;
        }
    }
}
