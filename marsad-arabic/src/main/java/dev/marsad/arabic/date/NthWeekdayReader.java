package dev.marsad.arabic.date;

import dev.marsad.arabic.date.DateLexicon.Category;
import dev.marsad.arabic.number.NumberWords;
import dev.marsad.arabic.number.Token;
import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Reads the n-th weekday of a month in both word orders: ordinal first ({@code ثالث ثلاثاء في
 * أيلول}, {@code آخر اثنين من الشهر القادم}, {@code ثالث يوم ثلاثاء بأيلول}) and weekday first
 * ({@code الاثنين الأخير من شهر آذار}, {@code الثلاثاء الثالث من أيلول 2014}, which may also mean
 * "Tuesday the 3rd": see {@link Part.NthWeekday#orDayOfMonth()}).
 */
final class NthWeekdayReader {

    /** Highest n: a month has at most five of each weekday. */
    static final int MAX_N = 5;

    private final List<Token> tokens;
    private final CalendarReader calendar;

    NthWeekdayReader(List<Token> tokens, CalendarReader calendar) {
        this.tokens = tokens;
        this.calendar = calendar;
    }

    Optional<Part> readAt(int i) {
        Optional<Part> ordinalFirst = ordinalFirstAt(i);
        if (ordinalFirst.isPresent()) return ordinalFirst;
        Optional<Part> week = weekOfMonthAt(i);
        return week.isPresent() ? week : weekdayFirstAt(i);
    }

    /** أول أسبوع بشهر أكتوبر, آخر أسبوع في سبتمبر, الأسبوع الأول من الشهر القادم, الأسبوع الأخير في أيلول. */
    private Optional<Part> weekOfMonthAt(int i) {
        Optional<int[]> n = nAt(i);
        int end;
        if (n.isPresent() && isWeek(i + n.get()[1])) {
            end = i + n.get()[1] + 1;
        } else if (isWeek(i)) {
            n = nAt(i + 1);
            if (n.isEmpty()) return Optional.empty();
            end = i + 1 + n.get()[1];
        } else {
            return Optional.empty();
        }
        int count = n.get()[0];
        return monthAfter(end).map(m -> new Part.NthWeekday(DayOfWeek.MONDAY, count, m.part(), 0, true, m.end() - i));
    }

    private boolean isWeek(int i) {
        return i < tokens.size() && DateLexicon.at(tokens, i, Category.WEEK).isPresent();
    }

    private Optional<Part> ordinalFirstAt(int i) {
        Optional<int[]> n = nAt(i);
        if (n.isEmpty()) return Optional.empty();
        int j = i + n.get()[1];
        if (j < tokens.size()
                && DateLexicon.at(tokens, j, Category.UNIT)
                        .filter(u -> u.value().equals("DAYS:1"))
                        .isPresent()) j++;
        Optional<DayOfWeek> day = weekdayAt(j, true);
        if (day.isEmpty()) return Optional.empty();
        return monthAfter(j + 1).map(m -> new Part.NthWeekday(day.get(), n.get()[0], m.part(), 0, false, m.end() - i));
    }

    private Optional<Part> weekdayFirstAt(int i) {
        Optional<DayOfWeek> day = weekdayAt(i, false);
        if (day.isEmpty()) return Optional.empty();
        Optional<int[]> n = nAt(i + 1);
        if (n.isEmpty()) return Optional.empty();
        int orDay = n.get()[0] > 0 ? n.get()[0] : 0;
        return monthAfter(i + 1 + n.get()[1])
                .filter(m -> m.joined())
                .map(m -> new Part.NthWeekday(day.get(), n.get()[0], m.part(), orDay, false, m.end() - i));
    }

    /** n and its token count: an ordinal 1..5 or "last" (-1). */
    private Optional<int[]> nAt(int i) {
        if (i >= tokens.size()) return Optional.empty();
        if (DateLexicon.at(tokens, i, Category.LAST).isPresent()) return Optional.of(new int[] {-1, 1});
        return NumberWords.ordinalAt(tokens, i)
                .filter(m -> m.value().intValue() >= 1 && m.value().intValue() <= MAX_N)
                .map(m -> new int[] {m.value().intValue(), m.tokenCount()});
    }

    private Optional<DayOfWeek> weekdayAt(int i, boolean bareAllowed) {
        if (i >= tokens.size()) return Optional.empty();
        Optional<DateLexicon.Hit> hit = DateLexicon.at(tokens, i, Category.WEEKDAY);
        if (hit.isEmpty() && bareAllowed) hit = DateLexicon.at(tokens, i, Category.BARE_WEEKDAY);
        return hit.map(h -> DayOfWeek.of(Integer.parseInt(h.value())));
    }

    /** The month after the weekday: "من شهر آذار", "في أيلول", "بأيلول", "من الشهر القادم". */
    private record MonthAfter(Part part, int end, boolean joined) {}

    private Optional<MonthAfter> monthAfter(int j) {
        if (j >= tokens.size()) return Optional.empty();
        boolean joined = DateLexicon.at(tokens, j, Category.CONNECTOR).isPresent() && !calendar.isMonthNameAt(j);
        int k = joined ? j + 1 : j;
        if (k >= tokens.size()) return Optional.empty();
        joined = joined
                || tokens.get(k).form().length() > 1
                        && DateLexicon.PROCLITICS.indexOf(tokens.get(k).form().charAt(0)) >= 0
                        && calendar.isMonthNameAt(k);
        Optional<Part.CalendarDate> month = calendar.monthLevelAt(k);
        if (month.isPresent())
            return Optional.of(new MonthAfter(month.get(), k + month.get().tokenCount(), joined));
        Optional<DateLexicon.Hit> period = DateLexicon.at(tokens, k, Category.PERIOD);
        if (period.isEmpty() || !period.get().value().equals("MONTHS") || k + 1 >= tokens.size())
            return Optional.empty();
        Optional<DateLexicon.Hit> direction = DateLexicon.at(tokens, k + 1, Category.DIRECTION);
        return direction.map(
                d -> new MonthAfter(new Part.Period(ChronoUnit.MONTHS, Integer.parseInt(d.value()), 2), k + 2, true));
    }
}
