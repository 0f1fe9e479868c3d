package dev.marsad.arabic.date;

import dev.marsad.arabic.date.Part.CalendarDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the parts of one mention into an interval: 1. pick the zone; 2. resolve the date part
 * (calendar date, relative day, weekday, shift or period) against the reference; 3. put the clock
 * time on the day; 4. check a written weekday against the date.
 */
final class MentionResolver {

    /** A resolved mention before it gets its span. */
    record Resolved(ZonedDateTime from, ZonedDateTime until, Grain grain, WeekdayCheck check) {}

    /** A date without its time, in a zone. */
    record Dated(LocalDate day, Grain grain, LocalDate untilDay, boolean fromWeekday) {}

    private final Optional<ZonedDateTime> reference;
    private final IncompleteDates incomplete;
    private final ZoneId defaultZone;

    MentionResolver(Optional<ZonedDateTime> reference, Bias bias, ZoneId defaultZone) {
        this.reference = reference;
        this.incomplete = new IncompleteDates(bias);
        this.defaultZone = defaultZone;
    }

    Optional<Resolved> resolve(List<Part> parts) {
        Map<Part.Slot, Part> bySlot = new EnumMap<>(Part.Slot.class);
        for (Part p : parts) bySlot.put(p.slot(), p);
        ZoneId zone = zoneOf(bySlot); // 1
        Optional<ZonedDateTime> ref = reference.map(r -> r.withZoneSameInstant(zone));
        Part date = bySlot.get(Part.Slot.DATE);
        if (date instanceof Part.Now && ref.isPresent())
            return Optional.of(
                    new Resolved(ref.get(), ref.get().plusSeconds(1), Grain.SECOND, WeekdayCheck.NOT_STATED));
        if (date instanceof Part.Shift s && s.unit().compareTo(ChronoUnit.DAYS) < 0) return shiftedTime(s, ref);
        Part.Weekday weekday = (Part.Weekday) bySlot.get(Part.Slot.WEEKDAY);
        Optional<Dated> dated = dateOf(date, (Part.DayShift) bySlot.get(Part.Slot.DAY_ANCHOR), weekday, ref); // 2
        Part.Time time = (Part.Time) bySlot.get(Part.Slot.TIME);
        if (dated.isEmpty() && time != null && ref.isPresent())
            dated = Optional.of(incomplete.dayForTime(ref.get(), LocalTime.of(time.hour(), time.minute())));
        if (dated.isEmpty()) return Optional.empty();
        Resolved resolved = withTime(dated.get(), time, zone); // 3
        return Optional.of(
                new Resolved(resolved.from(), resolved.until(), resolved.grain(), check(dated.get(), weekday))); // 4
    }

    private ZoneId zoneOf(Map<Part.Slot, Part> bySlot) {
        if (bySlot.get(Part.Slot.ZONE) instanceof Part.Zone z) return z.zone();
        return reference.map(ZonedDateTime::getZone).orElse(defaultZone);
    }

    private static Optional<Resolved> shiftedTime(Part.Shift s, Optional<ZonedDateTime> ref) {
        if (ref.isEmpty()) return Optional.empty();
        ZonedDateTime at = ref.get().plus(s.sign() * s.amount(), s.unit());
        Grain grain = Grain.of(s.unit());
        return Optional.of(new Resolved(at, at.plus(1, s.unit()), grain, WeekdayCheck.NOT_STATED));
    }

    private Optional<Dated> dateOf(Part date, Part.DayShift anchor, Part.Weekday weekday, Optional<ZonedDateTime> ref) {
        Optional<LocalDate> today = ref.map(ZonedDateTime::toLocalDate);
        if (date instanceof CalendarDate c) return incomplete.calendar(c, today);
        if (date instanceof Part.Shift s && today.isPresent()) return Optional.of(shiftedDay(s, today.get()));
        if (date instanceof Part.Period p && today.isPresent()) return Optional.of(period(p, today.get()));
        if (anchor != null && today.isPresent()) {
            LocalDate day = today.get().plusDays(anchor.days());
            return Optional.of(new Dated(day, Grain.DAY, day.plusDays(1), false));
        }
        if (weekday != null && today.isPresent()) {
            LocalDate day = incomplete.weekday(weekday, today.get());
            return Optional.of(new Dated(day, Grain.DAY, day.plusDays(1), true));
        }
        return Optional.empty();
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
    private static Dated period(Part.Period p, LocalDate today) {
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

    private static Resolved withTime(Dated d, Part.Time time, ZoneId zone) {
        if (time == null || d.grain() != Grain.DAY) {
            return new Resolved(
                    d.day().atStartOfDay(zone), d.untilDay().atStartOfDay(zone), d.grain(), WeekdayCheck.NOT_STATED);
        }
        try {
            ZonedDateTime at =
                    d.day().atTime(time.hour(), time.minute(), time.second()).atZone(zone);
            Grain grain = Grain.of(time.grain());
            return new Resolved(at, at.plus(1, time.grain()), grain, WeekdayCheck.NOT_STATED);
        } catch (DateTimeException e) {
            return new Resolved(
                    d.day().atStartOfDay(zone), d.untilDay().atStartOfDay(zone), d.grain(), WeekdayCheck.NOT_STATED);
        }
    }

    private static WeekdayCheck check(Dated d, Part.Weekday weekday) {
        if (weekday == null || d.fromWeekday() || d.grain() != Grain.DAY) return WeekdayCheck.NOT_STATED;
        return d.day().getDayOfWeek() == weekday.day() ? WeekdayCheck.CONSISTENT : WeekdayCheck.INCONSISTENT;
    }
}
