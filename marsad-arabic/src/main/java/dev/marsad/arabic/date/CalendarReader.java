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

    /** Years accepted as Gregorian when written with four digits and no era. */
    static final int MIN_YEAR = 1800;

    static final int MAX_YEAR = 2200;
    /** Years of the Umm al-Qura calendar that java.time's HijrahDate converts. */
    static final int MIN_HIJRI_YEAR = 1300;

    static final int MAX_HIJRI_YEAR = 1600;
    /** Two-digit years up to this one are 20xx, later ones 19xx (numeric dates like 20/9/23). */
    static final int TWO_DIGIT_YEAR_PIVOT = 69;
    /** English ordinal suffixes glued to a day number: 20th, 1st, 2nd, 3rd. */
    private static final List<String> ORDINAL_SUFFIXES = List.of("st", "nd", "rd", "th");

    private final List<Token> tokens;

    CalendarReader(List<Token> tokens) {
        this.tokens = tokens;
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
        return markedYearAt(i);
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

    private Optional<CalendarDate> numericAt(int i) {
        if (!number(i) || i + 2 >= tokens.size()) return Optional.empty();
        Token sep = tokens.get(i + 1);
        if (!(sep.isSymbol('/') || sep.isSymbol('-') || sep.isSymbol('.')) || !number(i + 2)) return Optional.empty();
        String a = form(i), b = form(i + 2);
        boolean three = i + 4 < tokens.size() && tokens.get(i + 3).form().equals(sep.form()) && number(i + 4);
        if (!three) {
            if (sep.isSymbol('/') && a.length() <= 2 && b.length() == 4)
                return date(Calendar.GREGORIAN, Integer.parseInt(b), Integer.parseInt(a), 0, 3);
            return Optional.empty();
        }
        if (i + 5 < tokens.size() && tokens.get(i + 5).form().equals(sep.form()) && number(i + 6))
            return Optional.empty();
        String c = form(i + 4);
        if (a.length() == 4 && b.length() <= 2 && c.length() <= 2)
            return withEra(i + 5, Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c), 5);
        if (a.length() > 2 || b.length() > 2 || (c.length() != 4 && c.length() != 2)) return Optional.empty();
        int year = c.length() == 2 ? twoDigitYear(Integer.parseInt(c)) : Integer.parseInt(c);
        int first = Integer.parseInt(a), second = Integer.parseInt(b);
        // Day first is the Arabic convention; month first only when the day cannot be a month.
        if (second > 12 && first <= 12) return withEra(i + 5, year, first, second, 5);
        return withEra(i + 5, year, second, first, 5);
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
            Optional<Read> numbered = monthNumberAt(m);
            if (numbered.isPresent()) {
                int end = m + numbered.get().tokens();
                Optional<Read> year = yearAfterMonth(end, Calendar.GREGORIAN);
                if (year.isPresent())
                    return withEra(
                            end + year.get().tokens(),
                            Calendar.GREGORIAN,
                            year.get().value(),
                            numbered.get().value(),
                            day,
                            end + year.get().tokens() - i);
                return date(Calendar.GREGORIAN, 0, numbered.get().value(), day, end - i);
            }
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
            Optional<Read> trailingDay = dayAt(j).filter(d -> j < tokens.size() && number(j));
            if (trailingDay.isPresent()) {
                int k = j + trailingDay.get().tokens();
                if (k < tokens.size()
                        && (tokens.get(k).isSymbol(',') || tokens.get(k).isSymbol('\u060C'))) k++;
                Optional<Read> year = yearAt(k, calendar);
                if (year.isPresent())
                    return withEra(
                            k + year.get().tokens(),
                            calendar,
                            year.get().value(),
                            month,
                            trailingDay.get().value(),
                            k + year.get().tokens() - i);
            }
        }
        int k = j;
        if (k < tokens.size() && (tokens.get(k).isSymbol(',') || tokens.get(k).isSymbol('\u060C'))) k++;
        Optional<Read> year = yearAfterMonth(k, calendar);
        if (year.isPresent())
            return withEra(
                    k + year.get().tokens(),
                    calendar,
                    year.get().value(),
                    month,
                    day,
                    k + year.get().tokens() - i);
        Optional<Read> relative = relativeYearAt(k);
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
        return date(calendar, 0, month, day, j - i);
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

    /** Day codes of a focus: a day number, -1 the last day, or a third of the month (see {@link Part.CalendarDate}). */
    private static int focusDay(String value) {
        return switch (value) {
            case "EARLY" -> Part.CalendarDate.EARLY;
            case "MIDDLE" -> Part.CalendarDate.MIDDLE;
            case "LATE" -> Part.CalendarDate.LATE;
            default -> Integer.parseInt(value);
        };
    }

    private Optional<CalendarDate> markedYearAt(int i) {
        if (DateLexicon.at(tokens, i, Category.YEAR_MARKER).isPresent()) {
            Optional<Read> year = yearAt(i + 1, Calendar.GREGORIAN);
            if (year.isPresent())
                return withEra(
                        i + 1 + year.get().tokens(),
                        Calendar.GREGORIAN,
                        year.get().value(),
                        0,
                        0,
                        1 + year.get().tokens());
        }
        if (number(i) && form(i).length() == 4 && i + 1 < tokens.size()) {
            Optional<DateLexicon.Hit> era = DateLexicon.at(tokens, i + 1, Category.ERA);
            if (era.isPresent()) {
                Calendar calendar = era.get().value().equals("HIJRI") ? Calendar.HIJRI : Calendar.GREGORIAN;
                return date(calendar, Integer.parseInt(form(i)), 0, 0, 2);
            }
        }
        return Optional.empty();
    }

    private Optional<CalendarDate> withEra(int next, int year, int month, int day, int tokensSoFar) {
        return withEra(next, Calendar.GREGORIAN, year, month, day, tokensSoFar);
    }

    /** Applies a following era word (هـ turns the date Hijri) and counts it into the span. */
    private Optional<CalendarDate> withEra(int next, Calendar calendar, int year, int month, int day, int tokensSoFar) {
        if (next < tokens.size()) {
            Optional<DateLexicon.Hit> era = DateLexicon.at(tokens, next, Category.ERA);
            if (era.isPresent()) {
                Calendar c = era.get().value().equals("HIJRI") ? Calendar.HIJRI : Calendar.GREGORIAN;
                if (c == Calendar.GREGORIAN && calendar == Calendar.HIJRI)
                    return date(calendar, year, month, day, tokensSoFar);
                return date(c, year, month, day, tokensSoFar + era.get().tokenCount());
            }
        }
        // 20-02-1445: a year of this range is a Hijri year in today's texts.
        boolean hijriYear = year >= MIN_HIJRI_YEAR && year <= MAX_HIJRI_YEAR && year < MIN_YEAR;
        return date(hijriYear ? Calendar.HIJRI : calendar, year, month, day, tokensSoFar);
    }

    private Optional<CalendarDate> date(Calendar calendar, int year, int month, int day, int tokenCount) {
        if (month < 0 || month > 12 || day < -1 || day > (calendar == Calendar.HIJRI ? 30 : 31))
            return Optional.empty();
        if (year != 0 && calendar == Calendar.GREGORIAN && (year < MIN_YEAR || year > MAX_YEAR)) {
            if (year < MIN_HIJRI_YEAR || year > MAX_HIJRI_YEAR) return Optional.empty();
        }
        return Optional.of(new CalendarDate(calendar, year, month, day, 0, tokenCount));
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

    /** A year of the given calendar: four digits, or a year marker and four digits. */
    private Optional<Read> yearAt(int i, Calendar calendar) {
        if (i >= tokens.size()) return Optional.empty();
        int marker = DateLexicon.at(tokens, i, Category.YEAR_MARKER).isPresent() ? 1 : 0;
        int y = i + marker;
        if (!number(y) || form(y).length() != 4) return Optional.empty();
        if (y + 1 < tokens.size()
                && !tokens.get(y + 1).spaceBefore()
                && tokens.get(y + 1).isSymbol(':')) return Optional.empty();
        int year = Integer.parseInt(form(y));
        boolean ok = calendar == Calendar.HIJRI
                ? year >= MIN_HIJRI_YEAR && year <= MAX_HIJRI_YEAR
                : year >= MIN_YEAR && year <= MAX_YEAR;
        return ok ? Optional.of(new Read(year, marker + 1)) : Optional.empty();
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

    /** The year after a month: "2014", "عام 2014", or with a preposition: "من عام 2014", "في سنة 2014". */
    private Optional<Read> yearAfterMonth(int k, Calendar calendar) {
        Optional<Read> year = yearAt(k, calendar);
        if (year.isPresent() || k + 1 >= tokens.size()) return year;
        if (DateLexicon.at(tokens, k, Category.CONNECTOR).isEmpty()
                || DateLexicon.at(tokens, k + 1, Category.YEAR_MARKER).isEmpty()) return Optional.empty();
        return yearAt(k + 1, calendar).map(r -> new Read(r.value(), r.tokens() + 1));
    }

    /** "العام المقبل", "من العام الماضي", "هذا العام" after a month: the year as an offset from the reference's. */
    private Optional<Read> relativeYearAt(int k) {
        int p = k < tokens.size()
                        && DateLexicon.at(tokens, k, Category.CONNECTOR).isPresent()
                ? k + 1
                : k;
        if (p + 1 >= tokens.size()) return Optional.empty();
        Optional<DateLexicon.Hit> before = DateLexicon.at(tokens, p, Category.DIRECTION);
        if (before.isPresent() && before.get().value().equals("0") && isYearPeriod(p + 1))
            return Optional.of(new Read(0, p + 2 - k));
        if (!isYearPeriod(p)) return Optional.empty();
        return DateLexicon.at(tokens, p + 1, Category.DIRECTION)
                .map(d -> new Read(Integer.parseInt(d.value()), p + 2 - k));
    }

    private boolean isYearPeriod(int p) {
        return DateLexicon.at(tokens, p, Category.PERIOD)
                .filter(h -> h.value().equals("YEARS"))
                .isPresent();
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

    private static int twoDigitYear(int yy) {
        return yy <= TWO_DIGIT_YEAR_PIVOT ? 2000 + yy : 1900 + yy;
    }
}
