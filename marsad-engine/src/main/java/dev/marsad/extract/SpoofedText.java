package dev.marsad.extract;

/**
 * Recognises text written to slip past filters: Latin words with Cyrillic look-alike letters mixed
 * in ("Аdvеrtіѕе wіth uѕ", where the А, е, і and ѕ are Cyrillic). No language mixes the two
 * alphabets inside one word, so such words mark an advertisement or spam pasted into the page, not
 * article text. Arabic text is never affected.
 */
final class SpoofedText {

    /** A block holding at least this many mixed-alphabet words is spoofed text. */
    static final int MIN_MIXED_WORDS = 3;

    private static final char FIRST_CYRILLIC = '\u0400';
    private static final char LAST_CYRILLIC = '\u04FF';

    private SpoofedText() {}

    /** True when {@code text} holds at least {@link #MIN_MIXED_WORDS} words mixing Latin and Cyrillic letters. */
    static boolean isSpoofed(String text) {
        int mixed = 0;
        boolean latin = false;
        boolean cyrillic = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (!Character.isLetter(c)) {
                if (latin && cyrillic && ++mixed >= MIN_MIXED_WORDS) return true;
                latin = false;
                cyrillic = false;
            } else if (c >= FIRST_CYRILLIC && c <= LAST_CYRILLIC) {
                cyrillic = true;
            } else if (c < LAST_LATIN) {
                latin = true;
            }
        }
        return false;
    }

    /** Letters below this code point are Latin (Basic Latin to Latin Extended-B). */
    private static final char LAST_LATIN = '\u0250';
}
