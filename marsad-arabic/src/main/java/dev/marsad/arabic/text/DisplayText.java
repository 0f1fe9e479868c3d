package dev.marsad.arabic.text;

/**
 * Text as it may be shown to a reader: what a crawled page can smuggle into a headline to disturb
 * its display is taken out, and nothing a reader sees is changed.
 *
 * <ul>
 *   <li>C0 controls (but tab, line feed and carriage return), DEL and C1 controls are removed: they
 *       show as nothing or as boxes, and XML 1.0 forbids most of them (a feed with one fails).
 *   <li>Bidi embeddings and overrides (U+202A–U+202E: LRE, RLE, PDF, LRO, RLO) are removed: an RLO
 *       in a title mirrors the rest of the headline and of whatever line it is set in, and a page
 *       that balances them has no need of them in plain text.
 *   <li>Bidi isolates (U+2066–U+2069: LRI, RLI, FSI, PDI) are kept when balanced (an isolate
 *       cannot leak past its closing PDI) and removed when not: an opener without its PDI, a PDI
 *       without its opener.
 *   <li>The direction marks LRM, RLM and the Arabic letter mark (U+200E, U+200F, U+061C) are kept:
 *       they carry no state, and Arabic text uses them around Latin words and numbers.
 *   <li>Noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF) and lone surrogates are removed: no
 *       interchange may carry them, and encoders fail on them.
 * </ul>
 *
 * <p>{@code "\u202Eعنوان"} → {@code "عنوان"}; {@code "a\u0001b"} → {@code "ab"}. The result is
 * never longer than the input; clean text comes back as the same instance.
 */
public final class DisplayText {

    private static final char TAB = '\t';
    private static final char LINE_FEED = '\n';
    private static final char CARRIAGE_RETURN = '\r';
    private static final char DELETE = '\u007F';
    private static final char LAST_C1 = '\u009F';
    private static final char FIRST_EMBEDDING = '\u202A'; // LRE
    private static final char LAST_OVERRIDE = '\u202E'; // RLO
    private static final char FIRST_ISOLATE = '\u2066'; // LRI; RLI and FSI follow
    private static final char LAST_ISOLATE_OPENER = '\u2068'; // FSI
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069'; // PDI
    private static final char FIRST_ARABIC_NONCHARACTER = '\uFDD0';
    private static final char LAST_ARABIC_NONCHARACTER = '\uFDEF';

    /** UAX #9 §BD2: isolates nest at most 125 deep; deeper openers are dropped. */
    private static final int MAX_ISOLATE_DEPTH = 125;

    private DisplayText() {}

    /** {@code text} without the characters listed above; never null. */
    public static String clean(String text) {
        if (isClean(text)) return text;
        StringBuilder out = new StringBuilder(text.length());
        int[] openers = new int[MAX_ISOLATE_DEPTH]; // positions in out of the isolates still open
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                if ((codePoint & 0xFFFE) != 0xFFFE) out.appendCodePoint(codePoint); // U+1FFFE, U+1FFFF, …
                continue;
            }
            if (isRemoved(c)) continue;
            if (c >= FIRST_ISOLATE && c <= LAST_ISOLATE_OPENER) {
                if (depth == MAX_ISOLATE_DEPTH) continue;
                openers[depth++] = out.length();
            } else if (c == POP_DIRECTIONAL_ISOLATE) {
                if (depth == 0) continue;
                depth--;
            }
            out.append(c);
        }
        // openers never closed, from the last so that the earlier positions stay right
        for (int d = depth - 1; d >= 0; d--) out.deleteCharAt(openers[d]);
        return out.toString();
    }

    /** Whether {@code text} has nothing {@link #clean} would change. */
    public static boolean isClean(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < DELETE) continue; // printable ASCII, the common case
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c)
                        || i + 1 == text.length()
                        || !Character.isLowSurrogate(text.charAt(i + 1))) return false;
                if ((Character.toCodePoint(c, text.charAt(++i)) & 0xFFFE) == 0xFFFE) return false;
                continue;
            }
            if (isRemoved(c)) return false;
            if (c >= FIRST_ISOLATE && c <= LAST_ISOLATE_OPENER) {
                if (++depth > MAX_ISOLATE_DEPTH) return false;
            } else if (c == POP_DIRECTIONAL_ISOLATE && --depth < 0) return false;
        }
        return depth == 0;
    }

    /** A character removed wherever it stands (isolates and surrogates are handled apart). */
    private static boolean isRemoved(char c) {
        if (c < ' ') return c != TAB && c != LINE_FEED && c != CARRIAGE_RETURN;
        if (c >= DELETE && c <= LAST_C1) return true;
        if (c >= FIRST_EMBEDDING && c <= LAST_OVERRIDE) return true;
        if (c >= FIRST_ARABIC_NONCHARACTER && c <= LAST_ARABIC_NONCHARACTER) return true;
        return c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c);
    }
}
