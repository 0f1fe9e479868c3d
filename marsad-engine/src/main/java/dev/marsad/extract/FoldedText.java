package dev.marsad.extract;

import java.util.Locale;

/**
 * Folds text for marker matching: the same marker is written many ways on real pages («اقرأ
 * أيضاً», «إقرأ ايضا», «اقرأ أيضًا»). Folding drops diacritics, tatweel and direction marks,
 * writes every alef with hamza or madda as a bare alef, alef maksura as yeh, lower-cases Latin and
 * collapses white space. It is only used to compare text with markers, never for output.
 */
final class FoldedText {

    private static final char ALEF = '\u0627';
    private static final char ALEF_MADDA = '\u0622';
    private static final char ALEF_HAMZA_ABOVE = '\u0623';
    private static final char ALEF_HAMZA_BELOW = '\u0625';
    private static final char ALEF_WASLA = '\u0671';
    private static final char ALEF_MAKSURA = '\u0649';
    private static final char YEH = '\u064A';
    private static final char TATWEEL = '\u0640';
    /** Fathatan .. sukun and the small high marks after them: diacritics, dropped. */
    private static final char FIRST_DIACRITIC = '\u064B';

    private static final char LAST_DIACRITIC = '\u065F';
    private static final char SUPERSCRIPT_ALEF = '\u0670';

    private FoldedText() {}

    /** Lower-cased by {@link String#toLowerCase} only: it depends on what follows or becomes two. */
    private static final char CAPITAL_I_WITH_DOT = '\u0130';

    private static final char CAPITAL_SIGMA = '\u03A3';

    /**
     * The folded form of {@code text}; never null, empty for empty input. Lower-cases as {@code
     * toLowerCase(Locale.ROOT)} of the folded text does, character by character in the same pass;
     * the few characters whose lower case needs context or a code point go the long way.
     */
    static String fold(String text) {
        char[] out = new char[text.length()];
        int n = 0;
        boolean space = false;
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7F) { // printable ASCII: neither space nor dropped nor folded
                if (space) out[n++] = ' ';
                space = false;
                out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                continue;
            }
            if (isDropped(c)) continue;
            if (Whitespace.isSpace(c)) {
                space = n > 0;
                continue;
            }
            if (space) out[n++] = ' ';
            space = false;
            char f = foldChar(c);
            if (f >= 'A' && f <= 'Z') f = (char) (f + ('a' - 'A'));
            else if (f >= 0x80) {
                if (Character.isSurrogate(f) || f == CAPITAL_I_WITH_DOT || f == CAPITAL_SIGMA)
                    return foldThenLower(text);
                f = Character.toLowerCase(f);
            }
            out[n++] = f;
        }
        return new String(out, 0, n);
    }

    /** The folded form, lower-cased as a whole string afterwards. */
    private static String foldThenLower(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDropped(c)) continue;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) out.append(' ');
            space = false;
            out.append(foldChar(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isDropped(char c) {
        return (c >= FIRST_DIACRITIC && c <= LAST_DIACRITIC)
                || c == SUPERSCRIPT_ALEF
                || c == TATWEEL
                || (c >= '\u200B' && c <= '\u200F') // zero-width space, joiners, direction marks
                || c == '\u061C' // Arabic letter mark
                || c == '\uFEFF';
    }

    private static char foldChar(char c) {
        return switch (c) {
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA -> ALEF;
            case ALEF_MAKSURA -> YEH;
            default -> c;
        };
    }
}
