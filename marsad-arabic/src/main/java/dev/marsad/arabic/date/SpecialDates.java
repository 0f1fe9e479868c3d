package dev.marsad.arabic.date;

import dev.marsad.arabic.date.MentionResolver.Dated;
import dev.marsad.arabic.date.Part.CalendarDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Resolves the parts that name a date through another one: the n-th weekday of a month, a range
 * of days, a feast of the Hijri or Gregorian calendar, a stretch of whole units.
 */
final class SpecialDates {

    /** Hijri years tried either side of the one a Gregorian year starts in, to find a feast inside it. */
    private static final int HIJRI_YEARS_PER_GREGORIAN_YEAR = 2;

    private static final int DAYS_PER_WEEK = 7;

    private final IncompleteDates incomplete;

    SpecialDates(IncompleteDates incomplete) {
        this.incomplete = incomplete;
    }

    /** ثالث ثلاثاء في أيلول 2014, آخر اثنين من الشهر القادم, الثلاثاء الثالث من أيلول (Tuesday the 3rd if it is one). */
    Optional<Dated> nthWeekday(Part.NthWeekday p, Optional<LocalDate> today) {
        Optional<Dated> month = p.month() instanceof CalendarDate c
                ? incomplete.calendar(c, today)
                : p.month() instanceof Part.Period period && today.isPresent()
                        ? Optional.of(MentionResolver.period(period, today.get()))
                        : Optional.empty();
        if (month.isEmpty() || month.get().grain() != Grain.MONTH) return Optional.empty();
        LocalDate first = month.get().day(), end = month.get().untilDay();
        if (p.wholeWeek()) return wholeWeek(p.n(), first, end);
        if (p.orDayOfMonth() > 0) {
            LocalDate plain = first.plusDays(p.orDayOfMonth() - 1L);
            if (plain.isBefore(end) && plain.getDayOfWeek() == p.day()) return Optional.of(day(plain));
        }
        LocalDate day = p.n() < 0
                ? end.minusDays(1).with(TemporalAdjusters.previousOrSame(p.day()))
                : first.with(TemporalAdjusters.nextOrSame(p.day())).plusWeeks(p.n() - 1L);
        return day.isBefore(end) && !day.isBefore(first) ? Optional.of(day(day)) : Optional.empty();
    }

    /** The n-th (or last, n = -1) whole Monday-to-Sunday week inside [first, end). */
    private static Optional<Dated> wholeWeek(int n, LocalDate first, LocalDate end) {
        LocalDate monday = n < 0
                ? end.minusDays(DAYS_PER_WEEK).with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                : first.with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY))
                        .plusWeeks(n - 1L);
        if (monday.isBefore(first) || monday.plusDays(DAYS_PER_WEEK).isAfter(end)) return Optional.empty();
        return Optional.of(new Dated(monday, Grain.WEEK, monday.plusDays(DAYS_PER_WEEK), false));
    }

    /** من 13 إلى 15 تموز: each end takes the month and year the other one states. */
    Optional<Dated> dayRange(Part.DayRange r, Optional<LocalDate> today) {
        CalendarDate a = r.first(), b = r.last();
        int month = b.month() != 0 ? b.month() : a.month();
        CalendarDate last = new CalendarDate(b.calendar(), b.year() != 0 ? b.year() : a.year(), month, b.day(), 0, 1);
        Optional<Dated> end = incomplete.calendar(last, today);
        if (end.isEmpty() || end.get().grain() != Grain.DAY) return Optional.empty();
        int year = last.year() != 0 ? last.year() : yearOf(end.get().day(), last.calendar());
        CalendarDate first = new CalendarDate(
                a.calendar(), a.year() != 0 ? a.year() : year, a.month() != 0 ? a.month() : month, a.day(), 0, 1);
        Optional<Dated> start = incomplete.calendar(first, today);
        if (start.isEmpty() || start.get().day().isAfter(end.get().day())) return Optional.empty();
        return Optional.of(new Dated(start.get().day(), Grain.DAY, end.get().untilDay(), false));
    }

    /** عيد الأضحى 2013: a Hijri feast in a Gregorian year is found by trying the Hijri years around it. */
    Optional<Dated> holiday(Part.Holiday h, Optional<LocalDate> today) {
        CalendarDate undated = new CalendarDate(h.calendar(), 0, h.month(), h.day(), 0, 1);
        if (h.year() == 0) return incomplete.calendar(undated, today);
        if (h.calendar() == h.yearCalendar()) {
            return incomplete.calendar(new CalendarDate(h.calendar(), h.year(), h.month(), h.day(), 0, 1), today);
        }
        try {
            int hijriYear = HijrahDate.from(LocalDate.of(h.year(), 1, 1)).get(ChronoField.YEAR);
            for (int y = hijriYear; y <= hijriYear + HIJRI_YEARS_PER_GREGORIAN_YEAR; y++) {
                Dated d = IncompleteDates.complete(
                        new CalendarDate(h.calendar(), y, h.month(), h.day(), 0, 1), y, h.month());
                if (d.day().getYear() == h.year()) return Optional.of(d);
            }
        } catch (DateTimeException outsideUmmAlQura) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** خلال أسبوعين, الأسابيع الثلاثة القادمة, الأيام الثلاثة الماضية. */
    Optional<MentionResolver.Resolved> stretch(Part.Stretch s, Optional<ZonedDateTime> reference) {
        if (reference.isEmpty()) return Optional.empty();
        ZonedDateTime ref = reference.get();
        Grain grain = Grain.of(s.unit());
        if (s.direction() == 0) {
            ZonedDateTime until = ref.plus(s.count(), s.unit());
            if (s.unit().compareTo(ChronoUnit.DAYS) >= 0) until = until.truncatedTo(ChronoUnit.DAYS);
            return Optional.of(new MentionResolver.Resolved(ref, until, grain, WeekdayCheck.NOT_STATED));
        }
        ZonedDateTime current = startOf(ref, s.unit());
        ZonedDateTime from = s.direction() > 0 ? current.plus(1, s.unit()) : current.minus(s.count(), s.unit());
        ZonedDateTime until = s.direction() > 0 ? from.plus(s.count(), s.unit()) : current;
        return Optional.of(new MentionResolver.Resolved(from, until, grain, WeekdayCheck.NOT_STATED));
    }

    /** The start of the unit containing t (weeks start on Monday, as in {@link MentionResolver}). */
    static ZonedDateTime startOf(ZonedDateTime t, ChronoUnit unit) {
        return switch (unit) {
            case SECONDS, MINUTES, HOURS, DAYS -> t.truncatedTo(unit);
            case WEEKS ->
                t.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            case MONTHS -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
            default -> t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
        };
    }

    private static int yearOf(LocalDate day, Part.Calendar calendar) {
        return calendar == Part.Calendar.HIJRI ? HijrahDate.from(day).get(ChronoField.YEAR) : day.getYear();
    }

    private static Dated day(LocalDate d) {
        return new Dated(d, Grain.DAY, d.plusDays(1), false);
    }
}
