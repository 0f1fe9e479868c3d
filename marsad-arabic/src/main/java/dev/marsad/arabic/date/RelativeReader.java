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
            int days = Integer.parseInt(value[0]);
            boolean evening = value.length > 1;
            if (days == 0 && !evening) {
                Optional<Part> moved =
                        movedDayAt(i + day.get().tokenCount(), day.get().tokenCount());
                if (moved.isPresent()) return moved;
            }
            return Optional.of(new Part.DayShift(days, evening, day.get().tokenCount()));
        }
        if (DateLexicon.at(tokens, i, Category.DAY_NOUN).isPresent()) {
            Optional<Part> moved = movedDayAt(i + 1, 1);
            if (moved.isPresent()) return moved;
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

    /**
     * اليوم followed by a word or clause that moves it one day: اليوم التالي / الموالي / المقبل
     * (+1), اليوم السابق / الفائت / المنصرم (-1), اليوم الذي يليه / اللي بعدو (+1), اليوم الذي سبقه (-1).
     * Counted from the reference day, as a bare اليوم is.
     */
    private Optional<Part> movedDayAt(int j, int dayTokens) {
        if (j >= tokens.size()) return Optional.empty();
        Optional<DateLexicon.Hit> mover = DateLexicon.at(tokens, j, Category.DIRECTION)
                .filter(d -> !d.value().equals("0"))
                .or(() -> DateLexicon.at(tokens, j, Category.MOVED_DAY));
        return mover.map(m -> new Part.DayShift(Integer.parseInt(m.value()), false, dayTokens + m.tokenCount()));
    }

    private Optional<Part> weekdayAt(int i) {
        Optional<DateLexicon.Hit> hit = DateLexicon.at(tokens, i, Category.WEEKDAY);
        if (hit.isEmpty()) hit = bareWeekdayBeforePeriod(i);
        if (hit.isEmpty()) hit = weekdayAfterDayWord(i);
        if (hit.isEmpty()) return Optional.empty();
        DayOfWeek day = DayOfWeek.of(Integer.parseInt(hit.get().value()));
        int j = i + hit.get().tokenCount();
        Optional<DateLexicon.Hit> direction =
                j < tokens.size() ? DateLexicon.at(tokens, j, Category.DIRECTION) : Optional.empty();
        if (direction.isPresent() && !direction.get().value().equals("0"))
            return Optional.of(new Part.Weekday(
                    day,
                    Integer.parseInt(direction.get().value()),
                    j - i + direction.get().tokenCount()));
        return Optional.of(new Part.Weekday(day, 0, j - i));
    }

    /** يوم الحد, نهار الأربع: weekday names that are ordinary words elsewhere, right after يوم or نهار. */
    private Optional<DateLexicon.Hit> weekdayAfterDayWord(int i) {
        if (i == 0 || !tokens.get(i - 1).isWord()) return Optional.empty();
        Optional<DateLexicon.Hit> named = DateLexicon.at(tokens, i, Category.NAMED_DAY_WEEKDAY);
        if (named.isEmpty() || DateLexicon.at(tokens, i - 1, Category.CONNECTOR).isEmpty()) return Optional.empty();
        String before = tokens.get(i - 1).form();
        boolean dayWord = before.endsWith(DAY_WORD) || before.endsWith(DAY_WORD_LEVANT);
        return dayWord
                ? Optional.of(new DateLexicon.Hit(Category.WEEKDAY, named.get().value(), 1))
                : Optional.empty();
    }

    /** يوم, the word before a weekday name. */
    private static final String DAY_WORD = "\u064A\u0648\u0645";
    /** نهار, the Levantine and Maghrebi يوم. */
    private static final String DAY_WORD_LEVANT = "\u0646\u0647\u0627\u0631";

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
        if (shift.isEmpty()) return agoAt(i);
        return countedShiftAt(
                i, Integer.parseInt(shift.get().value()), shift.get().tokenCount());
    }

    /**
     * Colloquial "… ago" without منذ or قبل: a word of "it has been" (له، صار لنا، بقاله، هادي، مضى)
     * or من, then a count and a unit of days or longer: "من يومين" = two days ago. من counts only
     * when no comparison or measure governs it (أكثر من يومين is a length) and the unit is not
     * followed by a range (من يوم لآخر) or a date (من يوم الخميس, من شهر مارس).
     */
    private Optional<Part> agoAt(int i) {
        Optional<DateLexicon.Hit> ago = DateLexicon.at(tokens, i, Category.AGO);
        if (ago.isEmpty()) return Optional.empty();
        if (tokens.get(i).form().equals(FROM) && governedFrom(i)) return Optional.empty();
        Optional<Part> shift = countedShiftAt(i, -1, ago.get().tokenCount());
        if (shift.isEmpty()
                || !(shift.get() instanceof Part.Shift s)
                || s.unit().compareTo(ChronoUnit.HOURS) < 0) return Optional.empty();
        Optional<Part> since = Optional.of(new Part.Since(s.unit(), s.amount(), s.tokenCount()));
        int after = i + s.tokenCount();
        if (after < tokens.size()
                && (DateLexicon.at(tokens, after, Category.RANGE_TO).isPresent()
                        || DateLexicon.at(tokens, after, Category.WEEKDAY).isPresent()
                        || DateLexicon.at(tokens, after, Category.MONTH).isPresent()
                        || tokens.get(after).isNumber()
                        || tokens.get(after).form().startsWith(LAM)
                                && tokens.get(after).form().length() > 2)) return Optional.empty();
        return since;
    }

    /** من, the preposition that may lead a colloquial "ago". */
    private static final String FROM = "\u0645\u0646";
    /** ل, glued to a second noun in "من يوم لآخر" (from one day to the next). */
    private static final String LAM = "\u0644";

    /** Whether the word before من makes it part of a comparison or a measure: أكثر من، أقل من، بدلا من. */
    private boolean governedFrom(int i) {
        if (i == 0 || !tokens.get(i - 1).isWord()) return false;
        return DateLexicon.at(tokens, i - 1, Category.COMPARATIVE).isPresent();
    }

    private Optional<Part> countedShiftAt(int i, int sign, int leadTokens) {
        int start = i + leadTokens;
        // منذ نحو أسبوع، له قرابة شهر: an approximation before the count is read past.
        Optional<DateLexicon.Hit> approx = DateLexicon.at(tokens, start, Category.APPROX);
        if (approx.isPresent()) start += approx.get().tokenCount();
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
        return after.map(d -> new Part.Period(
                ChronoUnit.valueOf(period.get().value()), Integer.parseInt(d.value()), 1 + d.tokenCount()));
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
