package dev.marsad.arabic.date;

import dev.marsad.arabic.date.Part.CalendarDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the parts of one mention into an interval: 1. pick the zone; 2. resolve the date part
 * (calendar date, relative day, weekday, shift, period, range, feast) against the reference; 3.
 * put the clock time (or time range) on the day; 4. check a written weekday against the date.
 */
final class MentionResolver {

    /** A resolved mention before it gets its span. */
    record Resolved(ZonedDateTime from, ZonedDateTime until, Grain grain, WeekdayCheck check) {}

    /** A date without its time, in a zone. */
    record Dated(LocalDate day, Grain grain, LocalDate untilDay, boolean fromWeekday) {}

    /** Hour at which "tonight" (الليلة) begins, as in Duckling. */
    static final int EVENING_STARTS = 18;

    private final Optional<ZonedDateTime> reference;
    private final IncompleteDates incomplete;
    private final SpecialDates special;
    private final ZoneId defaultZone;
    /** The tense of the mention being resolved (set by {@link #resolve}; the resolver serves one scan). */
    private java.util.function.Supplier<Tense> tense = () -> Tense.UNKNOWN;

    MentionResolver(Optional<ZonedDateTime> reference, Bias bias, ZoneId defaultZone) {
        this.reference = reference;
        this.incomplete = new IncompleteDates(bias);
        this.special = new SpecialDates(incomplete);
        this.defaultZone = defaultZone;
    }

    /**
     * The interval of one mention's parts; {@code tense} is asked only when an incomplete date
     * (a bare weekday, a date without a year) needs it.
     */
    Optional<Resolved> resolve(List<Part> parts, java.util.function.Supplier<Tense> tense) {
        this.tense = tense;
        Map<Part.Slot, Part> bySlot = new EnumMap<>(Part.Slot.class);
        for (Part p : parts) bySlot.put(p.slot(), p);
        ZoneId zone = zoneOf(bySlot); // 1
        Optional<ZonedDateTime> ref = reference.map(r -> r.withZoneSameInstant(zone));
        Part date = bySlot.get(Part.Slot.DATE);
        if (date instanceof Part.Now && ref.isPresent())
            return Optional.of(
                    new Resolved(ref.get(), ref.get().plusSeconds(1), Grain.SECOND, WeekdayCheck.NOT_STATED));
        if (date instanceof Part.Shift s && s.unit().compareTo(ChronoUnit.DAYS) < 0) return shiftedTime(s, ref);
        if (date instanceof Part.Stretch s) return special.stretch(s, ref);
        if (date instanceof Part.Since s) return since(s, ref);
        Part.Weekday weekday = (Part.Weekday) bySlot.get(Part.Slot.WEEKDAY);
        Part time = bySlot.get(Part.Slot.TIME);
        if (time instanceof Part.UntilTime u)
            return date == null && ref.isPresent() ? Optional.of(until(u, ref.get())) : Optional.empty();
        Optional<Dated> dated = dateOf(date, (Part.DayShift) bySlot.get(Part.Slot.DAY_ANCHOR), weekday, ref); // 2
        if (dated.isEmpty())
            return time == null || ref.isEmpty() || time instanceof Part.DayPeriod
                    ? Optional.empty()
                    : timeOnly(time, ref.get());
        if (time == null && date == null && bySlot.get(Part.Slot.DAY_ANCHOR) instanceof Part.DayShift d && d.evening())
            return Optional.of(evening(dated.get().day(), zone));
        Resolved resolved = ClockTimes.onDay(dated.get(), time, zone); // 3
        return Optional.of(
                new Resolved(resolved.from(), resolved.until(), resolved.grain(), check(dated.get(), weekday))); // 4
    }

    private ZoneId zoneOf(Map<Part.Slot, Part> bySlot) {
        if (bySlot.get(Part.Slot.ZONE) instanceof Part.Zone z) return z.zone();
        return reference.map(ZonedDateTime::getZone).orElse(defaultZone);
    }

    /** حتى الساعة 2:00: from the reference to the first such time after it, whatever the bias. */
    private static Resolved until(Part.UntilTime u, ZonedDateTime ref) {
        ZonedDateTime end = new IncompleteDates(Bias.FUTURE).timeOnly(ref, u.last());
        if (end.isBefore(ref)) end = end.plusDays(1);
        return new Resolved(ref, end, Grain.SECOND, WeekdayCheck.NOT_STATED);
    }

    /** الليلة: from the evening's start to midnight. */
    private static Resolved evening(LocalDate day, ZoneId zone) {
        ZonedDateTime from = day.atTime(EVENING_STARTS, 0).atZone(zone);
        return new Resolved(from, day.plusDays(1).atStartOfDay(zone), Grain.HOUR, WeekdayCheck.NOT_STATED);
    }

    /** صار لنا شهرين: the reference minus the count, to the day, or to the hour for hours. */
    private static Optional<Resolved> since(Part.Since s, Optional<ZonedDateTime> ref) {
        if (ref.isEmpty()) return Optional.empty();
        ZonedDateTime at = ref.get().minus(s.amount(), s.unit());
        if (s.unit() == ChronoUnit.HOURS) {
            ZonedDateTime hour = at.truncatedTo(ChronoUnit.HOURS);
            return Optional.of(new Resolved(hour, hour.plusHours(1), Grain.HOUR, WeekdayCheck.NOT_STATED));
        }
        ZonedDateTime day = at.truncatedTo(ChronoUnit.DAYS);
        return Optional.of(new Resolved(day, day.plusDays(1), Grain.DAY, WeekdayCheck.NOT_STATED));
    }

    private static Optional<Resolved> shiftedTime(Part.Shift s, Optional<ZonedDateTime> ref) {
        if (ref.isEmpty()) return Optional.empty();
        ZonedDateTime at = ref.get().plus(s.sign() * s.amount(), s.unit());
        return Optional.of(new Resolved(at, at.plus(1, s.unit()), Grain.of(s.unit()), WeekdayCheck.NOT_STATED));
    }

    private Optional<Resolved> timeOnly(Part time, ZonedDateTime ref) {
        Part.Time first = time instanceof Part.TimeRange r ? r.first() : (Part.Time) time;
        ZonedDateTime at = incomplete.timeOnly(ref, ClockTimes.withHalfDayOf(first, time));
        Dated day = new Dated(at.toLocalDate(), Grain.DAY, at.toLocalDate().plusDays(1), false);
        return Optional.of(ClockTimes.onDay(day, ClockTimes.withFirstAt(time, at), at.getZone()));
    }

    private Optional<Dated> dateOf(Part date, Part.DayShift anchor, Part.Weekday weekday, Optional<ZonedDateTime> ref) {
        Optional<LocalDate> today = ref.map(ZonedDateTime::toLocalDate);
        Optional<DayOfWeek> stated = Optional.ofNullable(weekday).map(Part.Weekday::day);
        if (date instanceof CalendarDate c) return incomplete.calendar(c, today, stated, tenseFor(c));
        if (date instanceof Part.NthWeekday n) return special.nthWeekday(n, today);
        if (date instanceof Part.DayRange r) return special.dayRange(r, today);
        if (date instanceof Part.Holiday h) return special.holiday(h, today);
        if (today.isEmpty()) return Optional.empty();
        if (date instanceof Part.MonthDay d) return monthDay(d, today.get());
        if (date instanceof Part.Shift s) return Optional.of(shiftedDay(s, today.get()));
        if (date instanceof Part.Period p) {
            Dated whole = period(p, today.get());
            if (weekday == null || p.unit() != ChronoUnit.WEEKS) return Optional.of(whole);
            LocalDate day = whole.day().plusDays(weekday.day().getValue() - 1L);
            return Optional.of(new Dated(day, Grain.DAY, day.plusDays(1), true));
        }
        if (anchor != null) {
            LocalDate day = today.get().plusDays(anchor.days());
            return Optional.of(new Dated(day, Grain.DAY, day.plusDays(1), false));
        }
        if (weekday != null) {
            LocalDate day =
                    incomplete.weekday(weekday, today.get(), weekday.direction() == 0 ? tense.get() : Tense.UNKNOWN);
            return Optional.of(new Dated(day, Grain.DAY, day.plusDays(1), true));
        }
        return Optional.empty();
    }

    /** الخامس من الشهر المقبل: the day in the month counted from the reference's; empty if it has no such day. */
    private static Optional<Dated> monthDay(Part.MonthDay d, LocalDate today) {
        LocalDate first = today.withDayOfMonth(1).plusMonths(d.months());
        try {
            CalendarDate c = new CalendarDate(
                    Part.Calendar.GREGORIAN, first.getYear(), first.getMonthValue(), d.day(), 0, d.tokenCount());
            return Optional.of(IncompleteDates.complete(c, first.getYear(), first.getMonthValue()));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The tense matters only to a date without a year and without a direction word. */
    private Tense tenseFor(CalendarDate c) {
        return c.year() == 0 && c.month() != 0 && c.direction() == 0 && !c.yearFromReference()
                ? tense.get()
                : Tense.UNKNOWN;
    }

    private static Dated shiftedDay(Part.Shift s, LocalDate today) {
        LocalDate day = today.plus(s.sign() * s.amount(), s.unit());
        return switch (s.unit()) {
            case MONTHS ->
                new Dated(
                        day.withDayOfMonth(1),
                        Grain.MONTH,
                        day.withDayOfMonth(1).plusMonths(1),
                        false);
            case YEARS ->
                new Dated(day.withDayOfYear(1), Grain.YEAR, day.withDayOfYear(1).plusYears(1), false);
            default -> new Dated(day, Grain.DAY, day.plusDays(1), false);
        };
    }

    /** Weeks start on Monday (ISO 8601), as in Duckling; Arab countries differ (Saturday, Sunday). */
    static Dated period(Part.Period p, LocalDate today) {
        return switch (p.unit()) {
            case WEEKS -> {
                LocalDate monday =
                        today.minusDays(today.getDayOfWeek().getValue() - 1L).plusWeeks(p.direction());
                yield new Dated(monday, Grain.WEEK, monday.plusWeeks(1), false);
            }
            case MONTHS -> {
                LocalDate first = today.withDayOfMonth(1).plusMonths(p.direction());
                yield new Dated(first, Grain.MONTH, first.plusMonths(1), false);
            }
            default -> {
                LocalDate first = today.withDayOfYear(1).plusYears(p.direction());
                yield new Dated(first, Grain.YEAR, first.plusYears(1), false);
            }
        };
    }

    private static WeekdayCheck check(Dated d, Part.Weekday weekday) {
        if (weekday == null || d.fromWeekday() || d.grain() != Grain.DAY) return WeekdayCheck.NOT_STATED;
        if (!d.untilDay().equals(d.day().plusDays(1))) return WeekdayCheck.NOT_STATED;
        return d.day().getDayOfWeek() == weekday.day() ? WeekdayCheck.CONSISTENT : WeekdayCheck.INCONSISTENT;
    }
}
