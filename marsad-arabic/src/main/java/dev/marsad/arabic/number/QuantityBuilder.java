package dev.marsad.arabic.number;

import dev.marsad.arabic.number.QuantityWords.Role;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Builds one quantity around a number: 1. an approximation phrase before it; 2. the unit (per
 * cent sign or phrase, else the counted noun); 3. an approximation word after it; 4. the span.
 */
final class QuantityBuilder {

    /** A quantity and the token after it. */
    record Built(Quantity quantity, int nextToken) {}

    /** Numbers 11..99 take their noun in the accusative singular (ثلاثون مركزاً): the alef is an ending. */
    static final int FIRST_ACCUSATIVE_COUNT = 11;

    static final int LAST_ACCUSATIVE_COUNT = 99;
    /** Shortest unit kept after stripping clitics and endings. */
    static final int MIN_UNIT_LETTERS = 2;

    static final char ALEF = '\u0627';
    static final char TANWEEN_FATH = '\u064B';
    /** The preposition من, folded. */
    private static final String FROM = "\u0645\u0646";
    /** The article ال and the contracted لل, folded. */
    private static final String ARTICLE = "\u0627\u0644";

    private static final String LIL = "\u0644\u0644";
    /** Article and article-with-proclitic prefixes of a unit, longest first. */
    private static final List<String> UNIT_PREFIXES = List.of(
            "\u0648\u0627\u0644", // wal
            "\u0641\u0627\u0644", // fal
            "\u0628\u0627\u0644", // bal
            "\u0643\u0627\u0644", // kal
            "\u0644\u0644", // lil
            "\u0627\u0644"); // al

    private final String text;
    private final List<Token> tokens;
    private final ExcludedSpans excluded;

    QuantityBuilder(String text, List<Token> tokens, ExcludedSpans excluded) {
        this.text = text;
        this.tokens = tokens;
        this.excluded = excluded;
    }

    Optional<Built> build(int i, NumberWords.Match number) {
        if (!QuantityFinder.isReportable(number.value())) return Optional.empty();
        int first = approximationStart(i); // 1
        boolean approximate = first < i || number.vague();
        int j = i + number.tokenCount();
        Optional<String> unit = Optional.empty();
        int end = j;
        int percent = percentLength(j); // 2
        if (percent > 0) {
            unit = Optional.of(QuantityFinder.percentUnit());
            end = j + percent;
        } else if (isUnitAt(j)) {
            unit = unitOf(tokens.get(j), number.value());
            if (unit.isPresent()) end = j + 1;
        } else if (isPartitiveAt(j)) {
            unit = unitOf(tokens.get(j + 1), BigDecimal.ONE);
            if (unit.isPresent()) end = j + 2;
        }
        for (int len = QuantityWords.MAX_PHRASE_TOKENS; len >= 1; len--) { // 3
            if (QuantityWords.phrase(tokens, end, len)
                    .filter(r -> r == Role.APPROX_AFTER)
                    .isPresent()) {
                approximate = true;
                end += len;
                break;
            }
        }
        int from = startWithoutProclitic(tokens.get(first), first == i),
                to = tokens.get(end - 1).end(); // 4
        return Optional.of(
                new Built(new Quantity(text.substring(from, to), from, to, number.value(), unit, approximate), end));
    }

    /** "2000 من المدنيين", "بضعة آلاف من المتظاهرين": من and a definite noun name what is counted. */
    private boolean isPartitiveAt(int j) {
        if (j + 1 >= tokens.size() || !tokens.get(j).form().equals(FROM) || !isUnitAt(j + 1)) return false;
        return tokens.get(j + 1).form().startsWith(ARTICLE)
                || tokens.get(j + 1).form().startsWith(LIL);
    }

    private int startWithoutProclitic(Token first, boolean isNumber) {
        int letters = isNumber ? NumberWords.procliticLength(first) : 0;
        int at = first.start();
        while (letters > 0 && at < first.end()) {
            if (Character.isLetter(text.charAt(at))) letters--;
            at++;
        }
        while (at < first.end() && TokenScanner.isMark(text.charAt(at))) at++;
        return at < first.end() ? at : first.start();
    }

    private int approximationStart(int i) {
        for (int len = QuantityWords.MAX_PHRASE_TOKENS; len >= 1; len--) {
            if (i - len < 0 || excludedAt(i - len)) continue;
            if (QuantityWords.phrase(tokens, i - len, len)
                    .filter(r -> r == Role.APPROX_BEFORE)
                    .isPresent()) return i - len;
        }
        return i;
    }

    private int percentLength(int j) {
        if (j >= tokens.size()) return 0;
        if (QuantityFinder.isPercentSign(tokens.get(j))) return 1;
        for (int len = 2; len >= 1; len--) {
            if (QuantityWords.phrase(tokens, j, len)
                    .filter(r -> r == Role.PERCENT)
                    .isPresent()) return len;
        }
        return 0;
    }

    private boolean isUnitAt(int j) {
        if (j >= tokens.size() || !tokens.get(j).isWord() || excludedAt(j)) return false;
        for (int len = 1; len <= QuantityWords.MAX_PHRASE_TOKENS; len++) {
            if (QuantityWords.phrase(tokens, j, len).isPresent()) return false;
        }
        return NumberWords.cardinalAt(tokens, j).isEmpty()
                && NumberWords.ordinalAt(tokens, j).isEmpty();
    }

    /** The noun as written, without marks, tatweel, article, proclitics and accusative alef. */
    private Optional<String> unitOf(Token token, BigDecimal count) {
        String written = text.substring(token.start(), token.end());
        boolean tanween = written.indexOf(TANWEEN_FATH) >= 0;
        StringBuilder plain = new StringBuilder(written.length());
        for (int k = 0; k < written.length(); k++) {
            char c = written.charAt(k);
            if (!TokenScanner.isMark(c)) plain.append(c);
        }
        String unit = plain.toString();
        for (String prefix : UNIT_PREFIXES) {
            if (unit.startsWith(prefix) && unit.length() - prefix.length() >= MIN_UNIT_LETTERS) {
                unit = unit.substring(prefix.length());
                break;
            }
        }
        if (unit.length() > MIN_UNIT_LETTERS + 1
                && unit.charAt(unit.length() - 1) == ALEF
                && (tanween || takesAccusative(count))) unit = unit.substring(0, unit.length() - 1);
        return unit.length() >= MIN_UNIT_LETTERS ? Optional.of(unit) : Optional.empty();
    }

    private static boolean takesAccusative(BigDecimal count) {
        if (count.scale() > 0 && count.stripTrailingZeros().scale() > 0) return false;
        int hundreds = count.remainder(BigDecimal.valueOf(100)).intValue();
        return hundreds >= FIRST_ACCUSATIVE_COUNT && hundreds <= LAST_ACCUSATIVE_COUNT;
    }

    private boolean excludedAt(int k) {
        return excluded.overlaps(tokens.get(k));
    }
}
