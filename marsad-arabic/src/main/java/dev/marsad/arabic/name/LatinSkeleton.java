package dev.marsad.arabic.name;

/**
 * Reads one Latin-script word into the consonant classes of {@link NameKey}, so that Google and
 * جوجل, Karabakh and كاراباخ meet. English-style spelling only; a rough reading, not a transcription.
 */
final class LatinSkeleton {

    private LatinSkeleton() {}

    /** Appends the classes of {@code word} (any case) and returns its final vowel or 0. */
    static char append(char[] word, int from, int to, boolean nameStart, StringBuilder out) {
        int i = from;
        while (i < to) {
            char c = lower(word[i]);
            if (isVowel(c)) {
                i = vowels(word, i, from, to, out);
                continue;
            }
            char next = i + 1 < to ? lower(word[i + 1]) : 0;
            int digraph = digraph(c, next, i + 2 < to ? lower(word[i + 2]) : 0);
            if (digraph != 0) {
                out.append((char) (digraph & 0xFF));
                i += digraph >> 8;
                continue;
            }
            char cls = single(c, next, nameStart && i == from);
            if (cls != 0) out.append(cls);
            i++;
        }
        return to > from ? finalVowel(lower(word[to - 1])) : 0;
    }

    /**
     * Reads the vowels starting at {@code i} and returns the index after them. A word-initial vowel
     * is the alef of the Arabic spelling (Ahmed = أحمد); inside the word, two vowel letters write a
     * long vowel (Mahmoud = محمود، Hussein = حسين) and so does an a before one consonant and a vowel
     * (Khalid = خالد، Osama = أسامة). Marks are resolved by {@link NameKeyBuilder} as for Arabic words.
     */
    private static int vowels(char[] word, int i, int from, int to, StringBuilder out) {
        int j = i;
        while (j < to && isVowel(lower(word[j]))) j++;
        if (i == from) {
            out.append(ArabicSkeleton.MARK_ALEF);
        } else if (j < to) {
            char last = lower(word[j - 1]);
            boolean open =
                    j + 1 < to && !isVowel(lower(word[j])) && isVowel(lower(word[j + 1])) && lower(word[j]) != 'h';
            if (j - i >= 2) out.append(mark(last));
            else if (last == 'a' && open) out.append(ArabicSkeleton.MARK_A);
        }
        return j;
    }

    private static char mark(char vowel) {
        return switch (vowel) {
            case 'a' -> ArabicSkeleton.MARK_A;
            case 'o', 'u' -> ArabicSkeleton.MARK_U;
            default -> ArabicSkeleton.MARK_I;
        };
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** A two- or three-letter spelling of one sound: length in the high byte, class in the low. */
    private static int digraph(char c, char next, char third) {
        if (c == 't' && next == 'c' && third == 'h') return 3 << 8 | 'C';
        if (next == 'h') {
            return switch (c) {
                case 'k', 'g' -> 2 << 8 | 'K';
                case 's', 'c' -> 2 << 8 | 'C';
                case 't' -> 2 << 8 | 'T';
                case 'p' -> 2 << 8 | 'F';
                case 'z' -> 2 << 8 | 'Z';
                default -> 0;
            };
        }
        if ((c == 'c' && next == 'k') || (c == 'q' && next == 'u') || (c == 'd' && next == 'j')) return 2 << 8 | 'K';
        return 0;
    }

    private static char single(char c, char next, boolean initial) {
        boolean beforeVowel = isVowel(next);
        return switch (c) {
            case 'b', 'p' -> 'B';
            case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 'S' : 'K';
            case 'd' -> 'D';
            case 'f', 'v' -> 'F';
            case 'g', 'j', 'k', 'q' -> 'K';
            case 'h' -> 'H';
            case 'l' -> 'L';
            case 'm' -> 'M';
            case 'n' -> next == 'b' ? 'M' : 'N';
            case 'r' -> 'R';
            case 's' -> 'S';
            case 't' -> 'T';
            case 'w' -> initial || beforeVowel ? 'W' : 0;
            case 'y' -> initial || beforeVowel ? 'Y' : 0;
            case 'x' -> 'K';
            case 'z' -> 'Z';
            default -> c >= '0' && c <= '9' ? c : 0;
        };
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static char finalVowel(char last) {
        return switch (last) {
            case 'a' -> 'a';
            case 'i', 'y' -> 'i';
            case 'o', 'u' -> 'u';
            default -> 0; // a final e is silent (Google)
        };
    }
}
