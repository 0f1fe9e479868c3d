package dev.marsad.arabic.date;

import dev.marsad.arabic.date.MentionResolver.Dated;
import dev.marsad.arabic.date.Part.CalendarDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Completes dates that leave something out, following a {@link Bias}: a missing year (15 أغسطس),
 * a missing month (السبت السادس عشر), a bare weekday (الخميس) or a bare time (الساعة العاشرة).
 * Hijri dates are converted with java.time's Umm al-Qura calendar ({@link HijrahChronology}).
 */
final class IncompleteDates {

    /** Months searched either side of the reference for a day of the month that must fall on a weekday. */
    static final int WEEKDAY_MONTH_REACH = 3;
    /** Days in the first and second third of a month (أوائل, أواسط). */
    static final int THIRD = 10;
    /** A bare weekday within this many days of the reference is "nearest" (a week has 7 days). */
    static final int NEAREST_WEEKDAY_REACH = 3;

    private final Bias bias;

    /** Direction codes for a year completed by tense: like -1 and +1, but today's date counts. */
    static final int TENSE_PAST = -2;

    static final int TENSE_NON_PAST = 2;

    IncompleteDates(Bias bias) {
        this.bias = bias;
    }

    /** A calendar date as an interval; empty when it needs a reference and has none, or is invalid. */
    Optional<Dated> calendar(CalendarDate c, Optional<LocalDate> today) {
        return calendar(c, today, Optional.empty());
    }

    /**
     * A calendar date as an interval. A weekday written beside a date without year or month picks
     * the candidate it agrees with (الخميس 15 أغسطس: the year whose 15 August is a Thursday).
     */
    Optional<Dated> calendar(CalendarDate c, Optional<LocalDate> today, Optional<java.time.DayOfWeek> weekday) {
        return calendar(c, today, weekday, Tense.UNKNOWN);
    }

    /**
     * A calendar date as an interval, a year left out completed by the tense of its clause when
     * the bias is {@link Bias#NEAREST}: past → the last such date up to today, non-past → the
     * next from today on ("وقع الزلزال في 28 كانون الأول" said in March is last December's).
     */
    Optional<Dated> calendar(
            CalendarDate c, Optional<LocalDate> today, Optional<java.time.DayOfWeek> weekday, Tense tense) {
        if (bias == Bias.NEAREST && tense != Tense.UNKNOWN && c.year() == 0 && c.month() != 0 && c.direction() == 0)
            c = new CalendarDate(
                    c.calendar(),
                    0,
                    c.month(),
                    c.day(),
                    tense == Tense.PAST ? TENSE_PAST : TENSE_NON_PAST,
                    c.yearFromReference(),
                    c.tokenCount());
        try {
            if (c.yearFromReference()) {
                if (today.isEmpty()) return Optional.empty();
                int thisYear = c.calendar() == Part.Calendar.HIJRI
                        ? HijrahDate.from(today.get()).get(ChronoField.YEAR)
                        : today.get().getYear();
                return Optional.of(complete(c, thisYear + c.year(), c.month()));
            }
            if (c.month() == 0 && c.day() == 0) return Optional.of(year(c));
            if (c.year() != 0) return Optional.of(complete(c, c.year(), c.month()));
            if (today.isEmpty()) return Optional.empty();
            return Optional.of(c.month() == 0 ? pickMonth(c, today.get(), weekday) : pickYear(c, today.get(), weekday));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Dated year(CalendarDate c) {
        if (c.calendar() == Part.Calendar.HIJRI) {
            LocalDate first = LocalDate.from(HijrahDate.of(c.year(), 1, 1));
            LocalDate next = LocalDate.from(HijrahDate.of(c.year() + 1, 1, 1));
            return new Dated(first, Grain.YEAR, next, false);
        }
        LocalDate first = LocalDate.of(c.year(), 1, 1);
        return new Dated(first, Grain.YEAR, first.plusYears(1), false);
    }

    /** The date with year and month known; day 0 means the whole month, negative days are codes. */
    static Dated complete(CalendarDate c, int year, int month) {
        LocalDate first;
        int length;
        if (c.calendar() == Part.Calendar.HIJRI) {
            HijrahDate hijri = HijrahDate.of(year, month, 1);
            first = LocalDate.from(hijri);
            length = hijri.lengthOfMonth();
        } else {
            first = LocalDate.of(year, month, 1);
            length = first.lengthOfMonth();
        }
        if (c.day() > length) throw new DateTimeException("day " + c.day() + " beyond the month");
        return switch (c.day()) {
            case 0 -> new Dated(first, Grain.MONTH, first.plusDays(length), false);
            case CalendarDate.LAST -> new Dated(first.plusDays(length - 1L), Grain.DAY, first.plusDays(length), false);
            case CalendarDate.EARLY -> new Dated(first, Grain.DAY, first.plusDays(THIRD), false);
            case CalendarDate.MIDDLE -> new Dated(first.plusDays(THIRD), Grain.DAY, first.plusDays(2L * THIRD), false);
            case CalendarDate.LATE -> new Dated(first.plusDays(2L * THIRD), Grain.DAY, first.plusDays(length), false);
            default -> new Dated(first.plusDays(c.day() - 1L), Grain.DAY, first.plusDays(c.day()), false);
        };
    }

    /** Year left out: the candidate year that the bias prefers, among last, this and next year. */
    private Dated pickYear(CalendarDate c, LocalDate today, Optional<java.time.DayOfWeek> weekday) {
        int thisYear =
                c.calendar() == Part.Calendar.HIJRI ? HijrahDate.from(today).get(ChronoField.YEAR) : today.getYear();
        Dated best = null;
        for (int y = thisYear - 1; y <= thisYear + 1; y++) {
            Dated candidate;
            try {
                candidate = complete(c, y, c.month());
            } catch (DateTimeException e) {
                continue;
            }
            if (!agrees(candidate, weekday) && best != null && agrees(best, weekday)) continue;
            if (agrees(candidate, weekday) && best != null && !agrees(best, weekday)) {
                best = candidate;
                continue;
            }
            if (c.direction() != 0 && onItsSide(candidate, c.direction(), today)) {
                if (best == null
                        || Math.abs(ChronoUnit.DAYS.between(today, candidate.day()))
                                < Math.abs(ChronoUnit.DAYS.between(today, best.day()))) best = candidate;
            } else if (c.direction() == 0 && (best == null || better(candidate, best, today))) best = candidate;
        }
        if (best == null) throw new DateTimeException("no valid year for " + c);
        return best;
    }

    /** Whether a candidate lies where the direction points: before or after today, today itself for a tense. */
    private static boolean onItsSide(Dated candidate, int direction, LocalDate today) {
        return switch (direction) {
            case TENSE_PAST -> !candidate.day().isAfter(today);
            case TENSE_NON_PAST -> candidate.untilDay().isAfter(today);
            default ->
                direction < 0
                        ? !candidate.untilDay().isAfter(today)
                        : candidate.day().isAfter(today);
        };
    }

    /** Month left out (a day of the month alone): the month that the bias prefers. */
    private Dated pickMonth(CalendarDate c, LocalDate today, Optional<java.time.DayOfWeek> weekday) {
        Dated best = null;
        int reach = weekday.isPresent() ? WEEKDAY_MONTH_REACH : 1;
        for (int delta = -reach; delta <= reach; delta++) {
            LocalDate month = today.withDayOfMonth(1).plusMonths(delta);
            if (c.day() > month.lengthOfMonth()) continue;
            LocalDate day = c.day() == -1 ? month.withDayOfMonth(month.lengthOfMonth()) : month.withDayOfMonth(c.day());
            Dated candidate = new Dated(day, Grain.DAY, day.plusDays(1), false);
            boolean agreesBetter = best != null && agrees(candidate, weekday) && !agrees(best, weekday);
            boolean agreesWorse = best != null && !agrees(candidate, weekday) && agrees(best, weekday);
            if (best == null || agreesBetter || !agreesWorse && better(candidate, best, today)) best = candidate;
        }
        if (best == null) throw new DateTimeException("no month has day " + c.day());
        return best;
    }

    private static boolean agrees(Dated d, Optional<java.time.DayOfWeek> weekday) {
        return weekday.isEmpty() || d.grain() == Grain.DAY && d.day().getDayOfWeek() == weekday.get();
    }

    /** Whether a is preferred over b: an interval containing today wins; then the bias decides. */
    private boolean better(Dated a, Dated b, LocalDate today) {
        if (contains(a, today) != contains(b, today)) return contains(a, today);
        return switch (bias) {
            case NEAREST -> distance(a, today) < distance(b, today);
            case FUTURE -> notPast(a, today) && (!notPast(b, today) || a.day().isBefore(b.day()));
            case PAST ->
                !a.day().isAfter(today) && (b.day().isAfter(today) || a.day().isAfter(b.day()));
        };
    }

    /** For the future bias the current month still counts: "1 February" said on 12 February is this one. */
    private static boolean notPast(Dated d, LocalDate today) {
        return !d.untilDay().isBefore(today.withDayOfMonth(1).plusDays(1));
    }

    private static boolean contains(Dated d, LocalDate today) {
        return !today.isBefore(d.day()) && today.isBefore(d.untilDay());
    }

    private static long distance(Dated d, LocalDate today) {
        long toStart = Math.abs(ChronoUnit.DAYS.between(today, d.day()));
        long toEnd = Math.abs(ChronoUnit.DAYS.between(today, d.untilDay().minusDays(1)));
        return Math.min(toStart, toEnd);
    }

    /**
     * The day a weekday names: its direction if stated; else, with the bias {@link Bias#NEAREST},
     * the tense of its clause (past: the last one, non-past: the next one, today included either
     * way); else the bias.
     */
    LocalDate weekday(Part.Weekday w, LocalDate today, Tense tense) {
        int ahead = Math.floorMod(w.day().getValue() - today.getDayOfWeek().getValue(), 7);
        if (w.direction() > 0) return today.plusDays(ahead == 0 ? 7 : ahead);
        if (w.direction() < 0) return today.minusDays(ahead == 0 ? 7 : 7 - ahead);
        if (bias == Bias.NEAREST && tense == Tense.PAST) return today.minusDays(ahead == 0 ? 0 : 7 - ahead);
        if (bias == Bias.NEAREST && tense == Tense.NON_PAST) return today.plusDays(ahead);
        return switch (bias) {
            case FUTURE -> today.plusDays(ahead == 0 ? 7 : ahead);
            case PAST -> today.minusDays(ahead == 0 ? 0 : 7 - ahead);
            case NEAREST -> ahead <= NEAREST_WEEKDAY_REACH ? today.plusDays(ahead) : today.minusDays(7 - ahead);
        };
    }

    /**
     * The instant of a clock time said without a day, among both half-days for an hour 1..11
     * without a part of the day: NEAREST keeps the reference's day (news reports the day's own
     * hours) and the half-day nearest the reference; FUTURE keeps the day too and prefers a time
     * not yet passed; PAST takes the last such time.
     */
    ZonedDateTime timeOnly(ZonedDateTime ref, Part.Time time) {
        if (bias == Bias.FUTURE) return laterToday(ref, time);
        ZonedDateTime best = null;
        int reach = bias == Bias.NEAREST ? 0 : 1;
        for (int days = -reach; days <= reach; days++) {
            for (int half = 0; half <= (time.halfDayKnown() ? 0 : 1); half++) {
                ZonedDateTime candidate = ref.toLocalDate()
                        .plusDays(days)
                        .atTime(time.hour() + half * ClockReader.HALF_DAY, time.minute(), time.second())
                        .atZone(ref.getZone());
                if (best == null || closer(candidate, best, ref)) best = candidate;
            }
        }
        return best;
    }

    /** FUTURE: today still counts; of its candidates the first one not yet passed, else the last. */
    private static ZonedDateTime laterToday(ZonedDateTime ref, Part.Time time) {
        ZonedDateTime best = null;
        for (int half = time.halfDayKnown() ? 0 : 1; half >= 0; half--) {
            ZonedDateTime candidate = ref.toLocalDate()
                    .atTime(time.hour() + half * ClockReader.HALF_DAY, time.minute(), time.second())
                    .atZone(ref.getZone());
            if (best == null || !candidate.isBefore(ref)) best = candidate;
        }
        return best;
    }

    private boolean closer(ZonedDateTime a, ZonedDateTime b, ZonedDateTime ref) {
        long da = java.time.Duration.between(ref, a).toMinutes(),
                db = java.time.Duration.between(ref, b).toMinutes();
        return switch (bias) {
            case NEAREST -> Math.abs(da) < Math.abs(db);
            case FUTURE -> da >= 0 && (db < 0 || da < db);
            case PAST -> da <= 0 && (db > 0 || da > db);
        };
    }
}
