package dev.marsad.arabic.token;

/**
 * The tokeniser's view of a UTF-16 code unit, from one static table so that scanning is a look-up
 * per char.
 */
final class CharClass {

    static final byte SEPARATOR = 0;
    static final byte ARABIC = 1;
    static final byte LETTER = 2;
    static final byte DIGIT = 3;
    /** Combining marks: continue whatever word they follow. */
    static final byte MARK = 4;
    /** Invisible format chars (ZWNJ, bidi marks, BOM): inside a token when the token goes on after them. */
    static final byte INVISIBLE = 5;

    static final byte SURROGATE = 6;

    private static final byte[] TABLE = build();

    private CharClass() {}

    static byte of(char c) {
        return TABLE[c];
    }

    private static byte[] build() {
        byte[] table = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) table[c] = classify((char) c);
        return table;
    }

    private static byte classify(char c) {
        if (Character.isSurrogate(c)) return SURROGATE;
        if (isInvisible(c)) return INVISIBLE;
        if (Character.isDigit(c)) return DIGIT;
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) return MARK;
        if (!Character.isLetter(c)) return SEPARATOR;
        return isArabicBlock(c) ? ARABIC : LETTER;
    }

    static boolean isInvisible(char c) {
        return c == '\u00AD'
                || c == '\u061C'
                || (c >= '\u200B' && c <= '\u200F')
                || (c >= '\u202A' && c <= '\u202E')
                || c == '\u2060'
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\uFEFF';
    }

    private static boolean isArabicBlock(char c) {
        return (c >= '\u0600' && c <= '\u06FF')
                || (c >= '\u0750' && c <= '\u077F')
                || (c >= '\u08A0' && c <= '\u08FF')
                || (c >= '\uFB50' && c <= '\uFDFF')
                || (c >= '\uFE70' && c <= '\uFEFE');
    }
}
