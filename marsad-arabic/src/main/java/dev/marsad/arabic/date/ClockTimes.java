package dev.marsad.arabic.date;

import dev.marsad.arabic.date.MentionResolver.Dated;
import dev.marsad.arabic.date.MentionResolver.Resolved;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Puts a clock time or a range of clock times on a resolved day. */
final class ClockTimes {

    private ClockTimes() {}

    /** The day with its time, or the whole date when there is no time or the date is not one day. */
    static Resolved onDay(Dated d, Part time, ZoneId zone) {
        Resolved whole = new Resolved(
                d.day().atStartOfDay(zone), d.untilDay().atStartOfDay(zone), d.grain(), WeekdayCheck.NOT_STATED);
        boolean oneDay = d.grain() == Grain.DAY && d.untilDay().equals(d.day().plusDays(1));
        if (time == null || !oneDay) return whole;
        try {
            if (time instanceof Part.DayPeriod p) {
                ZonedDateTime from = d.day().atStartOfDay(zone).plusHours(p.fromHour());
                return new Resolved(
                        from, d.day().atStartOfDay(zone).plusHours(p.toHour()), Grain.HOUR, WeekdayCheck.NOT_STATED);
            }
            if (time instanceof Part.TimeRange r) {
                Part.Time first = withHalfDayOf(r.first(), r);
                Part.Time last = r.last();
                // "من الثالثة إلى الرابعة" after 15:00 was chosen for the first: the last is 16:00.
                if (!last.halfDayKnown()
                        && last.hour() < ClockReader.HALF_DAY
                        && first.hour() >= ClockReader.HALF_DAY
                        && last.hour() + ClockReader.HALF_DAY >= first.hour())
                    last = new Part.Time(
                            last.hour() + ClockReader.HALF_DAY,
                            last.minute(),
                            last.second(),
                            last.grain(),
                            true,
                            last.tokenCount());
                ZonedDateTime from = at(d, first, zone);
                ZonedDateTime until = at(d, last, zone).plus(1, last.grain());
                if (!until.isAfter(from)) until = until.plusDays(1);
                return new Resolved(from, until, Grain.of(first.grain()), WeekdayCheck.NOT_STATED);
            }
            Part.Time t = (Part.Time) time;
            ZonedDateTime from = at(d, t, zone);
            return new Resolved(from, from.plus(1, t.grain()), Grain.of(t.grain()), WeekdayCheck.NOT_STATED);
        } catch (DateTimeException e) {
            return whole;
        }
    }

    /**
     * The first time of a range takes the part of the day of the last one when it has none and
     * fits before it: "من الساعة 3 إلى الساعة 4 بعد العصر" is 15:00 to 17:00.
     */
    static Part.Time withHalfDayOf(Part.Time first, Part time) {
        if (!(time instanceof Part.TimeRange r)
                || first.halfDayKnown()
                || !r.last().halfDayKnown()) return first;
        int hour = first.hour() + ClockReader.HALF_DAY;
        if (r.last().hour() < ClockReader.HALF_DAY || hour > r.last().hour()) return first;
        return new Part.Time(hour, first.minute(), first.second(), first.grain(), true, first.tokenCount());
    }

    /** The time part with its first time moved to the instant chosen for it. */
    static Part withFirstAt(Part time, ZonedDateTime at) {
        Part.Time first = time instanceof Part.TimeRange r ? r.first() : (Part.Time) time;
        Part.Time placed =
                new Part.Time(at.getHour(), at.getMinute(), at.getSecond(), first.grain(), true, first.tokenCount());
        return time instanceof Part.TimeRange r ? new Part.TimeRange(placed, r.last(), r.tokenCount()) : placed;
    }

    private static ZonedDateTime at(Dated d, Part.Time t, ZoneId zone) {
        return d.day().atTime(t.hour(), t.minute(), t.second()).atZone(zone);
    }
}
