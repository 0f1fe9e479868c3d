package dev.marsad.arabic.date;

import dev.marsad.arabic.number.NumberWords;
import dev.marsad.arabic.number.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the one part that starts at a token, trying each reader in turn. */
final class PartReader {

    private final List<Token> tokens;
    private final CalendarReader calendar;
    private final ClockReader clock;
    private final RelativeReader relative;
    private final NthWeekdayReader nthWeekday;
    private final RangeReader range;
    private final FeastReader feast;

    PartReader(List<Token> tokens) {
        this.tokens = tokens;
        this.calendar = new CalendarReader(tokens);
        this.clock = new ClockReader(tokens);
        this.relative = new RelativeReader(tokens);
        this.nthWeekday = new NthWeekdayReader(tokens, calendar);
        this.range = new RangeReader(tokens, calendar, clock);
        this.feast = new FeastReader(tokens);
    }

    /** صباح اليوم, مساء أمس, فجر الخميس: a part of the day counts only right before a named day. */
    private Optional<Part> dayPeriodAt(int i) {
        Optional<DateLexicon.Hit> hit = DateLexicon.at(tokens, i, DateLexicon.Category.DAY_PERIOD);
        if (hit.isEmpty()) return Optional.empty();
        int j = i + hit.get().tokenCount();
        if (j >= tokens.size()) return Optional.empty();
        boolean dayFollows = DateLexicon.at(tokens, j, DateLexicon.Category.RELATIVE_DAY)
                        .isPresent()
                || DateLexicon.at(tokens, j, DateLexicon.Category.WEEKDAY).isPresent()
                || calendar.dayFirstAt(j).filter(d -> d.day() > 0).isPresent();
        if (!dayFollows) return Optional.empty();
        String[] hours = hit.get().value().split(":");
        return Optional.of(new Part.DayPeriod(Integer.parseInt(hours[0]), Integer.parseInt(hours[1]), j - i));
    }

    private boolean afterConnector(int i) {
        return i > 0
                && (tokens.get(i - 1).kind() == Token.Kind.SYMBOL
                        || DateLexicon.at(tokens, i - 1, DateLexicon.Category.CONNECTOR)
                                .isPresent());
    }

    /** A number word before a calendar word (عشرة الشهر الجاي): it may be the day. */
    private boolean isDayInWords(int i) {
        if (i + 1 >= tokens.size() || !DateLexicon.mayStartEntry(tokens.get(i + 1))) return false;
        int j = DateLexicon.at(tokens, i + 1, DateLexicon.Category.CONNECTOR).isPresent() ? i + 2 : i + 1;
        boolean monthFollows = DateLexicon.at(tokens, j, DateLexicon.Category.PERIOD)
                        .isPresent()
                || DateLexicon.at(tokens, j, DateLexicon.Category.CURRENT_MONTH).isPresent();
        return monthFollows
                && NumberWords.cardinalAt(tokens, i).filter(m -> !m.vague()).isPresent();
    }

    private boolean isOrdinal(int i) {
        return NumberWords.ordinalAt(tokens, i).isPresent();
    }

    /**
     * The part at index, given the slots this mention has filled already. A bare ordinal day
     * ("السادس عشر") counts only right after a weekday.
     */
    Optional<Part> readAt(int i, Set<Part.Slot> filled) {
        Token t = tokens.get(i);
        if (t.kind() == Token.Kind.SYMBOL && !t.isSymbol('+') && !t.isSymbol('-')) return Optional.empty();
        // Every mention starts with a calendar word, a digit or an ordinal: most words are none of these.
        if (filled.isEmpty() && t.isWord() && !DateLexicon.mayStartEntry(t) && !isOrdinal(i) && !isDayInWords(i))
            return Optional.empty();
        Optional<Part> period = dayPeriodAt(i);
        if (period.isPresent()) return period;
        // Longer constructions first: a range or an n-th weekday starts like a plain date or weekday.
        Optional<Part> part = range.readAt(i);
        if (part.isPresent()) return part;
        part = nthWeekday.readAt(i);
        if (part.isPresent()) return part;
        part = feast.readAt(i);
        if (part.isPresent()) return part;
        part = calendar.monthDayAt(i).map(Part.class::cast);
        if (part.isPresent()) return part;
        // "اليوم الأخير من أكتوبر" starts like the relative day اليوم.
        part = calendar.focusAt(i).map(Part.class::cast);
        if (part.isPresent()) return part;
        part = relative.readAt(i);
        if (part.isPresent()) return part;
        part = clock.timeAt(i).map(Part.class::cast);
        if (part.isPresent()) return part;
        part = calendar.readAt(i).map(Part.class::cast);
        if (part.isPresent()) return part;
        boolean dayNamed = filled.contains(Part.Slot.WEEKDAY) || filled.contains(Part.Slot.DAY_ANCHOR);
        boolean dateWord = i > 0
                && DateLexicon.at(tokens, i - 1, DateLexicon.Category.DATE_LEAD).isPresent();
        if ((dayNamed || dateWord) && !filled.contains(Part.Slot.DATE)) {
            part = calendar.dayMonthAt(i)
                    .filter(d -> dayNamed || !calendar.mayBeFraction(i, d))
                    .map(Part.class::cast);
            if (part.isPresent()) return part;
        }
        // "السبت السادس عشر": the ordinal right after the weekday; "السبت في أول جولة" is no date.
        if (filled.contains(Part.Slot.WEEKDAY) && !filled.contains(Part.Slot.DATE) && !afterConnector(i)) {
            part = calendar.ordinalDayAt(i)
                    .map(d -> new Part.CalendarDate(Part.Calendar.GREGORIAN, 0, 0, d.value(), 0, d.tokens()));
            if (part.isPresent()) return part;
        }
        // A zone may also come first ("GMT 17:27 17.03.2020"); a zone alone resolves to nothing.
        return clock.zoneAt(i).map(Part.class::cast);
    }
}
