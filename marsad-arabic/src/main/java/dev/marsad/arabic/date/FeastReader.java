package dev.marsad.arabic.date;

import dev.marsad.arabic.date.DateLexicon.Category;
import dev.marsad.arabic.number.Token;
import java.util.List;
import java.util.Optional;

/** Reads feasts and fixed days (عيد الأضحى, رأس السنة الهجرية 1445 هـ, عيد الميلاد 2020). */
final class FeastReader {

    private final List<Token> tokens;

    FeastReader(List<Token> tokens) {
        this.tokens = tokens;
    }

    Optional<Part> readAt(int i) {
        Optional<DateLexicon.Hit> hit = DateLexicon.at(tokens, i, Category.HOLIDAY);
        if (hit.isEmpty()) return Optional.empty();
        String[] value = hit.get().value().split(":");
        Part.Calendar calendar = value[0].equals("H") ? Part.Calendar.HIJRI : Part.Calendar.GREGORIAN;
        int month = Integer.parseInt(value[1]), day = Integer.parseInt(value[2]);
        int j = i + hit.get().tokenCount();
        int marker = j < tokens.size()
                        && DateLexicon.at(tokens, j, Category.YEAR_MARKER).isPresent()
                ? 1
                : 0;
        int y = j + marker;
        if (y < tokens.size()
                && tokens.get(y).isNumber()
                && tokens.get(y).form().length() == 4) {
            int year = Integer.parseInt(tokens.get(y).form());
            boolean hijriEra = y + 1 < tokens.size()
                    && DateLexicon.at(tokens, y + 1, Category.ERA)
                            .filter(e -> e.value().equals("HIJRI"))
                            .isPresent();
            Part.Calendar yearCalendar =
                    hijriEra || year < YearReader.MIN_YEAR ? Part.Calendar.HIJRI : Part.Calendar.GREGORIAN;
            return Optional.of(
                    new Part.Holiday(calendar, month, day, year, yearCalendar, y + 1 - i + (hijriEra ? 1 : 0)));
        }
        return Optional.of(new Part.Holiday(calendar, month, day, 0, calendar, j - i));
    }
}
