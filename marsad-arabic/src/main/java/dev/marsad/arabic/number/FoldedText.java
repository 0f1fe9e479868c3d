package dev.marsad.arabic.number;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A matching view of a text for the number and date finders: letters folded so that spelling
 * variants compare equal, with every folded character mapped back to its place in the original.
 *
 * <p>Folding drops diacritics, Quranic marks, tatweel and invisible format characters; maps alef
 * forms (أ إ آ ٱ) to bare alef, alef maksura and Farsi yeh to yeh, teh marbuta to heh, hamza on
 * waw/yeh to waw/yeh, Keheh to kaf; decomposes presentation forms (NFKC); turns decimal digits of
 * any script into ASCII digits; lower-cases Latin letters. Everything else is kept as is, so
 * unpaired surrogates and symbols pass through. This is deliberately lighter than a full
 * normaliser: it only has to make dictionary look-ups of month, weekday and number words work.
 * Example: {@code "غدًا ٢١"} folds to {@code "غدا 21"}.
 */
public final class FoldedText {

    static final char ALEF = '\u0627';
    static final char ALEF_MADDA = '\u0622';
    static final char ALEF_HAMZA_ABOVE = '\u0623';
    static final char ALEF_HAMZA_BELOW = '\u0625';
    static final char ALEF_WASLA = '\u0671';
    static final char WAW_HAMZA = '\u0624';
    static final char WAW = '\u0648';
    static final char YEH_HAMZA = '\u0626';
    static final char YEH = '\u064A';
    static final char ALEF_MAKSURA = '\u0649';
    static final char FARSI_YEH = '\u06CC';
    static final char TEH_MARBUTA = '\u0629';
    static final char HEH = '\u0647';
    static final char KEHEH = '\u06A9';
    static final char KAF = '\u0643';
    static final char TATWEEL = '\u0640';

    private final String original;
    private final String folded;
    /** For each folded character, the index of the original character it came from. */
    private final int[] origin;

    private FoldedText(String original, String folded, int[] origin) {
        this.original = original;
        this.folded = folded;
        this.origin = origin;
    }

    /**
     * Folds a text.
     *
     * @param text any string, including empty ones and ones with unpaired surrogates
     * @return the folded view; never null
     * @throws NullPointerException if text is null
     */
    public static FoldedText of(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[Math.max(16, text.length() + 8)];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isPresentationForm(c)) {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                for (int k = 0; k < decomposed.length(); k++) {
                    origin = append(out, origin, fold(decomposed.charAt(k)), i);
                }
            } else {
                origin = append(out, origin, fold(c), i);
            }
        }
        return new FoldedText(text, out.toString(), Arrays.copyOf(origin, out.length()));
    }

    /** The text as given. */
    public String original() {
        return original;
    }

    /** The folded text; its indexes map back through {@link #originalStart} and {@link #originalEnd}. */
    public String folded() {
        return folded;
    }

    /**
     * The original index of the folded character at {@code foldedIndex}.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= foldedIndex < folded().length()}
     */
    public int originalStart(int foldedIndex) {
        return origin[foldedIndex];
    }

    /**
     * The original end (exclusive) of a folded span ending at {@code foldedEnd} (exclusive). Marks
     * that folding dropped right after the span (diacritics, tatweel) belong to the span.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 < foldedEnd <= folded().length()}
     */
    public int originalEnd(int foldedEnd) {
        int end = origin[foldedEnd - 1] + 1;
        int limit = foldedEnd < folded.length() ? origin[foldedEnd] : original.length();
        while (end < limit && isMark(original.charAt(end))) end++;
        return end;
    }

    private static int[] append(StringBuilder out, int[] origin, char folded, int originalIndex) {
        if (folded == 0) return origin;
        int[] grown = out.length() < origin.length ? origin : Arrays.copyOf(origin, origin.length * 2);
        grown[out.length()] = originalIndex;
        out.append(folded);
        return grown;
    }

    /** Folds one character; 0 means "drop it". */
    static char fold(char c) {
        if (isMark(c) || isInvisible(c)) return 0;
        switch (c) {
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA:
                return ALEF;
            case ALEF_MAKSURA, FARSI_YEH, YEH_HAMZA:
                return YEH;
            case WAW_HAMZA:
                return WAW;
            case TEH_MARBUTA:
                return HEH;
            case KEHEH:
                return KAF;
            default:
                break;
        }
        if (c >= '0' && c <= '9') return c;
        if (Character.isDigit(c)) return (char) ('0' + Character.digit(c, 10));
        return Character.toLowerCase(c);
    }

    /** Diacritics, Quranic annotation marks and tatweel: dropped, and kept inside spans. */
    static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F')
                || c == '\u0670'
                || (c >= '\u0610' && c <= '\u061A')
                || (c >= '\u06D6' && c <= '\u06ED' && c != '\u06DE' && c != '\u06E9')
                || c == TATWEEL
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Zero-width and bidi format characters (ZWNJ, ZWJ, LRM, RLM, ALM, BOM, embeddings, isolates). */
    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F')
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u061C'
                || c == '\uFEFF'
                || c == '\u00AD';
    }

    /** Arabic presentation forms A and B (ﻻ, ﷲ, isolated/final letter shapes). */
    private static boolean isPresentationForm(char c) {
        return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');
    }
}
