package dev.marsad.arabic.date;

import dev.marsad.arabic.date.CalendarReader.Read;
import dev.marsad.arabic.date.DateLexicon.Category;
import dev.marsad.arabic.date.Part.Calendar;
import dev.marsad.arabic.date.Part.CalendarDate;
import dev.marsad.arabic.number.Token;
import java.util.List;
import java.util.Optional;

/**
 * Reads years and finishes dates with them: four-digit years with or without عام/سنة, an era after
 * them (هـ, م), years relative to the reference (العام المقبل), and the range checks every date
 * passes before it becomes a part.
 */
final class YearReader {

    /** Years accepted as Gregorian when written with four digits and no era. */
    static final int MIN_YEAR = 1800;

    static final int MAX_YEAR = 2200;
    /** Years of the Umm al-Qura calendar that java.time's HijrahDate converts. */
    static final int MIN_HIJRI_YEAR = 1300;

    static final int MAX_HIJRI_YEAR = 1600;
    /** Two-digit years up to this one are 20xx, later ones 19xx (numeric dates like 20/9/23). */
    static final int TWO_DIGIT_YEAR_PIVOT = 69;

    private final List<Token> tokens;

    YearReader(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** A year alone, marked by عام/سنة before it or an era after it: "عام 2015", "1445 هـ". */
    Optional<CalendarDate> markedYearAt(int i) {
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

    /** A Gregorian date finished by an era word at {@code next}, if there is one. */
    Optional<CalendarDate> withEra(int next, int year, int month, int day, int tokensSoFar) {
        return withEra(next, Calendar.GREGORIAN, year, month, day, tokensSoFar);
    }

    /** Applies a following era word (هـ turns the date Hijri) and counts it into the span. */
    Optional<CalendarDate> withEra(int next, Calendar calendar, int year, int month, int day, int tokensSoFar) {
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

    Optional<CalendarDate> date(Calendar calendar, int year, int month, int day, int tokenCount) {
        if (month < 0 || month > 12 || day < -1 || day > (calendar == Calendar.HIJRI ? 30 : 31))
            return Optional.empty();
        if (year != 0 && calendar == Calendar.GREGORIAN && (year < MIN_YEAR || year > MAX_YEAR)) {
            if (year < MIN_HIJRI_YEAR || year > MAX_HIJRI_YEAR) return Optional.empty();
        }
        return Optional.of(new CalendarDate(calendar, year, month, day, 0, tokenCount));
    }

    /** A year of the given calendar: four digits, or a year marker and four digits. */
    Optional<Read> yearAt(int i, Calendar calendar) {
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

    /** The year after a month: "2014", "عام 2014", or with a preposition: "من عام 2014", "في سنة 2014". */
    Optional<Read> yearAfterMonth(int k, Calendar calendar) {
        Optional<Read> year = yearAt(k, calendar);
        if (year.isPresent() || k + 1 >= tokens.size()) return year;
        if (DateLexicon.at(tokens, k, Category.CONNECTOR).isEmpty()
                || DateLexicon.at(tokens, k + 1, Category.YEAR_MARKER).isEmpty()) return Optional.empty();
        return yearAt(k + 1, calendar).map(r -> new Read(r.value(), r.tokens() + 1));
    }

    /** "العام المقبل", "من العام الماضي", "هذا العام" after a month: the year as an offset from the reference's. */
    Optional<Read> relativeYearAt(int k) {
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

    static int twoDigitYear(int yy) {
        return yy <= TWO_DIGIT_YEAR_PIVOT ? 2000 + yy : 1900 + yy;
    }

    private boolean number(int i) {
        return i < tokens.size() && tokens.get(i).isNumber();
    }

    private String form(int i) {
        return tokens.get(i).form();
    }
}
