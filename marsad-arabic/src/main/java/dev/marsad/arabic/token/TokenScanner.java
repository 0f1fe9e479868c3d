package dev.marsad.arabic.token;

import static dev.marsad.arabic.token.CharClass.ARABIC;
import static dev.marsad.arabic.token.CharClass.DIGIT;
import static dev.marsad.arabic.token.CharClass.INVISIBLE;
import static dev.marsad.arabic.token.CharClass.LETTER;
import static dev.marsad.arabic.token.CharClass.MARK;
import static dev.marsad.arabic.token.CharClass.SURROGATE;

import java.util.Objects;

/**
 * Finds the tokens of a char buffer one at a time without allocating: call {@link #next()}, then
 * read {@link #start()}, {@link #end()} and {@link #type()}. The Lucene tokenizer drives it
 * directly; {@link ArabicTokenizer#tokenize(CharSequence)} wraps it into {@link Token} records.
 *
 * <p>Not thread-safe; one scanner per buffer.
 */
public final class TokenScanner {

    /** Chars that may stand between two digits inside one number: 2,116 · 3.5 · ٣٫٥ · 20/9/2023 · 10:30. */
    private static final String NUMBER_INNER = ".,/:-\u066B\u066C\u060D";

    /** Chars that end a URL: quotes and angle brackets around it, Arabic comma after it. */
    private static final String URL_STOP = "<>\"«»\u060C\u061B";

    /** Chars dropped from a URL's end: sentence punctuation that follows it. */
    private static final String URL_TRAILING = ".,;:!?)]}'\"\u061F\u060C\u061B";

    private final char[] text;
    private final int length;
    private int position;
    private int start;
    private int end;
    private TokenType type;

    /**
     * A scanner over {@code text[0, length)}.
     *
     * @throws IllegalArgumentException if {@code length} is outside the buffer
     */
    public TokenScanner(char[] text, int length) {
        this.text = Objects.requireNonNull(text, "text");
        if (length < 0 || length > text.length) {
            throw new IllegalArgumentException("length " + length + " outside a buffer of " + text.length);
        }
        this.length = length;
    }

    /** Advances to the next token; false when the buffer is exhausted. */
    public boolean next() {
        while (position < length) {
            int at = position;
            char c = text[at];
            byte kind = CharClass.of(c);
            if (kind == ARABIC) return emit(at, scanWord(at + 1, Run.ARABIC), TokenType.ARABIC);
            if (kind == DIGIT) return scanNumberOrWord(at);
            if (kind == LETTER || isLetterPair(at)) return scanLatin(at);
            if (c == '#' && startsWordAfterMark(at)) return emit(at, scanWord(at + 1, Run.HASHTAG), TokenType.HASHTAG);
            if (c == '@' && startsHandle(at)) return emit(at, scanHandle(at + 1), TokenType.HANDLE);
            position = at + 1;
        }
        return false;
    }

    /** Start offset of the current token (inclusive). */
    public int start() {
        return start;
    }

    /** End offset of the current token (exclusive). */
    public int end() {
        return end;
    }

    /** Type of the current token. */
    public TokenType type() {
        return type;
    }

    private boolean emit(int from, int to, TokenType tokenType) {
        start = from;
        end = to;
        type = tokenType;
        position = to;
        return true;
    }

    private boolean scanLatin(int at) {
        if (startsUrl(at)) return emit(at, scanUrl(at), TokenType.URL);
        int mail = scanEmail(at);
        if (mail > at) return emit(at, mail, TokenType.EMAIL);
        return emit(at, scanWord(at, Run.OTHER), TokenType.LATIN);
    }

    private boolean scanNumberOrWord(int at) {
        int mail = scanEmail(at);
        if (mail > at) return emit(at, mail, TokenType.EMAIL);
        int i = at;
        while (i < length) {
            if (CharClass.of(text[i]) == DIGIT) i++;
            else if (NUMBER_INNER.indexOf(text[i]) >= 0 && i + 1 < length && CharClass.of(text[i + 1]) == DIGIT) i += 2;
            else break;
        }
        if (i < length && (CharClass.of(text[i]) == LETTER || isLetterPair(i))) {
            return emit(at, scanWord(i, Run.OTHER), TokenType.LATIN); // 20th, 4G
        }
        return emit(at, i, TokenType.NUMBER);
    }

    /**
     * Extends a word from {@code i}: Arabic words take Arabic letters and marks; other words take
     * letters, digits and marks, with an apostrophe between letters (O'Brien); hashtags take both
     * and underscores. Invisible chars stay inside when the word goes on after them.
     */
    private int scanWord(int i, Run run) {
        while (i < length) {
            char c = text[i];
            byte kind = CharClass.of(c);
            if (continues(kind, c, run)) i++;
            else if (run != Run.ARABIC && isLetterPair(i)) i += 2;
            else if (kind == INVISIBLE || (isApostrophe(c) && run == Run.OTHER)) {
                int j = i + 1;
                while (j < length && CharClass.of(text[j]) == INVISIBLE) j++;
                if (j < length && continues(CharClass.of(text[j]), text[j], run)) i = j;
                else break;
            } else break;
        }
        return i;
    }

    /** Which chars a word run takes. */
    private enum Run {
        ARABIC,
        OTHER,
        HASHTAG
    }

    private static boolean continues(byte kind, char c, Run run) {
        if (kind == MARK) return true;
        return switch (run) {
            case HASHTAG -> kind == ARABIC || kind == LETTER || kind == DIGIT || c == '_';
            case ARABIC -> kind == ARABIC;
            case OTHER -> kind == LETTER || kind == DIGIT;
        };
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private boolean isLetterPair(int i) {
        return CharClass.of(text[i]) == SURROGATE
                && i + 1 < length
                && Character.isHighSurrogate(text[i])
                && Character.isLowSurrogate(text[i + 1])
                && Character.isLetter(Character.toCodePoint(text[i], text[i + 1]));
    }

    private boolean startsWordAfterMark(int at) {
        if (at + 1 >= length || isWordChar(at - 1)) return false;
        byte next = CharClass.of(text[at + 1]);
        return next == ARABIC || next == LETTER || next == DIGIT || text[at + 1] == '_';
    }

    private boolean startsHandle(int at) {
        return at + 1 < length && !isWordChar(at - 1) && isHandleChar(text[at + 1]);
    }

    private int scanHandle(int i) {
        while (i < length && isHandleChar(text[i])) i++;
        return i;
    }

    private static boolean isHandleChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /**
     * True when the char before a # or @ glues it to a word (C#, name@host). An Arabic letter does
     * not: و@فلان is "and @فلان".
     */
    private boolean isWordChar(int i) {
        if (i < 0) return false;
        byte kind = CharClass.of(text[i]);
        return kind == LETTER || kind == DIGIT || text[i] == '_';
    }

    private boolean startsUrl(int at) {
        return startsWithIgnoreCase(at, "http://")
                || startsWithIgnoreCase(at, "https://")
                || startsWithIgnoreCase(at, "ftp://")
                || startsWithIgnoreCase(at, "www.");
    }

    private boolean startsWithIgnoreCase(int at, String prefix) {
        if (at + prefix.length() > length) return false;
        for (int k = 0; k < prefix.length(); k++) {
            char c = text[at + k];
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != prefix.charAt(k)) return false;
        }
        return true;
    }

    private int scanUrl(int at) {
        int i = at;
        while (i < length
                && !Character.isWhitespace(text[i])
                && !Character.isSpaceChar(text[i])
                && URL_STOP.indexOf(text[i]) < 0
                && CharClass.of(text[i]) != INVISIBLE) i++;
        while (i > at + 1 && URL_TRAILING.indexOf(text[i - 1]) >= 0) i--;
        return i;
    }

    /** The end of an e-mail address starting at {@code at}, or {@code at} when there is none. */
    private int scanEmail(int at) {
        int i = at;
        while (i < length && (isHandleChar(text[i]) || text[i] == '.' || text[i] == '-' || text[i] == '+')) i++;
        if (i == at || i >= length || text[i] != '@') return at;
        int domainStart = ++i;
        int lastDot = -1;
        while (i < length && (isHandleChar(text[i]) || text[i] == '-' || text[i] == '.')) {
            if (text[i] == '.') lastDot = i;
            i++;
        }
        while (i > domainStart && text[i - 1] == '.') i--;
        boolean hasTld = lastDot > domainStart && lastDot < i - 1;
        return hasTld ? i : at;
    }
}
