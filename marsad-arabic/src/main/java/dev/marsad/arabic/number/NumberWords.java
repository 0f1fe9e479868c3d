package dev.marsad.arabic.number;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads cardinal and ordinal numbers from tokens: number words ({@code ثلاثة آلاف وخمسمائة} =
 * 3500, {@code ألفين} = 2000, {@code نصف مليون} = 500000), digits with separators, and digits
 * followed by scale words ({@code 2.5 مليون}). Word lists live in {@code number-words.tsv} and
 * {@code ordinal-words.tsv} next to this class.
 *
 * <p>Grammar (after folding): a number is a sequence of parts; a part joined with the
 * conjunction و adds ({@code خمسة وعشرون}); a scale word multiplies what came before it
 * ({@code ثلاثة آلاف}); عشر right after a unit makes a teen ({@code ثلاثة عشر}). The first word
 * may carry one proclitic (و ف ب ل ك) and the article.
 */
public final class NumberWords {

    /**
     * A number read from tokens.
     *
     * @param value the value
     * @param tokenCount how many tokens it spans, at least 1
     * @param vague whether it is an indefinite amount (بضعة, عشرات): value is its lower order
     */
    public record Match(BigDecimal value, int tokenCount, boolean vague) {
        public Match {
            Objects.requireNonNull(value, "value");
            if (tokenCount < 1) throw new IllegalArgumentException("tokenCount < 1: " + tokenCount);
        }
    }

    enum Role {
        UNIT,
        TEEN_ONE,
        TEN,
        TENS,
        HUNDRED,
        SCALE,
        PLURAL_SCALE,
        DUAL,
        FRACTION,
        VAGUE
    }

    record Entry(Role role, BigDecimal value) {}

    static final char WAW = '\u0648';
    /** حادي: "first" only in 11, 21, 31 …; alone it is not an ordinal. */
    static final String ELEVEN_FIRST = "\u062D\u0627\u062F\u064A";

    static final String ARTICLE = "\u0627\u0644";
    /** One-letter proclitics a number word may carry: waw, feh, beh, lam, kaf. */
    static final String PROCLITICS = "\u0648\u0641\u0628\u0644\u0643";
    /** Shortest remainder accepted after stripping a clitic; shorter ones are ordinary words (لست). */
    static final int MIN_STEM_AFTER_CLITIC = 3;

    private static final Map<String, Entry> CARDINALS = loadCardinals();
    private static final Map<String, Integer> ORDINALS = loadOrdinals();

    private NumberWords() {}

    /**
     * Reads a cardinal number starting at {@code tokens.get(index)}: digits, words or both.
     *
     * @return the number, or empty when no number starts there
     * @throws IndexOutOfBoundsException if index is outside the list
     */
    public static Optional<Match> cardinalAt(List<Token> tokens, int index) {
        Objects.checkIndex(index, tokens.size());
        return new CardinalReader(tokens, index).read();
    }

    /**
     * Reads an ordinal 1..99 starting at {@code tokens.get(index)}: {@code الأول}, {@code السادس عشر},
     * {@code الحادي والعشرين}, {@code العاشرة}.
     *
     * @return the ordinal with the tokens it spans, or empty
     * @throws IndexOutOfBoundsException if index is outside the list
     */
    public static Optional<Match> ordinalAt(List<Token> tokens, int index) {
        Objects.checkIndex(index, tokens.size());
        Token first = tokens.get(index);
        if (!first.isWord()) return Optional.empty();
        Integer unit = ORDINALS.get(stripConjunction(first.form()));
        if (unit == null) return Optional.empty();
        if (unit >= 20) return Optional.of(match(unit, 1));
        if (index + 1 < tokens.size() && tokens.get(index + 1).isWord()) {
            String next = tokens.get(index + 1).form();
            Entry e = CARDINALS.get(next);
            if (unit < 10 && e != null && e.role() == Role.TEN) return Optional.of(match(unit + 10, 2));
            Integer tens = next.length() > 1 && next.charAt(0) == WAW ? ORDINALS.get(next.substring(1)) : null;
            if (unit < 10 && tens != null && tens >= 20) return Optional.of(match(unit + tens, 2));
        }
        boolean onlyInCompounds = first.form().contains(ELEVEN_FIRST);
        return onlyInCompounds ? Optional.empty() : Optional.of(match(unit, 1));
    }

    private static Match match(int value, int tokens) {
        return new Match(BigDecimal.valueOf(value), tokens, false);
    }

    /** The word's table entry, allowing one proclitic and the article on the first word. */
    static Optional<Entry> lookup(String form, boolean first) {
        Entry direct = CARDINALS.get(form);
        if (direct != null) return Optional.of(direct);
        String rest = form;
        if (first && rest.length() > MIN_STEM_AFTER_CLITIC && PROCLITICS.indexOf(rest.charAt(0)) >= 0) {
            rest = rest.substring(1);
            Entry e = CARDINALS.get(rest);
            if (e != null) return Optional.of(e);
        }
        if (rest.startsWith(ARTICLE) && rest.length() - 2 >= MIN_STEM_AFTER_CLITIC) {
            return Optional.ofNullable(CARDINALS.get(rest.substring(2)));
        }
        return Optional.empty();
    }

    /** How many proclitic letters lead a number word ("وأحد" → 1), 0 when the word is in the table as is. */
    static int procliticLength(Token token) {
        String form = token.form();
        if (!token.isWord() || CARDINALS.containsKey(form) || ORDINALS.containsKey(form)) return 0;
        return form.length() > MIN_STEM_AFTER_CLITIC && PROCLITICS.indexOf(form.charAt(0)) >= 0 ? 1 : 0;
    }

    /** The word without a leading conjunction و, when what remains is long enough to be a word. */
    static String stripConjunction(String form) {
        return form.length() > MIN_STEM_AFTER_CLITIC && form.charAt(0) == WAW ? form.substring(1) : form;
    }

    private static Map<String, Entry> loadCardinals() {
        Map<String, Entry> map = new HashMap<>();
        for (String[] row : TsvResource.read("number-words.tsv", 3)) {
            map.put(row[0], new Entry(Role.valueOf(row[1]), new BigDecimal(row[2])));
        }
        return Map.copyOf(map);
    }

    private static Map<String, Integer> loadOrdinals() {
        Map<String, Integer> map = new HashMap<>();
        for (String[] row : TsvResource.read("ordinal-words.tsv", 2)) {
            map.put(row[0], Integer.parseInt(row[1]));
        }
        return Map.copyOf(map);
    }
}
