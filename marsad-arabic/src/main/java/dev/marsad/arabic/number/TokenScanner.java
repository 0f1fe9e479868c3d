package dev.marsad.arabic.number;

import dev.marsad.arabic.ArabicLetters;
import dev.marsad.arabic.ArabicNormalizer;
import dev.marsad.arabic.NormalizationRule;
import dev.marsad.arabic.text.AnalyzedText;
import dev.marsad.arabic.token.TokenType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The number and date finders' view of an {@link AnalyzedText}: its tokens cut finer, into runs of
 * letters, runs of digits and single other characters ({@link Token}), white space dropped. The
 * finders need that grain: 20/9/2023 is one number token of the core but three numbers and two
 * slashes to a date reader, and {@code "20th"} or {@code "و1049"} are a word and a number.
 *
 * <p>Read from the core tokens, not from the text again: a word or a number of digits only (most
 * tokens) becomes one piece with its SEARCH form as it is; other tokens (numbers with separators,
 * hashtags, URLs, Latin words with digits) and the characters between tokens are folded char by
 * char. Folding is {@link ArabicNormalizer#SEARCH} without {@link NormalizationRule#PUNCTUATION}
 * (٫ and ٬ mean decimal point and thousands to the readers, so they stay apart from . and ,), and
 * any combining mark is dropped. Runs of the same kind with nothing but dropped marks between
 * them form one piece, and a piece's span takes in the marks that follow it. Spans refer to the
 * original text.
 */
public final class TokenScanner {

    /** SEARCH without punctuation: letters, digits and Latin case folded, marks and tatweel dropped. */
    private static final ArabicNormalizer FOLDING = folding();

    private TokenScanner() {}

    private static ArabicNormalizer folding() {
        var rules = EnumSet.allOf(NormalizationRule.class);
        rules.remove(NormalizationRule.PUNCTUATION);
        return ArabicNormalizer.of(rules);
    }

    /**
     * The pieces of {@code text}, analysed first; prefer {@link #scan(AnalyzedText)} when the
     * analysed text is at hand.
     *
     * @param text any string; an empty or blank one gives an empty list
     * @return the pieces; never null
     */
    public static List<Token> scan(String text) {
        return scan(AnalyzedText.of(text));
    }

    /**
     * The pieces of an analysed text, in order.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static List<Token> scan(AnalyzedText text) {
        Objects.requireNonNull(text, "text");
        var pieces = new Pieces(text.text(), text.size());
        int at = 0;
        for (int i = 0; i < text.size(); i++) {
            pieces.foldChars(at, text.start(i));
            readToken(text, i, pieces);
            at = text.end(i);
        }
        pieces.foldChars(at, text.text().length());
        return pieces.finish();
    }

    private static void readToken(AnalyzedText text, int i, Pieces pieces) {
        String form = text.form(i);
        Token.Kind kind = wholeKind(text.type(i), form);
        if (kind == null) pieces.foldChars(text.start(i), text.end(i));
        else
            pieces.run(
                    kind,
                    form,
                    pieces.firstKept(text.start(i), text.end(i)),
                    pieces.lastKept(text.start(i), text.end(i)));
    }

    /** The kind of a token whose SEARCH form is one piece as it is (only letters, or only ASCII digits), else null. */
    private static Token.Kind wholeKind(TokenType type, String form) {
        if (form.isEmpty()) return null;
        Token.Kind kind = type == TokenType.NUMBER ? Token.Kind.NUMBER : Token.Kind.WORD;
        if (type != TokenType.NUMBER && type != TokenType.ARABIC && type != TokenType.LATIN) return null;
        for (int k = 0; k < form.length(); k++) {
            if (kindOf(form.charAt(k)) != kind) return null;
        }
        return kind;
    }

    /**
     * {@code text} folded the way the pieces' forms are, for look-up keys of word tables: "غدًا
     * الخميس" → "غدا الخميس", "٢٠٢٣" → "2023".
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static String fold(String text) {
        var out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!isMark(c)) out.append(c);
        }
        return FOLDING.normalize(out);
    }

    private static Token.Kind kindOf(char c) {
        if (c >= '0' && c <= '9') return Token.Kind.NUMBER;
        if (Character.isLetter(c)) return Token.Kind.WORD;
        return Token.Kind.SYMBOL;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Diacritics, Quranic annotation marks, tatweel and any other non-spacing mark: dropped when
     * folding, and kept inside the span of the piece they follow.
     */
    static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F')
                || c == '\u0670'
                || (c >= '\u0610' && c <= '\u061A')
                || (c >= '\u06D6' && c <= '\u06ED' && c != '\u06DE' && c != '\u06E9')
                || c == ArabicLetters.TATWEEL
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Builds the pieces left to right: the piece being read stays open until the next char shows where it ends. */
    private static final class Pieces {

        private final String text;
        private final List<Token> tokens;
        private final char[] one = new char[1];
        private final char[] folded = new char[FOLDING.maxExpansion()];

        private boolean space = true;
        private Token.Kind openKind;
        private final StringBuilder openForm = new StringBuilder();
        /** The open piece's form while it is one whole token's form (no copy needed), else null. */
        private String openWhole;

        private int openStart;
        private int openLast;
        private boolean openSpace;

        Pieces(String text, int tokenCount) {
            this.text = text;
            this.tokens = new ArrayList<>(tokenCount + tokenCount / 4 + 1);
        }

        /** Index of the first char of {@code [from, to)} that folding keeps, or {@code from}. */
        int firstKept(int from, int to) {
            for (int k = from; k < to; k++) if (!isDropped(text.charAt(k))) return k;
            return from;
        }

        /** Index of the last char of {@code [from, to)} that folding keeps, or {@code to - 1}. */
        int lastKept(int from, int to) {
            for (int k = to - 1; k >= from; k--) if (!isDropped(text.charAt(k))) return k;
            return to - 1;
        }

        private boolean isDropped(char c) {
            if (isMark(c)) return true;
            one[0] = c;
            return FOLDING.normalize(one, 1, folded) == 0;
        }

        /** Folds {@code text[from, to)} char by char into pieces. */
        void foldChars(int from, int to) {
            for (int k = from; k < to; k++) {
                char c = text.charAt(k);
                if (isMark(c)) continue;
                one[0] = c;
                int n = FOLDING.normalize(one, 1, folded);
                for (int m = 0; m < n; m++) add(folded[m], k);
            }
        }

        private void add(char c, int origin) {
            if (isSpace(c)) {
                close(origin);
                space = true;
                return;
            }
            Token.Kind kind = kindOf(c);
            if (kind == openKind && kind != Token.Kind.SYMBOL) {
                append(c);
                openLast = origin;
                return;
            }
            close(origin);
            open(kind, origin);
            append(c);
            openLast = origin;
        }

        /** A whole run of one kind, {@code form}, whose first and last kept chars are at {@code first} and {@code last}. */
        void run(Token.Kind kind, String form, int first, int last) {
            if (kind != openKind) {
                close(first);
                open(kind, first);
                openWhole = form;
            } else {
                append(form);
            }
            openLast = last;
        }

        private void append(CharSequence chars) {
            if (openWhole != null) {
                openForm.append(openWhole);
                openWhole = null;
            }
            openForm.append(chars);
        }

        private void append(char c) {
            if (openWhole != null) {
                openForm.append(openWhole);
                openWhole = null;
            }
            openForm.append(c);
        }

        private void open(Token.Kind kind, int origin) {
            openKind = kind;
            openStart = origin;
            openSpace = space;
            space = false;
        }

        /** Ends the open piece before the kept char at {@code limit}; its span takes in the marks before it. */
        private void close(int limit) {
            if (openKind == null) return;
            int end = openLast + 1;
            while (end < limit && isMark(text.charAt(end))) end++;
            String form = openWhole != null ? openWhole : openForm.toString();
            tokens.add(new Token(openKind, form, openStart, end, openSpace));
            openKind = null;
            openWhole = null;
            openForm.setLength(0);
        }

        List<Token> finish() {
            close(text.length());
            return tokens;
        }
    }
}
