package dev.marsad.extract;

/** White space as a reader sees it: runs of any space (incl. no-break space) become one space. */
final class Whitespace {

    private Whitespace() {}

    /** {@code text} with each run of white space as one space, stripped at both ends. */
    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) out.append(' ');
            space = false;
            out.append(c);
        }
        return out.toString();
    }
}
