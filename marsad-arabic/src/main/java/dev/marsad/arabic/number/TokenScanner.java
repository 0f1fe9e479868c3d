package dev.marsad.arabic.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a text into {@link Token}s over its {@link FoldedText} view: letter runs, digit runs and
 * single other characters, with white space dropped. Spans refer to the original text. A word
 * glued to digits ({@code "20th"}, {@code "و1049"}) becomes two tokens with {@code spaceBefore}
 * false on the second.
 */
public final class TokenScanner {

    private TokenScanner() {}

    /**
     * Tokens of a text, in order.
     *
     * @param text any string; an empty or blank one gives an empty list
     * @return the tokens; never null
     */
    public static List<Token> scan(String text) {
        Objects.requireNonNull(text, "text");
        FoldedText view = FoldedText.of(text);
        String s = view.folded();
        List<Token> tokens = new ArrayList<>(s.length() / 4 + 1);
        boolean space = true;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                i++;
                continue;
            }
            Token.Kind kind = kindOf(c);
            int j = i + 1;
            if (kind != Token.Kind.SYMBOL) {
                while (j < s.length() && kindOf(s.charAt(j)) == kind) j++;
            }
            tokens.add(new Token(kind, s.substring(i, j), view.originalStart(i), view.originalEnd(j), space));
            space = false;
            i = j;
        }
        return tokens;
    }

    private static Token.Kind kindOf(char c) {
        if (c >= '0' && c <= '9') return Token.Kind.NUMBER;
        if (Character.isLetter(c)) return Token.Kind.WORD;
        return Token.Kind.SYMBOL;
    }
}
