package dev.marsad.arabic.date;

import dev.marsad.arabic.date.DateLexicon.Category;
import dev.marsad.arabic.date.Part.Calendar;
import dev.marsad.arabic.date.Part.CalendarDate;
import dev.marsad.arabic.number.NumberWords;
import dev.marsad.arabic.number.Token;
import java.util.List;
import java.util.Optional;

/**
 * Reads calendar dates from tokens: numeric ({@code 20/9/2023}, {@code ٢٠٢٣/٩/٢٠},
 * {@code 20-09-2023}), day-first with a month name ({@code 20 سبتمبر 2023}, {@code الأول من شهر
 * شباط}, {@code 20th, September 2023}, {@code ٥ رمضان ١٤٤٥ هـ}), month-first ({@code September 20,
 * 2023}), month and year, a focus day ({@code منتصف آذار}) and marked years ({@code عام 2023}).
 */
final class CalendarReader {

    /** A value read from tokens and how many tokens it took. */
    record Read(int value, int tokens) {}

    /** English ordinal suffixes glued to a day number: 20th, 1st, 2nd, 3rd. */
    private static final List<String> ORDINAL_SUFFIXES = List.of("st", "nd", "rd", "th");

    private final List<Token> tokens;
    private final YearReader years;

    CalendarReader(List<Token> tokens) {
        this.tokens = tokens;
        this.years = new YearReader(tokens);
    }

    /** The calendar date starting at index, or empty. */
    Optional<CalendarDate> readAt(int i) {
        Optional<CalendarDate> numeric = numericAt(i);
        if (numeric.isPresent()) return numeric;
        Optional<CalendarDate> dayFirst = dayFirstAt(i);
        if (dayFirst.isPresent()) return dayFirst;
        Optional<CalendarDate> monthFirst = monthFirstAt(i, 0);
        if (monthFirst.isPresent()) return monthFirst;
        Optional<CalendarDate> focus = focusAt(i);
        if (focus.isPresent()) return focus;
        return years.markedYearAt(i);
    }

    /** A whole month, with or without year or the word شهر ("شهر أيلول من عام 2014", "تشرين الأول"). */
    Optional<CalendarDate> monthLevelAt(int i) {
        return monthAt(i, 0, true).filter(d -> d.day() == 0 && d.month() != 0);
    }

    /** A month name (no number) starts at i. */
    boolean isMonthNameAt(int i) {
        return isMonthAt(i);
    }

    /** A day of the month written as a word ordinal (السادس عشر), for "السبت السادس عشر". */
    Optional<Read> ordinalDayAt(int i) {
        return NumberWords.ordinalAt(tokens, i)
                .filter(m -> m.value().intValue() >= 1 && m.value().intValue() <= 31)
                .map(m -> new Read(m.value().intValue(), m.tokenCount()));
    }

    /**
     * A day and month in digits without a year ("10/12", "15-3", "٦/١"): only right after a
     * weekday or a relative day, where it cannot be a score or a fraction. The year is the one
     * whose date falls on the weekday (see {@link IncompleteDates}).
     */
    Optional<CalendarDate> dayMonthAt(int i) {
        if (!number(i) || i + 2 >= tokens.size() || !number(i + 2)) return Optional.empty();
        Token sep = tokens.get(i + 1);
        if (!(sep.isSymbol('/') || sep.isSymbol('-') || sep.isSymbol('.'))) return Optional.empty();
        if (i + 3 < tokens.size() && tokens.get(i + 3).isSymbol(sep.form().charAt(0))) return Optional.empty();
        if (form(i).length() > 2 || form(i + 2).length() > 2) return Optional.empty();
        int day = Integer.parseInt(form(i)), month = Integer.parseInt(form(i + 2));
        if (day < 1 || day > 31 || month < 1 || month > 12) return Optional.empty();
        return years.date(Calendar.GREGORIAN, 0, month, day, 3);
    }

    /**
     * Whether a day/month read after a date word may rather be a fraction or a share: a small
     * proper fraction (1/2, 2/3, 3/4) or one followed by a per cent sign ("في 2/3 من الحالات").
     */
    boolean mayBeFraction(int i, CalendarDate d) {
        boolean percent = i + 3 < tokens.size() && tokens.get(i + 3).isSymbol('%');
        return percent || d.day() < d.month() && d.month() <= SMALL_DENOMINATOR;
    }

    /** Largest denominator of the fractions written with a slash in news (ربع = 1/4). */
    static final int SMALL_DENOMINATOR = 4;

    private Optional<CalendarDate> numericAt(int i) {
        if (!number(i) || i + 2 >= tokens.size()) return Optional.empty();
        Token sep = tokens.get(i + 1);
        if (!(sep.isSymbol('/') || sep.isSymbol('-') || sep.isSymbol('.')) || !number(i + 2)) return Optional.empty();
        String a = form(i), b = form(i + 2);
        boolean three = i + 4 < tokens.size() && tokens.get(i + 3).form().equals(sep.form()) && number(i + 4);
        if (!three) {
            if (sep.isSymbol('/') && a.length() <= 2 && b.length() == 4)
                return years.date(Calendar.GREGORIAN, Integer.parseInt(b), Integer.parseInt(a), 0, 3);
            return Optional.empty();
        }
        if (i + 5 < tokens.size() && tokens.get(i + 5).form().equals(sep.form()) && number(i + 6))
            return Optional.empty();
        String c = form(i + 4);
        if (a.length() == 4 && b.length() <= 2 && c.length() <= 2)
            return years.withEra(i + 5, Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c), 5);
        if (a.length() > 2 || b.length() > 2 || (c.length() != 4 && c.length() != 2)) return Optional.empty();
        int year = c.length() == 2 ? YearReader.twoDigitYear(Integer.parseInt(c)) : Integer.parseInt(c);
        int first = Integer.parseInt(a), second = Integer.parseInt(b);
        // Day first is the Arabic convention; month first only when the day cannot be a month.
        if (second > 12 && first <= 12) return years.withEra(i + 5, year, first, second, 5);
        return years.withEra(i + 5, year, second, first, 5);
    }

    Optional<CalendarDate> dayFirstAt(int i) {
        Optional<Read> day = dayAt(i);
        if (day.isEmpty()) return Optional.empty();
        int j = i + day.get().tokens();
        if (j < tokens.size() && (tokens.get(j).isSymbol(',') || tokens.get(j).isSymbol('\u060C'))) j++;
        if (j < tokens.size() && DateLexicon.at(tokens, j, Category.CONNECTOR).isPresent() && !isMonthAt(j)) j++;
        if (j < tokens.size()
                && DateLexicon.at(tokens, j, Category.MONTH_MARKER).isPresent()
                && isMonthAt(j + 1)) j++;
        int skipped = j - i;
        return monthFirstAt(j, day.get().value()).map(d -> withTokens(d, d.tokenCount() + skipped));
    }

    private Optional<CalendarDate> monthFirstAt(int i, int day) {
        return monthAt(i, day, false).map(d -> withDirection(d, i + d.tokenCount()));
    }

    /** يونيو الماضي, مارس المقبل: a direction word right after a month that has no year. */
    private CalendarDate withDirection(CalendarDate d, int next) {
        if (d.year() != 0 || d.month() == 0 || next >= tokens.size()) return d;
        Optional<DateLexicon.Hit> direction = DateLexicon.at(tokens, next, Category.DIRECTION);
        int value = direction.map(h -> Integer.parseInt(h.value())).orElse(0);
        if (value == 0) return d;
        return new CalendarDate(d.calendar(), 0, d.month(), d.day(), value, d.tokenCount() + 1);
    }

    private Optional<CalendarDate> monthAt(int i, int day, boolean bareMonthAllowed) {
        if (i >= tokens.size()) return Optional.empty();
        boolean marked = DateLexicon.at(tokens, i, Category.MONTH_MARKER).isPresent();
        int m = marked ? i + 1 : i;
        if (m >= tokens.size()) return Optional.empty();
        if (marked) {
            Optional<CalendarDate> numbered = numberedMonthAt(i, m, day);
            if (numbered.isPresent()) return numbered;
        }
        Optional<DateLexicon.Hit> greg = DateLexicon.at(tokens, m, Category.MONTH);
        Optional<DateLexicon.Hit> hijri =
                greg.isPresent() ? Optional.empty() : DateLexicon.at(tokens, m, Category.HIJRI_MONTH);
        if (greg.isEmpty() && hijri.isEmpty()) return Optional.empty();
        Calendar calendar = greg.isPresent() ? Calendar.GREGORIAN : Calendar.HIJRI;
        DateLexicon.Hit hit = greg.orElseGet(hijri::get);
        int month = Integer.parseInt(hit.value());
        int j = skipSecondMonthName(m + hit.tokenCount(), calendar, month);
        if (day == 0 && !marked) {
            Optional<CalendarDate> monthDayYear = dayAndYearAfterMonthAt(i, j, calendar, month);
            if (monthDayYear.isPresent()) return monthDayYear;
        }
        int k = j;
        if (k < tokens.size() && (tokens.get(k).isSymbol(',') || tokens.get(k).isSymbol('\u060C'))) k++;
        Optional<Read> year = years.yearAfterMonth(k, calendar);
        if (year.isPresent())
            return years.withEra(
                    k + year.get().tokens(),
                    calendar,
                    year.get().value(),
                    month,
                    day,
                    k + year.get().tokens() - i);
        Optional<Read> relative = years.relativeYearAt(k);
        if (relative.isPresent())
            return Optional.of(new CalendarDate(
                    calendar,
                    relative.get().value(),
                    month,
                    day,
                    0,
                    true,
                    k + relative.get().tokens() - i));
        // A month name alone is too often an ordinary word (مارس "practised", آب "father"):
        // only a day or the word شهر makes it a date.
        if (day == 0 && !marked && !bareMonthAllowed && !directionAt(j)) return Optional.empty();
        return years.date(calendar, 0, month, day, j - i);
    }

    /** "شهر 3 2014", "شهر عشرة": a month by its number after شهر, with an optional year. */
    private Optional<CalendarDate> numberedMonthAt(int i, int m, int day) {
        Optional<Read> numbered = monthNumberAt(m);
        if (numbered.isEmpty()) return Optional.empty();
        int end = m + numbered.get().tokens();
        Optional<Read> year = years.yearAfterMonth(end, Calendar.GREGORIAN);
        if (year.isEmpty())
            return years.date(Calendar.GREGORIAN, 0, numbered.get().value(), day, end - i);
        int next = end + year.get().tokens();
        return years.withEra(
                next, Calendar.GREGORIAN, year.get().value(), numbered.get().value(), day, next - i);
    }

    /** "September 20, 2023": the day and the year after the month name. */
    private Optional<CalendarDate> dayAndYearAfterMonthAt(int i, int j, Calendar calendar, int month) {
        if (!number(j)) return Optional.empty();
        Optional<Read> day = dayAt(j);
        if (day.isEmpty()) return Optional.empty();
        int k = j + day.get().tokens();
        if (k < tokens.size() && (tokens.get(k).isSymbol(',') || tokens.get(k).isSymbol('\u060C'))) k++;
        Optional<Read> year = years.yearAt(k, calendar);
        if (year.isEmpty()) return Optional.empty();
        int next = k + year.get().tokens();
        return years.withEra(
                next, calendar, year.get().value(), month, day.get().value(), next - i);
    }

    /** "أيلول/سبتمبر", "أيلول (سبتمبر)": the same month named twice. */
    private int skipSecondMonthName(int j, Calendar calendar, int month) {
        if (calendar != Calendar.GREGORIAN || j >= tokens.size()) return j;
        boolean paren = tokens.get(j).isSymbol('(');
        if (!(paren || tokens.get(j).isSymbol('/') || tokens.get(j).isSymbol('-')) || j + 1 >= tokens.size()) return j;
        Optional<DateLexicon.Hit> second = DateLexicon.at(tokens, j + 1, Category.MONTH);
        if (second.isEmpty() || Integer.parseInt(second.get().value()) != month) return j;
        int end = j + 1 + second.get().tokenCount();
        return paren && end < tokens.size() && tokens.get(end).isSymbol(')') ? end + 1 : end;
    }

    Optional<CalendarDate> focusAt(int i) {
        Optional<DateLexicon.Hit> focus = DateLexicon.at(tokens, i, Category.FOCUS);
        if (focus.isEmpty() || i + 1 >= tokens.size()) return Optional.empty();
        int day = focusDay(focus.get().value());
        int j = i + focus.get().tokenCount();
        // "اليوم الأخير من شهر تشرين الأول": a preposition may stand between the focus and the month.
        if (j + 1 < tokens.size()
                && DateLexicon.at(tokens, j, Category.CONNECTOR).isPresent()
                && !isMonthAt(j)) j++;
        boolean marked = DateLexicon.at(tokens, j, Category.MONTH_MARKER).isPresent();
        if (!marked && !isMonthAt(j)) return Optional.empty();
        int start = j;
        return monthAt(j, 0, true)
                .filter(d -> d.day() == 0)
                .map(d -> new CalendarDate(
                        d.calendar(),
                        d.year(),
                        d.month(),
                        day,
                        d.direction(),
                        d.yearFromReference(),
                        d.tokenCount() + (start - i)));
    }

    /**
     * A day of the reference's month or a month counted from it: "الخامس من الشهر المقبل", "20 من
     * الشهر الماضي", "يوم 25 الشهر الجاي", "منتصف الشهر القادم", "نهاية الشهر الجاري", "12 من هذا
     * الشهر". The day is digits, an ordinal, a cardinal word or a focus word; من may stand between.
     */
    Optional<Part.MonthDay> monthDayAt(int i) {
        Optional<Read> day = relativeMonthDayAt(i);
        if (day.isEmpty()) return Optional.empty();
        int j = i + day.get().tokens();
        if (j < tokens.size() && tokens.get(j).form().equals(FROM)) j++;
        Optional<Read> month = relativeMonthAt(j, isFocus(i));
        int before = j - i;
        return month.map(m -> new Part.MonthDay(day.get().value(), m.value(), before + m.tokens()));
    }

    /** من, between a day and its month. */
    private static final String FROM = "\u0645\u0646";

    private Optional<Read> relativeMonthDayAt(int i) {
        if (i >= tokens.size()) return Optional.empty();
        Optional<DateLexicon.Hit> focus = DateLexicon.at(tokens, i, Category.FOCUS);
        if (focus.isPresent())
            return Optional.of(
                    new Read(focusDay(focus.get().value()), focus.get().tokenCount()));
        Optional<Read> day = dayAt(i);
        if (day.isPresent()) return day;
        return NumberWords.cardinalAt(tokens, i)
                .filter(m -> !m.vague()
                        && m.value().scale() <= 0
                        && m.value().intValue() >= 1
                        && m.value().intValue() <= 31)
                .map(m -> new Read(m.value().intValue(), m.tokenCount()));
    }

    /** "الشهر المقبل" (+1), "الشهر الجاري" (0), "الشهر الماضي" (-1), "هذا الشهر", "هالشهر": months from the reference's. */
    private Optional<Read> relativeMonthAt(int j, boolean focus) {
        if (j >= tokens.size()) return Optional.empty();
        // "10 الجاري", "العاشر من الجاري": الجاري alone is the current month in news Arabic.
        if (isCurrentAlone(j)) return Optional.of(new Read(0, 1));
        // "آخر الشهر", "منتصف الشهر": after a focus word الشهر alone is the current month.
        if (focus && isMonthPeriod(j) && !directionAt(j + 1)) return Optional.of(new Read(0, 1));
        if (isMonthPeriod(j)) {
            if (DateLexicon.withoutDemonstrative(tokens.get(j)).isPresent()) return Optional.of(new Read(0, 1));
            return j + 1 < tokens.size()
                    ? DateLexicon.at(tokens, j + 1, Category.DIRECTION)
                            .map(d -> new Read(Integer.parseInt(d.value()), 1 + d.tokenCount()))
                    : Optional.empty();
        }
        boolean thisMonth = DateLexicon.at(tokens, j, Category.DIRECTION)
                        .filter(d -> d.value().equals("0"))
                        .isPresent()
                && isMonthPeriod(j + 1);
        return thisMonth ? Optional.of(new Read(0, 2)) : Optional.empty();
    }

    private boolean isFocus(int i) {
        return DateLexicon.at(tokens, i, Category.FOCUS).isPresent();
    }

    /** الجاري, الجارية alone (not هذا): the current month after a day. */
    private boolean isCurrentAlone(int j) {
        return DateLexicon.at(tokens, j, Category.CURRENT_MONTH).isPresent();
    }

    private boolean isMonthPeriod(int j) {
        return j < tokens.size()
                && DateLexicon.at(tokens, j, Category.PERIOD)
                        .filter(p -> p.value().equals("MONTHS"))
                        .isPresent();
    }

    /** Day codes of a focus: a day number, -1 the last day, or a third of the month (see {@link Part.CalendarDate}). */
    private static int focusDay(String value) {
        return switch (value) {
            case "EARLY" -> Part.CalendarDate.EARLY;
            case "MIDDLE" -> Part.CalendarDate.MIDDLE;
            case "LATE" -> Part.CalendarDate.LATE;
            default -> Integer.parseInt(value);
        };
    }

    private static CalendarDate withTokens(CalendarDate d, int tokenCount) {
        return new CalendarDate(
                d.calendar(), d.year(), d.month(), d.day(), d.direction(), d.yearFromReference(), tokenCount);
    }

    /** A day of the month: 20, 20th, ٢٠, or a word ordinal (الأول). */
    Optional<Read> dayAt(int i) {
        if (i >= tokens.size()) return Optional.empty();
        if (number(i)) {
            if (form(i).length() > 2) return Optional.empty();
            int day = Integer.parseInt(form(i));
            if (day < 1 || day > 31) return Optional.empty();
            int used = 1;
            if (i + 1 < tokens.size()
                    && !tokens.get(i + 1).spaceBefore()
                    && ORDINAL_SUFFIXES.contains(tokens.get(i + 1).form())) used++;
            return Optional.of(new Read(day, used));
        }
        return ordinalDayAt(i);
    }

    /** A month by its number after شهر: "شهر 3", "شهر عشرة", "الشهر التاسع". */
    private Optional<Read> monthNumberAt(int m) {
        if (number(m)) {
            if (form(m).length() > 2) return Optional.empty();
            int month = Integer.parseInt(form(m));
            return month >= 1 && month <= 12 ? Optional.of(new Read(month, 1)) : Optional.empty();
        }
        Optional<NumberWords.Match> words = NumberWords.ordinalAt(tokens, m)
                .or(() -> NumberWords.cardinalAt(tokens, m).filter(c -> !c.vague()));
        return words.filter(w -> w.value().scale() <= 0
                        && w.value().intValue() >= 1
                        && w.value().intValue() <= 12)
                .map(w -> new Read(w.value().intValue(), w.tokenCount()));
    }

    private boolean directionAt(int j) {
        return j < tokens.size()
                && DateLexicon.at(tokens, j, Category.DIRECTION)
                        .filter(h -> !h.value().equals("0"))
                        .isPresent();
    }

    private boolean isMonthAt(int j) {
        return j < tokens.size()
                && (DateLexicon.at(tokens, j, Category.MONTH).isPresent()
                        || DateLexicon.at(tokens, j, Category.HIJRI_MONTH).isPresent());
    }

    private boolean number(int i) {
        return i < tokens.size() && tokens.get(i).isNumber();
    }

    private String form(int i) {
        return tokens.get(i).form();
    }
}
