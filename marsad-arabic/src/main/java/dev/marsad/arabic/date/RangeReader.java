package dev.marsad.arabic.date;

import dev.marsad.arabic.date.DateLexicon.Category;
import dev.marsad.arabic.number.Token;
import java.util.List;
import java.util.Optional;

/**
 * Reads ranges: of days ({@code من 13 إلى 15 تموز}, {@code يوليو 13-15}, {@code من 13 تموز إلى 15
 * تموز}, {@code من الثالث والعشرين وحتى السادس والعشرين من أكتوبر}) and of clock times ({@code من
 * الساعة 3 إلى الساعة 4 بعد العصر}).
 */
final class RangeReader {

    private final List<Token> tokens;
    private final CalendarReader calendar;
    private final ClockReader clock;

    RangeReader(List<Token> tokens, CalendarReader calendar, ClockReader clock) {
        this.tokens = tokens;
        this.calendar = calendar;
        this.clock = clock;
    }

    Optional<Part> readAt(int i) {
        if (toAt(i) == 1 && tokens.get(i).isWord()) {
            return clock.timeAt(i + 1).map(t -> new Part.UntilTime(t, 1 + t.tokenCount()));
        }
        int s = DateLexicon.at(tokens, i, Category.CONNECTOR).isPresent() && !calendar.isMonthNameAt(i) ? i + 1 : i;
        if (s >= tokens.size()) return Optional.empty();
        Optional<Part> days = dayRangeAt(i, s);
        if (days.isPresent()) return days;
        Optional<Part> monthFirst = monthFirstRangeAt(s);
        if (monthFirst.isPresent()) return monthFirst;
        return timeRangeAt(i, s);
    }

    /** DAY [month] to DAY month: the first end may leave out the month. */
    private Optional<Part> dayRangeAt(int i, int s) {
        Optional<Part.CalendarDate> full = calendar.dayFirstAt(s);
        Part.CalendarDate first;
        int j;
        if (full.isPresent()) {
            first = full.get();
            j = s + first.tokenCount();
        } else {
            Optional<CalendarReader.Read> day = calendar.dayAt(s);
            if (day.isEmpty()) return Optional.empty();
            first = new Part.CalendarDate(
                    Part.Calendar.GREGORIAN,
                    0,
                    0,
                    day.get().value(),
                    0,
                    day.get().tokens());
            j = s + day.get().tokens();
        }
        int to = toAt(j);
        if (to == 0) return Optional.empty();
        Optional<Part.CalendarDate> last = calendar.dayFirstAt(j + to);
        if (last.isEmpty()) return Optional.empty();
        Part.CalendarDate a =
                first.month() == 0 ? withCalendar(first, last.get().calendar()) : first;
        return Optional.of(new Part.DayRange(a, last.get(), j + to + last.get().tokenCount() - i));
    }

    /** MONTH DAY to DAY [year]: "يوليو 13-15", "تموز 13 إلى 15". */
    private Optional<Part> monthFirstRangeAt(int s) {
        if (!calendar.isMonthNameAt(s)) return Optional.empty();
        Optional<Part.CalendarDate> month = calendar.monthLevelAt(s);
        if (month.isEmpty() || month.get().year() != 0) return Optional.empty();
        int j = s + month.get().tokenCount();
        Optional<CalendarReader.Read> a = calendar.dayAt(j);
        if (a.isEmpty() || !tokens.get(j).isNumber()) return Optional.empty();
        int to = toAt(j + a.get().tokens());
        if (to == 0) return Optional.empty();
        int k = j + a.get().tokens() + to;
        Optional<CalendarReader.Read> b = calendar.dayAt(k);
        if (b.isEmpty() || !tokens.get(k).isNumber()) return Optional.empty();
        Part.CalendarDate m = month.get();
        return Optional.of(new Part.DayRange(
                new Part.CalendarDate(m.calendar(), 0, m.month(), a.get().value(), 0, 1),
                new Part.CalendarDate(m.calendar(), 0, m.month(), b.get().value(), 0, 1),
                k + b.get().tokens() - s));
    }

    private Optional<Part> timeRangeAt(int i, int s) {
        Optional<Part.Time> first = clock.timeAt(s);
        if (first.isEmpty()) return Optional.empty();
        int j = s + first.get().tokenCount();
        int to = toAt(j);
        if (to == 0) return Optional.empty();
        Optional<Part.Time> last = clock.timeAt(j + to);
        return last.map(l -> new Part.TimeRange(first.get(), l, j + to + l.tokenCount() - i));
    }

    /** Tokens of "to" at j: إلى, حتى, وحتى, لغاية, or a dash; 0 when none. */
    private int toAt(int j) {
        if (j >= tokens.size()) return 0;
        Token t = tokens.get(j);
        if (t.isSymbol('-') || t.isSymbol('\u2013')) return 1;
        return DateLexicon.at(tokens, j, Category.RANGE_TO).isPresent() ? 1 : 0;
    }

    private static Part.CalendarDate withCalendar(Part.CalendarDate d, Part.Calendar c) {
        return new Part.CalendarDate(c, d.year(), d.month(), d.day(), d.direction(), d.tokenCount());
    }
}
