package dev.marsad.arabic.date;

import dev.marsad.arabic.date.DateLexicon.Category;
import dev.marsad.arabic.number.Token;
import dev.marsad.arabic.number.TokenScanner;
import dev.marsad.arabic.text.AnalyzedText;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds date and time expressions in Arabic (and mixed Arabic/English) running text and resolves
 * them against a reference instant, usually the publication time.
 *
 * <p>Reads Gregorian months in their Egyptian/Gulf, Levantine/Iraqi and Maghreb names, English
 * months, Hijri months (converted with the Umm al-Qura calendar), numeric dates, weekdays,
 * relative days and periods (أمس، أول أمس، الأسبوع الماضي، الخميس المقبل), counted shifts (منذ
 * ثلاثة أيام، قبل ساعتين), clock times (الساعة العاشرة صباحاً، 10:30 ص) and zones (بتوقيت مكة،
 * GMT). Parts written next to each other form one mention: {@code "أمس الثلاثاء الموافق 19
 * سبتمبر"} is one mention of 2023-09-19 whose weekday is checked. Diacritics, tatweel, alef and
 * hamza forms, ى/ي, ة/ه, Eastern digits and the proclitics و ف ب ل ك are tolerated.
 *
 * <p>Example, reference 2023-09-20T00:00Z: {@code "غدًا الخميس الموافق 21 سبتمبر 2023"} → one
 * mention, 2023-09-21, grain DAY, weekday CONSISTENT.
 *
 * <p>Thread-safe and stateless apart from its bias; one pass over the tokens.
 */
public final class ArabicDateFinder {

    /** Connectors allowed in a row between two parts of one mention ("، يوم"). */
    static final int MAX_CONNECTORS_IN_A_ROW = 2;
    /** Symbols that may sit between parts of one mention: commas, dashes, brackets, bars. */
    private static final String CONNECTOR_SYMBOLS = ",\u060C-\u2013\u2014|()[]/";

    private final Bias bias;

    /** A finder that resolves incomplete dates to the nearest occurrence ({@link Bias#NEAREST}). */
    public ArabicDateFinder() {
        this(Bias.NEAREST);
    }

    /** A finder with the given way of completing incomplete dates. */
    public ArabicDateFinder(Bias bias) {
        this.bias = Objects.requireNonNull(bias, "bias");
    }

    /**
     * Finds and resolves the date expressions of a text.
     *
     * @param text any string (empty, huge, malformed); never null
     * @param reference the instant relative expressions count from, in the zone that dates
     *     without a stated zone are read in
     * @return the mentions in text order, not overlapping; expressions that cannot be resolved
     *     (an invalid day such as 31 فبراير) are left out
     */
    public List<DateMention> find(String text, ZonedDateTime reference) {
        Objects.requireNonNull(text, "text");
        return find(AnalyzedText.of(text), reference);
    }

    /**
     * {@link #find(String, ZonedDateTime)} on a text analysed already (its tokens are read, not
     * made again).
     *
     * @throws NullPointerException if an argument is null
     */
    public List<DateMention> find(AnalyzedText text, ZonedDateTime reference) {
        Objects.requireNonNull(reference, "reference");
        return scan(text, new MentionResolver(Optional.of(reference), bias, reference.getZone()));
    }

    /**
     * Finds only the expressions that need no reference: complete dates, with their time and zone
     * when written ({@code "20th, September 2023 GMT"}); "أمس" or "15 أغسطس" are left out.
     *
     * @param text any string; never null
     * @param zone the zone of dates that state none
     */
    public List<DateMention> findAbsolute(String text, ZoneId zone) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(zone, "zone");
        return scan(AnalyzedText.of(text), new MentionResolver(Optional.empty(), bias, zone));
    }

    private static List<DateMention> scan(AnalyzedText analyzed, MentionResolver resolver) {
        Objects.requireNonNull(analyzed, "text");
        String text = analyzed.text();
        List<Token> tokens = new WordView(TokenScanner.scan(analyzed));
        PartReader reader = new PartReader(tokens);
        TenseReader tenses = new TenseReader(tokens);
        List<DateMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            List<Part> parts = new ArrayList<>();
            int end = readRun(reader, tokens, i, parts);
            int i0 = i;
            if (parts.isEmpty()) {
                i++;
                continue;
            }
            Optional<MentionResolver.Resolved> resolved = resolver.resolve(parts, () -> tenses.around(i0, end));
            if (resolved.isPresent()) {
                int from = skipProclitics(text, tokens.get(i)),
                        to = tokens.get(end - 1).end();
                MentionResolver.Resolved r = resolved.get();
                mentions.add(
                        new DateMention(text.substring(from, to), from, to, r.from(), r.until(), r.grain(), r.check()));
            }
            i = end;
        }
        return List.copyOf(mentions);
    }

    /** The start of a mention without the conjunction or preposition glued to it ("وبعد" → "بعد"). */
    private static int skipProclitics(String text, Token first) {
        int letters = DateLexicon.procliticLength(first);
        int at = first.start();
        while (letters > 0 && at < first.end()) {
            if (Character.isLetter(text.charAt(at))) letters--;
            at++;
        }
        while (at < first.end() && !Character.isLetterOrDigit(text.charAt(at))) at++;
        return at < first.end() ? at : first.start();
    }

    /**
     * Reads parts from index into {@code parts}; returns the token index after the last part.
     * Parts join while each fills a free slot, with at most {@link #MAX_CONNECTORS_IN_A_ROW}
     * connectors between them, except across a boundary between two mentions (see {@link
     * #startsAnotherMention}). A clock time after a part of the day takes its half of the day
     * ("مساء الأربعاء … الساعة السابعة" is 19:00).
     */
    private static int readRun(PartReader reader, List<Token> tokens, int start, List<Part> parts) {
        Set<Part.Slot> filled = EnumSet.noneOf(Part.Slot.class);
        int j = start, end = start, connectors = 0;
        boolean comma = false;
        while (j < tokens.size()) {
            if (!parts.isEmpty() && startsWithConjunction(tokens, j)) break;
            Optional<Part> part = reader.readAt(j, filled);
            if (part.isPresent() && !parts.isEmpty() && startsAnotherMention(part.get(), comma)) break;
            Optional<Part> timeInPeriod = part.flatMap(p -> timeWithinPeriod(parts, p));
            if (timeInPeriod.isPresent()) {
                parts.replaceAll(p -> p instanceof Part.DayPeriod ? timeInPeriod.get() : p);
                j += part.get().tokenCount();
                end = j;
                connectors = 0;
                comma = false;
            } else if (part.isPresent() && !filled.contains(part.get().slot())) {
                parts.add(part.get());
                filled.add(part.get().slot());
                j += part.get().tokenCount();
                end = j;
                connectors = 0;
                comma = false;
            } else if (!parts.isEmpty() && connectors < MAX_CONNECTORS_IN_A_ROW && isConnector(tokens, j)) {
                comma |= isComma(tokens.get(j));
                j++;
                connectors++;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * Whether a part begins a mention of its own rather than adding to the one being read: after
     * a comma, an expression that counts from the reference by itself (a relative day, now, a
     * shift, a period, a stretch) is another mention ("غداً الخميس، بعد أسبوعين"); a calendar
     * date, a weekday, a time or a zone after a comma still belongs to the mention
     * ("الأربعاء، 20 سبتمبر 2023، الساعة العاشرة").
     */
    static boolean startsAnotherMention(Part part, boolean afterComma) {
        if (!afterComma) return false;
        return switch (part) {
            case Part.DayShift d -> true;
            case Part.Now n -> true;
            case Part.Shift s -> true;
            case Part.Period p -> true;
            case Part.Stretch s -> true;
            default -> false;
        };
    }

    /**
     * Whether the token at j begins with the conjunction و, alone or glued (وبعد، و غداً): "and"
     * between two date expressions joins two mentions, never two parts of one ("أمس واليوم"). The
     * و of "والنصف" or "و18 دقيقة" is read inside a clock time and never reaches here.
     */
    static boolean startsWithConjunction(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (!t.isWord() || t.form().charAt(0) != WAW) return false;
        return t.form().length() == 1 || DateLexicon.procliticLength(t) > 0;
    }

    /** و, the conjunction. */
    private static final char WAW = '\u0648';

    private static boolean isComma(Token t) {
        return t.kind() == Token.Kind.SYMBOL && (t.isSymbol(',') || t.isSymbol('\u060C'));
    }

    /**
     * A clock time read after a part of the day in the same mention, placed inside it: its hour
     * moves to the afternoon when the part of the day is after noon and the time did not say.
     */
    private static Optional<Part> timeWithinPeriod(List<Part> parts, Part next) {
        if (!(next instanceof Part.Time t)) return Optional.empty();
        for (Part p : parts) {
            if (p instanceof Part.DayPeriod period) {
                boolean afternoon = period.fromHour() >= ClockReader.HALF_DAY;
                int hour = !t.halfDayKnown() && afternoon && t.hour() < ClockReader.HALF_DAY
                        ? t.hour() + ClockReader.HALF_DAY
                        : t.hour();
                return Optional.of(new Part.Time(hour, t.minute(), t.second(), t.grain(), true, t.tokenCount()));
            }
        }
        return Optional.empty();
    }

    private static boolean isConnector(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (t.kind() == Token.Kind.SYMBOL)
            return CONNECTOR_SYMBOLS.indexOf(t.form().charAt(0)) >= 0;
        return DateLexicon.at(tokens, j, Category.CONNECTOR).isPresent();
    }
}
