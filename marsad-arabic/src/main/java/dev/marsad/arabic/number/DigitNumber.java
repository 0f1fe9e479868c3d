package dev.marsad.arabic.number;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Reads a number written in digits, with separators, from a run of tokens: {@code 2116},
 * {@code 2,116}, {@code 1٬049}, {@code 3٫5}, {@code 2.5}. The digits were folded to ASCII already.
 *
 * <p>Separator rules: the Arabic decimal separator (٫) is a decimal point and the Arabic
 * thousands separator (٬) groups thousands. A comma or full stop followed by exactly three
 * digits groups thousands when it repeats or when it is a comma; a single full stop is a
 * decimal point (news copy writes {@code 2.5 مليون}); a single comma before one or two digits is a
 * decimal comma (Maghreb style). A run whose groups fit none of these stops before the separator.
 */
final class DigitNumber {

    static final char ARABIC_DECIMAL = '\u066B';
    static final char ARABIC_THOUSANDS = '\u066C';
    /** Longest digit run read as a number; longer runs (IDs, phone numbers) are not quantities. */
    static final int MAX_DIGITS = 18;

    private DigitNumber() {}

    /** A number read from tokens: its value and how many tokens it used. */
    record Read(BigDecimal value, int tokenCount) {}

    static Optional<Read> readAt(List<Token> tokens, int index) {
        Token first = tokens.get(index);
        if (!first.isNumber() || first.form().length() > MAX_DIGITS) return Optional.empty();
        StringBuilder digits = new StringBuilder(first.form());
        int used = 1;
        char grouping = 0;
        while (index + used + 1 < tokens.size()) {
            Token sep = tokens.get(index + used);
            Token next = tokens.get(index + used + 1);
            if (sep.kind() != Token.Kind.SYMBOL || next.spaceBefore() || sep.spaceBefore() || !next.isNumber()) break;
            char c = sep.form().charAt(0);
            boolean three = next.form().length() == 3;
            Separator role = c == grouping
                    ? (three ? Separator.GROUPING : Separator.NONE)
                    : roleOf(c, three, repeatsAfter(tokens, index + used + 2, sep));
            if (role == Separator.NONE) break;
            if (role == Separator.GROUPING) grouping = c;
            digits.append(role == Separator.DECIMAL ? "." : "").append(next.form());
            used += 2;
            if (role == Separator.DECIMAL || digits.length() > MAX_DIGITS + 1) break;
        }
        if (digits.length() > MAX_DIGITS + 1) return Optional.empty();
        return Optional.of(new Read(new BigDecimal(digits.toString()), used));
    }

    private enum Separator {
        GROUPING,
        DECIMAL,
        NONE
    }

    private static Separator roleOf(char c, boolean threeDigitsFollow, boolean repeats) {
        return switch (c) {
            case ARABIC_THOUSANDS -> threeDigitsFollow ? Separator.GROUPING : Separator.NONE;
            case ARABIC_DECIMAL -> repeats ? Separator.NONE : Separator.DECIMAL;
            case ',' -> threeDigitsFollow ? Separator.GROUPING : repeats ? Separator.NONE : Separator.DECIMAL;
            case '.' -> repeats ? (threeDigitsFollow ? Separator.GROUPING : Separator.NONE) : Separator.DECIMAL;
            default -> Separator.NONE;
        };
    }

    /** Whether the same separator comes again right after the next digit group (1.000.000). */
    private static boolean repeatsAfter(List<Token> tokens, int at, Token sep) {
        return at < tokens.size()
                && !tokens.get(at).spaceBefore()
                && tokens.get(at).form().equals(sep.form());
    }
}
