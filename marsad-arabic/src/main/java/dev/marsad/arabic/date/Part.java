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

    /** The slot the part fills in a mention. */
    default Slot slot() {
        return switch (this) {
            case DayShift shift -> Slot.DAY_ANCHOR;
            case Weekday weekday -> Slot.WEEKDAY;
            case Time time -> Slot.TIME;
            case TimeRange range -> Slot.TIME;
            case DayPeriod period -> Slot.TIME;
            case UntilTime until -> Slot.TIME;
            case Zone zone -> Slot.ZONE;
            case Now now -> Slot.DATE;
            case CalendarDate date -> Slot.DATE;
            case Shift shift -> Slot.DATE;
            case Period period -> Slot.DATE;
            case DayRange range -> Slot.DATE;
            case NthWeekday nth -> Slot.DATE;
            case Stretch stretch -> Slot.DATE;
            case Holiday holiday -> Slot.DATE;
            case MonthDay day -> Slot.DATE;
            case Since since -> Slot.DATE;
        };
    }

    /** A day counted from the reference day: اليوم 0, أمس -1, غدا +1; {@code evening} for الليلة. */
    record DayShift(int days, boolean evening, int tokenCount) implements Part {}

    /** The reference instant itself: الآن. */
    record Now(int tokenCount) implements Part {}

    /**
     * A calendar date, complete or not. Zero means "not stated" for year, month and day; negative
     * days are the codes below (the last day, a third of the month). Direction -1 or +1 comes from a word after a month without a
     * year (يونيو الماضي, مارس المقبل): the last or the next such month; 0 when none. With
     * {@code yearFromReference}, {@code year} is an offset from the reference's year (مارس العام
     * المقبل: +1).
     */
    record CalendarDate(
            Calendar calendar, int year, int month, int day, int direction, boolean yearFromReference, int tokenCount)
            implements Part {

        /** A date whose year, if stated, is absolute. */
        CalendarDate(Calendar calendar, int year, int month, int day, int direction, int tokenCount) {
            this(calendar, year, month, day, direction, false, tokenCount);
        }

        /** Day code: the month's last day. */
        static final int LAST = -1;
        /** Day code: days 1..10 (أوائل). */
        static final int EARLY = -2;
        /** Day code: days 11..20 (أواسط). */
        static final int MIDDLE = -3;
        /** Day code: day 21 to the end (أواخر). */
        static final int LATE = -4;
    }

    /** Which calendar a date is written in. */
    enum Calendar {
        GREGORIAN,
        HIJRI
    }

    /** A count of units before (sign -1) or after (+1) the reference: منذ ثلاثة أيام. */
    record Shift(ChronoUnit unit, long amount, int sign, int tokenCount) implements Part {}

    /** A whole period relative to the reference's: الأسبوع الماضي (-1), هذا الشهر (0). */
    record Period(ChronoUnit unit, int direction, int tokenCount) implements Part {}

    /** A weekday; direction -1 (الماضي), +1 (المقبل), or 0 when none is stated. */
    record Weekday(DayOfWeek day, int direction, int tokenCount) implements Part {}

    /**
     * A clock time; {@code grain} is HOURS when only the hour was given. {@code halfDayKnown} is
     * false for an hour 1..11 said without a part of the day (الساعة الثالثة): 03:00 or 15:00.
     */
    record Time(int hour, int minute, int second, ChronoUnit grain, boolean halfDayKnown, int tokenCount)
            implements Part {}

    /** A range of two clock times (من الساعة 3 إلى الساعة 4 بعد العصر); the end is inclusive of its hour. */
    record TimeRange(Time first, Time last, int tokenCount) implements Part {}

    /** A part of a named day, hours {@code [fromHour, toHour)}: صباح اليوم، مساء أمس، فجر الخميس. */
    record DayPeriod(int fromHour, int toHour, int tokenCount) implements Part {}

    /** An open range from the reference to a clock time: حتى الساعة 2:00, لغاية الساعة العاشرة مساءً. */
    record UntilTime(Time last, int tokenCount) implements Part {}

    /** A range of days (من 13 إلى 15 تموز): both ends share what only one of them states. */
    record DayRange(CalendarDate first, CalendarDate last, int tokenCount) implements Part {}

    /**
     * The n-th weekday of a month (ثالث ثلاثاء في أيلول; n = -1 for the last). {@code month} is a
     * month-level {@link CalendarDate} or a {@link Period}. {@code orDayOfMonth} is the other
     * reading of "الثلاثاء الثالث من أيلول" (Tuesday the 3rd), used when that day is a Tuesday; 0 if none.
     * With {@code wholeWeek} it is the n-th whole Monday-to-Sunday week inside the month (الأسبوع
     * الأول من أكتوبر).
     */
    record NthWeekday(DayOfWeek day, int n, Part month, int orDayOfMonth, boolean wholeWeek, int tokenCount)
            implements Part {}

    /**
     * A stretch of whole units: direction 0 from the reference on (خلال أسبوعين), +1 the next ones
     * (الأسابيع الثلاثة القادمة), -1 the last ones (الأيام الثلاثة الماضية).
     */
    record Stretch(ChronoUnit unit, long count, int direction, int tokenCount) implements Part {}

    /** A feast on a fixed day of a calendar (عيد الأضحى 2013), in the given Gregorian or Hijri year or 0. */
    record Holiday(Calendar calendar, int month, int day, int year, Calendar yearCalendar, int tokenCount)
            implements Part {}

    /**
     * A day of a month named relative to the reference's (الخامس من الشهر المقبل: day 5, months
     * +1; منتصف الشهر الجاري: day 15, months 0). {@code day} may be a code of {@link CalendarDate}.
     */
    record MonthDay(int day, int months, int tokenCount) implements Part {}

    /**
     * The start of a state that lasts until the reference, said colloquially (له أسبوع، صار لنا
     * شهرين، من يومين): the reference minus the count, to the day (to the hour for hours), even for
     * months and years, unlike {@link Shift}'s whole month or year.
     */
    record Since(ChronoUnit unit, long amount, int tokenCount) implements Part {}

    /** A stated time zone. */
    record Zone(ZoneId zone, int tokenCount) implements Part {}
}
