package dev.marsad.arabic.date;

import dev.marsad.arabic.date.DateLexicon.Category;
import dev.marsad.arabic.date.Part.Time;
import dev.marsad.arabic.date.Part.Zone;
import dev.marsad.arabic.number.NumberWords;
import dev.marsad.arabic.number.Token;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Reads clock times and time zones: {@code 10:30 ص}, {@code 14:05}, {@code الساعة العاشرة
 * صباحاً}, {@code الساعة 9 مساء}, {@code العاشرة والنصف}, {@code 10am}; {@code GMT}, {@code
 * بتوقيت مكة المكرمة}, {@code ت.غ}, {@code +03:00}, {@code GMT+3}.
 */
final class ClockReader {

    /** Hours of a 12-hour clock; a daypart moves 1..11 PM forward by this much. */
    static final int HALF_DAY = 12;
    /** Night hours up to this one are after midnight (الثانية ليلاً = 02:00), later ones evening. */
    static final int LAST_SMALL_HOUR_OF_NIGHT = 4;
    /** Noon hours below this one are after noon (الواحدة ظهراً = 13:00); 11 and 12 stay. */
    static final int FIRST_MORNING_HOUR_AT_NOON = 11;
    /** The abbreviation ت.غ ("Greenwich time"), folded: teh, dot, ghain. */
    private static final String TEH = "\u062A";

    private static final String GHAIN = "\u063A";
    /** The conjunction و written apart ("و 18 دقيقة"). */
    private static final String WAW = "\u0648";

    private final List<Token> tokens;

    ClockReader(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** A clock time starting at index, or empty. */
    Optional<Time> timeAt(int i) {
        boolean marker = DateLexicon.at(tokens, i, Category.HOUR_MARKER).isPresent();
        int j = marker ? i + 1 : i;
        if (j >= tokens.size()) return Optional.empty();
        int extra = marker ? 1 : 0;
        Optional<Time> digits = digitalAt(j);
        if (digits.isPresent())
            return Optional.of(withDaypart(digits.get(), j + digits.get().tokenCount(), extra));
        Optional<Time> spoken = spokenHourAt(j, marker);
        if (spoken.isEmpty()) return Optional.empty();
        Time t = withDaypart(spoken.get(), j + spoken.get().tokenCount(), extra);
        // An ordinal alone (الثالثة) is no time; with a part of the day (الثالثة فجراً) or after
        // عند / تمام ("at", عند الثامنة) it is.
        boolean atHour =
                i > 0 && DateLexicon.at(tokens, i - 1, Category.HOUR_LEAD).isPresent();
        return marker || atHour || t.tokenCount() > spoken.get().tokenCount() ? Optional.of(t) : Optional.empty();
    }

    /** 14:05, 10:30:15, or an hour followed by a daypart or am/pm (9 مساءً, 10am). */
    private Optional<Time> digitalAt(int i) {
        if (!number(i) || tokens.get(i).form().length() > 2) return Optional.empty();
        String h = tokens.get(i).form();
        int hour = Integer.parseInt(h);
        if (hour > 24) return Optional.empty();
        // 00..09 written with a leading zero, and 0 or 12..23, are read on a 24-hour clock.
        boolean known = hour == 0 || hour >= HALF_DAY || h.length() == 2 && h.charAt(0) == '0';
        if ((symbolAt(i + 1, ':') || isHourLetter(i + 1))
                && number(i + 2)
                && tokens.get(i + 2).form().length() == 2
                && !tokens.get(i + 2).spaceBefore()) {
            int minute = Integer.parseInt(tokens.get(i + 2).form());
            if (minute > 59) return Optional.empty();
            if (symbolAt(i + 3, ':')
                    && number(i + 4)
                    && tokens.get(i + 4).form().length() == 2) {
                int second = Integer.parseInt(tokens.get(i + 4).form());
                if (second > 59) return Optional.empty();
                return Optional.of(new Time(hour % 24, minute, second, ChronoUnit.SECONDS, known, 5));
            }
            return Optional.of(new Time(hour % 24, minute, 0, ChronoUnit.MINUTES, known, 3));
        }
        if (hour >= 1 && hour <= HALF_DAY && i + 1 < tokens.size() && isSpelledDaypart(i + 1))
            return Optional.of(new Time(hour, 0, 0, ChronoUnit.HOURS, false, 1));
        return Optional.empty();
    }

    /**
     * An hour in words (الواحدة … الثانية عشرة), or after الساعة also a cardinal or digits, then
     * minutes: والنصف / إلا ربعاً, or "و18 دقيقة", "وخمس وأربعون دقيقة".
     */
    private Optional<Time> spokenHourAt(int i, boolean afterMarker) {
        Optional<NumberWords.Match> hourWord = NumberWords.ordinalAt(tokens, i);
        if (hourWord.isEmpty() && afterMarker)
            hourWord = NumberWords.cardinalAt(tokens, i).filter(m -> !m.vague());
        if (hourWord.isEmpty()) return Optional.empty();
        int hour = hourWord.get().value().intValue();
        if (hourWord.get().value().scale() > 0 || hour < 0 || hour > 24) return Optional.empty();
        boolean known = hour == 0 || hour >= HALF_DAY;
        int j = i + hourWord.get().tokenCount();
        Optional<DateLexicon.Hit> part =
                j < tokens.size() ? DateLexicon.at(tokens, j, Category.MINUTES_PART) : Optional.empty();
        if (part.isPresent()) {
            int minutes = Integer.parseInt(part.get().value());
            int h = minutes < 0 ? (hour + 23) % 24 : hour % 24;
            return Optional.of(new Time(
                    h,
                    (minutes + 60) % 60,
                    0,
                    ChronoUnit.MINUTES,
                    known,
                    j - i + part.get().tokenCount()));
        }
        Optional<NumberWords.Match> minutes = minutesAt(j);
        if (minutes.isPresent()) {
            int used = minutes.get().tokenCount();
            return Optional.of(
                    new Time(hour % 24, minutes.get().value().intValue(), 0, ChronoUnit.MINUTES, known, j - i + used));
        }
        return Optional.of(new Time(hour % 24, 0, 0, ChronoUnit.HOURS, known, j - i));
    }

    /** "و18 دقيقة", "و 18 دقيقة", "وثمانية عشر دقيقة": the minutes and every token they span, unit included. */
    private Optional<NumberWords.Match> minutesAt(int j) {
        int k = j;
        if (k < tokens.size() && tokens.get(k).form().equals(WAW)) k++;
        if (k >= tokens.size()) return Optional.empty();
        Optional<NumberWords.Match> count = NumberWords.cardinalAt(tokens, k)
                .filter(m -> !m.vague() && m.value().scale() <= 0 && m.value().intValue() < 60);
        if (count.isEmpty()) return Optional.empty();
        int unit = k + count.get().tokenCount();
        Optional<DateLexicon.Hit> minute =
                unit < tokens.size() ? DateLexicon.at(tokens, unit, Category.UNIT) : Optional.empty();
        if (minute.isEmpty() || !minute.get().value().startsWith("MINUTES")) return Optional.empty();
        return Optional.of(new NumberWords.Match(count.get().value(), unit + 1 - j, false));
    }

    private Time withDaypart(Time t, int j, int extraTokens) {
        Optional<DateLexicon.Hit> daypart =
                j < tokens.size() ? DateLexicon.at(tokens, j, Category.DAYPART) : Optional.empty();
        if (daypart.isEmpty()) daypart = periodOfDayAt(j);
        int hour = daypart.isPresent() ? shift(t.hour(), daypart.get().value()) : t.hour();
        int used = t.tokenCount()
                + extraTokens
                + daypart.map(DateLexicon.Hit::tokenCount).orElse(0);
        return new Time(hour, t.minute(), t.second(), t.grain(), t.halfDayKnown() || daypart.isPresent(), used);
    }

    /**
     * "من مساء", "مساء", "عصر": a part of a named day after an hour, with or without من (الساعة
     * السابعة من مساء الخميس = 19:00, الثالثة عصر يوم الخميس = 15:00), as a daypart spanning its
     * tokens. The day itself is read as the next part.
     */
    private Optional<DateLexicon.Hit> periodOfDayAt(int j) {
        if (j >= tokens.size()) return Optional.empty();
        int from = tokens.get(j).form().equals(FROM) ? 1 : 0;
        if (j + from >= tokens.size()) return Optional.empty();
        return DateLexicon.at(tokens, j + from, Category.DAY_PERIOD).map(p -> {
            int start = Integer.parseInt(p.value().split(":")[0]);
            String half = start < NOON ? "AM" : start == NOON ? "NOON" : "PM";
            return new DateLexicon.Hit(Category.DAYPART, half, from + p.tokenCount());
        });
    }

    /** من, before a part of the day. */
    private static final String FROM = "\u0645\u0646";
    /** The hour a part of the day starting at it is noon (ظهر). */
    private static final int NOON = 12;

    private static int shift(int hour, String daypart) {
        return switch (daypart) {
            case "AM" -> hour == HALF_DAY ? 0 : hour;
            case "PM" -> hour < HALF_DAY ? hour + HALF_DAY : hour;
            case "NOON" -> hour < FIRST_MORNING_HOUR_AT_NOON ? hour + HALF_DAY : hour;
            case "NIGHT" ->
                hour <= LAST_SMALL_HOUR_OF_NIGHT || hour == HALF_DAY
                        ? hour % HALF_DAY
                        : hour < HALF_DAY ? hour + HALF_DAY : hour;
            default -> throw new IllegalStateException("unknown daypart in calendar-words.tsv: " + daypart);
        };
    }

    /** A daypart spelled out (صباحاً, مساءً, am, pm); the one-letter ص and م are too ambiguous after a bare number. */
    private boolean isSpelledDaypart(int i) {
        Optional<DateLexicon.Hit> hit = DateLexicon.at(tokens, i, Category.DAYPART);
        return hit.isPresent() && tokens.get(i).form().length() > 1;
    }

    /** A time zone starting at index, or empty. */
    Optional<Zone> zoneAt(int i) {
        if (i >= tokens.size()) return Optional.empty();
        boolean marker = DateLexicon.at(tokens, i, Category.ZONE_MARKER).isPresent();
        int j = marker ? i + 1 : i;
        if (j >= tokens.size()) return Optional.empty();
        if (isGreenwichAbbreviation(j)) return Optional.of(new Zone(ZoneOffset.UTC, j - i + 3));
        Optional<DateLexicon.Hit> name = DateLexicon.at(tokens, j, Category.ZONE);
        if (name.isPresent()) {
            boolean latin = tokens.get(j).form().chars().allMatch(c -> c < 128);
            if (!marker && !latin) return Optional.empty();
            int end = j + name.get().tokenCount();
            Optional<ZoneOffset> offset = latin ? offsetAt(end) : Optional.empty();
            if (offset.isPresent()) return Optional.of(new Zone(offset.get(), end - i + offsetTokens(end)));
            return Optional.of(new Zone(ZoneId.of(name.get().value()).normalized(), end - i));
        }
        // A bare offset must be glued to the time before it (14:05+03:00); "2023 - 10:30" is a dash.
        if (marker || tokens.get(j).spaceBefore()) return Optional.empty();
        return offsetAt(j).map(o -> new Zone(o, offsetTokens(j)));
    }

    /** ت.غ written with a dot or a space between the letters. */
    private boolean isGreenwichAbbreviation(int j) {
        return j + 2 < tokens.size()
                && tokens.get(j).form().equals(TEH)
                && tokens.get(j + 1).isSymbol('.')
                && tokens.get(j + 2).form().equals(GHAIN);
    }

    /** +03:00, +3, -0500 right after a zone name or a time. */
    private Optional<ZoneOffset> offsetAt(int i) {
        if (!(symbolAt(i, '+') || symbolAt(i, '-') || symbolAt(i, '\u2212')) || !number(i + 1)) return Optional.empty();
        int sign = symbolAt(i, '+') ? 1 : -1;
        String h = tokens.get(i + 1).form();
        try {
            if (symbolAt(i + 2, ':') && number(i + 3)) {
                // hh:mm only: a longer run of digits is not an offset (and would overflow an int)
                String m = tokens.get(i + 3).form();
                if (h.length() > 2 || m.length() != 2) return Optional.empty();
                return Optional.of(ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(h), sign * Integer.parseInt(m)));
            }
            if (h.length() == 4)
                return Optional.of(ZoneOffset.ofHoursMinutes(
                        sign * Integer.parseInt(h.substring(0, 2)), sign * Integer.parseInt(h.substring(2))));
            if (h.length() <= 2) return Optional.of(ZoneOffset.ofHours(sign * Integer.parseInt(h)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private int offsetTokens(int i) {
        return symbolAt(i + 2, ':') && number(i + 3) ? 4 : 2;
    }

    /** The h of the Maghreb's "18h00", glued to both numbers. */
    private boolean isHourLetter(int i) {
        return i < tokens.size()
                && !tokens.get(i).spaceBefore()
                && tokens.get(i).form().equals(HOUR_LETTER);
    }

    private static final String HOUR_LETTER = "h";

    private boolean number(int i) {
        return i < tokens.size() && tokens.get(i).isNumber();
    }

    private boolean symbolAt(int i, char c) {
        return i < tokens.size() && tokens.get(i).isSymbol(c);
    }
}
