package dev.marsad.arabic.date;

import dev.marsad.arabic.date.DateLexicon.Category;
import dev.marsad.arabic.number.NumberWords;
import dev.marsad.arabic.number.Token;
import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Reads the parts of a date that point from the reference: relative days ({@code أمس}, {@code
 * بعد غد}), now ({@code الآن}), weekdays with or without a direction ({@code الخميس المقبل}),
 * counted shifts ({@code منذ ثلاثة أيام}, {@code قبل ساعتين}, {@code بعد أسبوعين}) and whole periods
 * ({@code الأسبوع الماضي}, {@code هذا الشهر}).
 */
final class RelativeReader {

    /** Largest count accepted in a shift ("منذ 500 عام" is history, not a date we resolve). */
    static final long MAX_SHIFT = 400;

    private final List<Token> tokens;

    RelativeReader(List<Token> tokens) {
        this.tokens = tokens;
    }

    Optional<Part> readAt(int i) {
        Optional<DateLexicon.Hit> day = DateLexicon.at(tokens, i, Category.RELATIVE_DAY);
        if (day.isPresent()) {
            String[] value = day.get().value().split(":");
            return Optional.of(new Part.DayShift(
                    Integer.parseInt(value[0]), value.length > 1, day.get().tokenCount()));
        }
        Optional<DateLexicon.Hit> now = DateLexicon.at(tokens, i, Category.NOW);
        if (now.isPresent()) return Optional.of(new Part.Now(now.get().tokenCount()));
        Optional<Part> stretch = pluralStretchAt(i);
        if (stretch.isPresent()) return stretch;
        Optional<Part> weekday = weekdayAt(i);
        if (weekday.isPresent()) return weekday;
        Optional<Part> shift = shiftAt(i);
        if (shift.isPresent()) return shift;
        return periodAt(i);
    }

    private Optional<Part> weekdayAt(int i) {
        Optional<DateLexicon.Hit> hit = DateLexicon.at(tokens, i, Category.WEEKDAY);
        if (hit.isEmpty()) hit = bareWeekdayBeforePeriod(i);
        if (hit.isEmpty()) return Optional.empty();
        DayOfWeek day = DayOfWeek.of(Integer.parseInt(hit.get().value()));
        int j = i + hit.get().tokenCount();
        Optional<DateLexicon.Hit> direction =
                j < tokens.size() ? DateLexicon.at(tokens, j, Category.DIRECTION) : Optional.empty();
        if (direction.isPresent() && !direction.get().value().equals("0"))
            return Optional.of(
                    new Part.Weekday(day, Integer.parseInt(direction.get().value()), j - i + 1));
        return Optional.of(new Part.Weekday(day, 0, j - i));
    }

    /** ثلاثاء الأسبوع الماضي: a weekday without the article counts before a period word. */
    private Optional<DateLexicon.Hit> bareWeekdayBeforePeriod(int i) {
        Optional<DateLexicon.Hit> bare = DateLexicon.at(tokens, i, Category.BARE_WEEKDAY);
        if (bare.isEmpty()
                || i + 1 >= tokens.size()
                || DateLexicon.at(tokens, i + 1, Category.PERIOD).isEmpty()) return Optional.empty();
        return Optional.of(new DateLexicon.Hit(Category.WEEKDAY, bare.get().value(), 1));
    }

    /** الأيام الثلاثة الماضية, الأسابيع الثلاثة القادمة: a definite plural, a count, a direction. */
    private Optional<Part> pluralStretchAt(int i) {
        Optional<DateLexicon.Hit> unit = DateLexicon.at(tokens, i, Category.PLURAL_UNIT);
        if (unit.isEmpty() || i + 2 >= tokens.size()) return Optional.empty();
        Optional<NumberWords.Match> count =
                NumberWords.cardinalAt(tokens, i + 1).filter(m -> !m.vague());
        if (count.isEmpty() || count.get().value().scale() > 0) return Optional.empty();
        int j = i + 1 + count.get().tokenCount();
        Optional<DateLexicon.Hit> direction =
                j < tokens.size() ? DateLexicon.at(tokens, j, Category.DIRECTION) : Optional.empty();
        long n = count.get().value().longValue();
        if (direction.isEmpty() || direction.get().value().equals("0") || n < 1 || n > MAX_SHIFT)
            return Optional.empty();
        return Optional.of(new Part.Stretch(
                ChronoUnit.valueOf(unit.get().value()),
                n,
                Integer.parseInt(direction.get().value()),
                j + 1 - i));
    }

    /** منذ / قبل / بعد / خلال, then a count and a unit (ثلاثة أيام, 3 أيام), or a dual or singular unit alone. */
    private Optional<Part> shiftAt(int i) {
        Optional<DateLexicon.Hit> shift = DateLexicon.at(tokens, i, Category.SHIFT);
        if (shift.isEmpty()) return Optional.empty();
        int sign = Integer.parseInt(shift.get().value());
        int start = i + shift.get().tokenCount();
        if (start >= tokens.size()) return Optional.empty();
        Optional<UnitCount> unit = unitAt(start);
        if (unit.isPresent() && !unit.get().plural())
            return Optional.of(shiftOrStretch(
                    unit.get().unit(),
                    unit.get().count(),
                    sign,
                    start - i + unit.get().tokens()));
        Optional<NumberWords.Match> count = NumberWords.cardinalAt(tokens, start);
        if (count.isEmpty() || count.get().value().scale() > 0) return Optional.empty();
        long amount = count.get().value().longValue();
        int j = start + count.get().tokenCount();
        Optional<UnitCount> after = unitAt(j);
        if (after.isEmpty() || amount < 1 || amount > MAX_SHIFT) return Optional.empty();
        return Optional.of(shiftOrStretch(
                after.get().unit(), amount, sign, j - i + after.get().tokens()));
    }

    /** Sign 0 (خلال, في غضون) is a stretch from the reference on; -1 and +1 a point before or after it. */
    private static Part shiftOrStretch(ChronoUnit unit, long amount, int sign, int tokens) {
        return sign == 0 ? new Part.Stretch(unit, amount, 0, tokens) : new Part.Shift(unit, amount, sign, tokens);
    }

    /** الأسبوع الماضي, الشهر المقبل, العام الجاري, هذا الأسبوع, هذه السنة. */
    private Optional<Part> periodAt(int i) {
        Optional<DateLexicon.Hit> before = DateLexicon.at(tokens, i, Category.DIRECTION);
        if (before.isPresent() && before.get().value().equals("0") && i + 1 < tokens.size()) {
            Optional<DateLexicon.Hit> period = DateLexicon.at(tokens, i + 1, Category.PERIOD);
            if (period.isPresent())
                return Optional.of(
                        new Part.Period(ChronoUnit.valueOf(period.get().value()), 0, 2));
        }
        Optional<DateLexicon.Hit> period = DateLexicon.at(tokens, i, Category.PERIOD);
        if (period.isEmpty() || i + 1 >= tokens.size()) return Optional.empty();
        Optional<DateLexicon.Hit> after = DateLexicon.at(tokens, i + 1, Category.DIRECTION);
        return after.map(
                d -> new Part.Period(ChronoUnit.valueOf(period.get().value()), Integer.parseInt(d.value()), 2));
    }

    /** A unit word and the count it carries by itself (1 for singular, 2 for the dual). */
    private record UnitCount(ChronoUnit unit, int count, boolean plural, int tokens) {}

    private Optional<UnitCount> unitAt(int i) {
        if (i >= tokens.size()) return Optional.empty();
        Optional<DateLexicon.Hit> hit = DateLexicon.at(tokens, i, Category.UNIT);
        if (hit.isEmpty()) return Optional.empty();
        String[] value = hit.get().value().split(":");
        boolean plural = value[1].equals("N");
        return Optional.of(
                new UnitCount(ChronoUnit.valueOf(value[0]), plural ? 0 : Integer.parseInt(value[1]), plural, 1));
    }
}
