package dev.marsad.arabic.name;

import static dev.marsad.arabic.ArabicLetters.*;

/** Reads one Arabic word (MATCHING form, article removed) into consonant classes for {@link NameKey}. */
final class ArabicSkeleton {

    private static final char[] CLASS = classes();

    private ArabicSkeleton() {}

    private static char[] classes() {
        char[] c = new char[0x0700 - 0x0600];
        put(c, 'B', BEH, PEH);
        put(c, 'T', TEH, TAH, THEH);
        put(c, 'K', JEEM, KHAH, GHAIN, QAF, KAF, GAF, KEHEH, NG, QAF_THREE_DOTS, TCHEH);
        put(c, 'H', HAH, HEH);
        put(c, 'D', DAL, DAD);
        put(c, 'Z', THAL, ZAIN, ZAH, JEH);
        put(c, 'R', REH);
        put(c, 'S', SEEN, SAD);
        put(c, 'C', SHEEN);
        put(c, 'E', AIN);
        put(c, 'F', FEH, VEH);
        put(c, 'L', LAM);
        put(c, 'M', MEEM);
        put(c, 'N', NOON);
        return c;
    }

    private static void put(char[] table, char cls, char... letters) {
        for (char letter : letters) table[letter - 0x0600] = cls;
    }

    /**
     * Appends the classes of {@code word} and returns its final vowel (a, i, u) or 0. The final
     * vowel only matters for the name's last word; the caller keeps the last one returned.
     */
    static char append(char[] word, int from, int to, boolean nameStart, StringBuilder out) {
        int end = to;
        while (end > from + 1 && word[end - 1] == HAMZA) end--; // صنعاء = صنعا, كربلاء = كربلا
        char finalVowel = vowelOf(word[end - 1]);
        boolean vowelDropped = finalVowel != 0 && end > from + 1;
        if (vowelDropped) end--; // a word-final ه/ة/ا/ي/و is a vowel: قره باخ → قرباخ
        for (int i = from; i < end; i++) {
            char c = word[i];
            char next = i + 1 < to ? word[i + 1] : 0;
            char cls = classOf(c, next, nameStart && i == from, vowelDropped && i + 1 == end);
            if (cls != 0) out.append(cls);
        }
        return finalVowel;
    }

    private static char classOf(char c, char next, boolean nameInitial, boolean beforeFinalVowel) {
        if (c == WAW || c == YEH) {
            boolean consonant = nameInitial
                    || next == ALEF
                    || next == ALEF_MAKSURA
                    || beforeFinalVowel && next != YEH && next != WAW;
            return consonant ? (c == WAW ? 'W' : 'Y') : 0;
        }
        if (c == NOON && next == BEH) return 'M'; // assimilation: اسطنبول = اسطمبول
        if (c == TEH && next == SHEEN) return 0; // تش writes "ch": تشرشل
        if (c == DAL && (next == JEEM)) return 0; // دج writes "j": دجيبوتي
        if (c < 0x0600 || c >= 0x0700) return 0; // letters of the Arabic supplements carry no class
        return CLASS[c - 0x0600];
    }

    private static char vowelOf(char c) {
        return switch (c) {
            case ALEF, TEH_MARBUTA, HEH -> 'a';
            case YEH, ALEF_MAKSURA -> 'i';
            case WAW -> 'u';
            default -> 0;
        };
    }
}
