package dev.marsad.arabic.date;

import dev.marsad.arabic.date.MentionResolver.Dated;
import dev.marsad.arabic.date.Part.CalendarDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
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

    /** A bare weekday within this many days of the reference is "nearest" (a week has 7 days). */
    static final int NEAREST_WEEKDAY_REACH = 3;

    private final Bias bias;

    IncompleteDates(Bias bias) {
        this.bias = bias;
    }

    /** A calendar date as an interval; empty when it needs a reference and has none, or is invalid. */
    Optional<Dated> calendar(CalendarDate c, Optional<LocalDate> today) {
        try {
            if (c.month() == 0 && c.day() == 0) return Optional.of(year(c));
            if (c.year() != 0) return Optional.of(complete(c, c.year(), c.month()));
            if (today.isEmpty()) return Optional.empty();
            return Optional.of(c.month() == 0 ? pickMonth(c, today.get()) : pickYear(c, today.get()));
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

    /** The date with year and month known; day 0 means the whole month, -1 its last day. */
    private static Dated complete(CalendarDate c, int year, int month) {
        if (c.calendar() == Part.Calendar.HIJRI) {
            HijrahDate first = HijrahDate.of(year, month, 1);
            int length = first.lengthOfMonth();
            if (c.day() == 0) {
                LocalDate start = LocalDate.from(first);
                return new Dated(start, Grain.MONTH, start.plusDays(length), false);
            }
            LocalDate day = LocalDate.from(first.plus(c.day() == -1 ? length - 1 : c.day() - 1, ChronoUnit.DAYS));
            if (c.day() > length) throw new DateTimeException("day " + c.day() + " beyond the month");
            return new Dated(day, Grain.DAY, day.plusDays(1), false);
        }
        LocalDate first = LocalDate.of(year, month, 1);
        if (c.day() == 0) return new Dated(first, Grain.MONTH, first.plusMonths(1), false);
        LocalDate day =
                c.day() == -1 ? first.withDayOfMonth(first.lengthOfMonth()) : LocalDate.of(year, month, c.day());
        return new Dated(day, Grain.DAY, day.plusDays(1), false);
    }

    /** Year left out: the candidate year that the bias prefers, among last, this and next year. */
    private Dated pickYear(CalendarDate c, LocalDate today) {
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
            if (c.direction() != 0
                    && (c.direction() < 0
                            ? !candidate.untilDay().isAfter(today)
                            : candidate.day().isAfter(today))) {
                if (best == null
                        || Math.abs(ChronoUnit.DAYS.between(today, candidate.day()))
                                < Math.abs(ChronoUnit.DAYS.between(today, best.day()))) best = candidate;
            } else if (c.direction() == 0 && (best == null || better(candidate, best, today))) best = candidate;
        }
        if (best == null) throw new DateTimeException("no valid year for " + c);
        return best;
    }

    /** Month left out (a day of the month alone): the month that the bias prefers. */
    private Dated pickMonth(CalendarDate c, LocalDate today) {
        Dated best = null;
        for (int delta = -1; delta <= 1; delta++) {
            LocalDate month = today.withDayOfMonth(1).plusMonths(delta);
            if (c.day() > month.lengthOfMonth()) continue;
            LocalDate day = c.day() == -1 ? month.withDayOfMonth(month.lengthOfMonth()) : month.withDayOfMonth(c.day());
            Dated candidate = new Dated(day, Grain.DAY, day.plusDays(1), false);
            if (best == null || better(candidate, best, today)) best = candidate;
        }
        if (best == null) throw new DateTimeException("no month has day " + c.day());
        return best;
    }

    /** Whether a is preferred over b: an interval containing today wins; then the bias decides. */
    private boolean better(Dated a, Dated b, LocalDate today) {
        if (contains(a, today) != contains(b, today)) return contains(a, today);
        return switch (bias) {
            case NEAREST -> distance(a, today) < distance(b, today);
            case FUTURE ->
                !a.day().isBefore(today) && (b.day().isBefore(today) || a.day().isBefore(b.day()));
            case PAST ->
                !a.day().isAfter(today) && (b.day().isAfter(today) || a.day().isAfter(b.day()));
        };
    }

    private static boolean contains(Dated d, LocalDate today) {
        return !today.isBefore(d.day()) && today.isBefore(d.untilDay());
    }

    private static long distance(Dated d, LocalDate today) {
        long toStart = Math.abs(ChronoUnit.DAYS.between(today, d.day()));
        long toEnd = Math.abs(ChronoUnit.DAYS.between(today, d.untilDay().minusDays(1)));
        return Math.min(toStart, toEnd);
    }

    /** The day a weekday names: its direction if stated, else the bias. */
    LocalDate weekday(Part.Weekday w, LocalDate today) {
        int ahead = Math.floorMod(w.day().getValue() - today.getDayOfWeek().getValue(), 7);
        if (w.direction() > 0) return today.plusDays(ahead == 0 ? 7 : ahead);
        if (w.direction() < 0) return today.minusDays(ahead == 0 ? 7 : 7 - ahead);
        return switch (bias) {
            case FUTURE -> today.plusDays(ahead == 0 ? 7 : ahead);
            case PAST -> today.minusDays(ahead == 0 ? 0 : 7 - ahead);
            case NEAREST -> ahead <= NEAREST_WEEKDAY_REACH ? today.plusDays(ahead) : today.minusDays(7 - ahead);
        };
    }

    /** The day of a bare clock time: today, or tomorrow when the bias is the future and the time has passed. */
    Dated dayForTime(ZonedDateTime ref, LocalTime time) {
        LocalDate day = ref.toLocalDate();
        if (bias == Bias.FUTURE && time.isBefore(ref.toLocalTime())) day = day.plusDays(1);
        return new Dated(day, Grain.DAY, day.plusDays(1), false);
    }
}
