package dev.marsad.extract;

/** White space as a reader sees it: runs of any space (incl. no-break space) become one space. */
final class Whitespace {

    private Whitespace() {}

    /** {@code text} with each run of white space as one space, stripped at both ends. */
    static String collapse(String text) {
        char[] out = new char[text.length()];
        int n = 0;
        boolean space = false;
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = n > 0;
                continue;
            }
            if (space) out[n++] = ' ';
            space = false;
            out[n++] = c;
        }
        return new String(out, 0, n);
    }

    /** No character between '!' and U+167F is white space except the no-break space. */
    private static final char FIRST_FAR_SPACE = '\u1680';

    /** White space or a space character (no-break spaces too); no table lookup for most text. */
    static boolean isSpace(char c) {
        if (c > ' ' && c < FIRST_FAR_SPACE && c != '\u00A0') return false;
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Appends {@code text} as jsoup's {@code TextNode.text()} gives it, without that intermediate
     * string: each run of space, tab, line feed, form feed, carriage return or no-break space as
     * one space (kept at both ends), zero-width spaces and soft hyphens dropped.
     */
    static void appendNormalised(StringBuilder out, String text) {
        boolean lastWasSpace = false;
        int run = 0; // start of the characters not yet appended
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
            if (!space && c != '\u200B' && c != '\u00AD') continue;
            if (i > run) {
                out.append(text, run, i);
                lastWasSpace = false;
            }
            if (space && !lastWasSpace) {
                out.append(' ');
                lastWasSpace = true;
            }
            run = i + 1;
        }
        if (text.length() > run) out.append(text, run, text.length());
    }
}
