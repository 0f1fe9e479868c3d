package dev.marsad.arabic.number;

import java.util.Objects;

/**
 * One token of a folded text, as the number and date finders see it.
 *
 * @param kind a run of letters, a run of ASCII digits (after folding), or one other character
 * @param form the folded characters (digits are ASCII; Latin is lower case)
 * @param start index of the first character in the original text
 * @param end index after the last character in the original text (exclusive)
 * @param spaceBefore whether white space separates this token from the one before it
 */
public record Token(Kind kind, String form, int start, int end, boolean spaceBefore) {

    /** What a token is made of. */
    public enum Kind {
        /** Letters of any script. */
        WORD,
        /** Decimal digits, folded to ASCII. */
        NUMBER,
        /** One character that is neither a letter, a digit nor white space. */
        SYMBOL
    }

    public Token {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(form, "form");
        if (form.isEmpty()) throw new IllegalArgumentException("empty token form");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad token span " + start + ".." + end);
    }

    /** Whether this token is the given symbol character. */
    public boolean isSymbol(char c) {
        return kind == Kind.SYMBOL && form.charAt(0) == c;
    }

    /** Whether this is a word token. */
    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** Whether this is a number token. */
    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }
}
