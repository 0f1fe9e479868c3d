package dev.marsad.arabic.name;

import static dev.marsad.arabic.ArabicLetters.*;

/**
 * Reads one Arabic word (MATCHING form, article removed) into consonant classes and vowel marks
 * for {@link NameKey}. Whether a word keeps its long vowels depends on how it is read ({@link
 * Reading}): native Arabic names keep them (حسن ≠ حسين), transliterated foreign names drop them
 * (ميركل = ميركيل), because transliteration adds and drops vowel letters freely while an Arabic
 * name's long vowels are fixed by its pattern.
 */
final class ArabicSkeleton {

    /** How a word's letters are read. */
    enum Reading {
        /**
         * An Arabic-patterned word (at most {@link #MAX_NATIVE_CONSONANTS} consonants besides a
         * م prefix or an ان suffix): long vowels and a word-initial alef are kept as marks, ص as its own class.
         */
        NATIVE,
        /**
         * A compound written apart or joined (عبد الرحمن، عبدالرحمن، ديرالزور): read as native
         * whatever its length, since its parts are Arabic words.
         */
        COMPOUND,
        /**
         * A transliteration (more consonants than an Arabic pattern holds, تش or دج, a -يا ending):
         * vowels dropped, ص = س, a medial ه reads as the g it transliterates (لوهانسك = لوغانسك).
         */
        FOREIGN
    }

    /**
     * Most consonants of an Arabic-patterned word: three root consonants (فاعل، فعيل، فعال، فعول);
     * a م prefix (محمود) and an ان suffix (سلمان) are not counted.
     */
    static final int MAX_NATIVE_CONSONANTS = 3;

    /**
     * Most long vowels inside a native word: the name patterns hold one (فاعل، فعيل، فعال، فعول،
     * مفعول، فعلان); a word with more (كامالا، بيلوسي، ماريوبول) reads as a transliteration, which
     * writes every vowel it hears.
     */
    static final int MAX_NATIVE_VOWELS = 1;

    /** Fewest letters of a word whose -يا ending marks a transliterated place name (ليبيا، صربيا، روسية). */
    static final int MIN_IA_WORD = 4;

    /** Mark of a long vowel ا / و / ي inside a native word; resolved by {@link NameKeyBuilder}. */
    static final char MARK_A = 'a', MARK_U = 'u', MARK_I = 'i';

    /**
     * Marks of a long vowel in a native word of at most {@link #MAX_SHORT_CONSONANTS} consonants:
     * kept when the word is the whole name (زيد ≠ زايد), dropped inside a longer name, where such
     * words are mostly parts of a compound written apart (قره باخ = كاراباخ، طول كرم = طولكرم).
     */
    static final char MARK_SHORT_A = '\u00E1', MARK_SHORT_U = '\u00FA', MARK_SHORT_I = '\u00ED';

    /** Most consonants of a word whose long vowels are {@link #MARK_SHORT_A short-word marks}. */
    static final int MAX_SHORT_CONSONANTS = 2;

    /** Mark of a word-initial alef (hamza) in a native word: أحمد ≠ حمد, أمل ≠ مل. */
    static final char MARK_ALEF = 'q';

    /** Mark of ص in a native word or compound: ص ≠ س unless the name is a transliteration. */
    static final char MARK_SAD = 's';

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
     * How {@code word[from, to)} reads: 1. a تش or دج (ch, j) or a -يا ending marks a
     * transliteration; 2. so do more than {@link #MAX_NATIVE_CONSONANTS} consonants, not counting a
     * م prefix or an ان suffix; 3. so does more than {@link #MAX_NATIVE_VOWELS} long vowel inside
     * the word; 4. anything else is native.
     */
    static Reading readingOf(char[] word, int from, int to) {
        int end = stemEnd(word, from, to);
        if (hasIaEnding(word, from, end, to) || hasForeignFinalVowel(word, from, end, to)) return Reading.FOREIGN;
        int consonants = 0;
        int vowels = 0;
        for (int i = from; i < end; i++) {
            char c = word[i];
            char next = i + 1 < to ? word[i + 1] : 0;
            if ((c == TEH && next == SHEEN) || (c == DAL && next == JEEM)) return Reading.FOREIGN;
            if (isConsonant(word, i, from, end, to)) consonants++;
            else if (i > from && c != HAMZA) vowels++;
        }
        boolean anSuffix = to - from > 3 && word[to - 2] == ALEF && word[to - 1] == NOON;
        if (anSuffix) vowels--; // the ا of سلمان، زيدان is the suffix's
        if (vowels > MAX_NATIVE_VOWELS) return Reading.FOREIGN;
        boolean meemPrefix = word[from] == MEEM && end - from > 1 && isConsonant(word, from + 1, from, end, to);
        if (meemPrefix && consonants == MAX_NATIVE_CONSONANTS + 1) consonants--; // محمود، منصور
        if (anSuffix) consonants--; // سلمان، عثمان
        return consonants > MAX_NATIVE_CONSONANTS ? Reading.FOREIGN : Reading.NATIVE;
    }

    /**
     * A final ا or و after a consonant (باماكو، تيريزا، كامالا): Arabic names end in ة, ى or ي and
     * transliterations write a final -a, -o or -u with ا or و. The final vowel itself stays in the
     * key (عمرو ≠ عمر); only the word's inner vowels are read as a transliteration's. A final
     * hamza does not change this, so that شيماء = شيما.
     */
    private static boolean hasForeignFinalVowel(char[] word, int from, int end, int to) {
        if (end >= to || end - from < 2) return false;
        char last = word[end];
        char before = word[end - 1];
        return (last == ALEF || last == WAW) && before != ALEF && before != WAW && before != YEH;
    }

    /**
     * A -يا or -ية ending after a consonant (ليبيا، صربيا، روسية): how transliterated place names
     * end, whichever of the two letters a writer picks.
     */
    private static boolean hasIaEnding(char[] word, int from, int end, int to) {
        if (end - from < MIN_IA_WORD - 1 || end >= to || word[end - 1] != YEH) return false;
        char last = word[end];
        char before = word[end - 2];
        boolean afterConsonant = before != ALEF && before != WAW && before != YEH;
        return afterConsonant && (last == ALEF || last == HEH || last == TEH_MARBUTA);
    }

    /**
     * Appends the classes and marks of {@code word} read as {@code reading} and returns its final
     * vowel (a, i, u) or 0. The final vowel only matters for the name's last word; the caller keeps
     * the last one returned.
     */
    static char append(char[] word, int from, int to, Reading reading, StringBuilder out) {
        int end = stemEnd(word, from, to);
        char finalVowel = end < trimmedEnd(word, from, to) ? vowelOf(word[end]) : 0;
        int consonants = 0;
        for (int i = from; i < end; i++) if (isConsonant(word, i, from, end, to)) consonants++;
        boolean shortWord = consonants <= MAX_SHORT_CONSONANTS;
        for (int i = from; i < end; i++) {
            char cls = classOf(word, i, from, end, to, reading);
            if (shortWord) cls = shortMark(cls);
            if (cls != 0) out.append(cls);
        }
        return finalVowel;
    }

    /** The word without trailing hamza (صنعاء = صنعا). */
    private static int trimmedEnd(char[] word, int from, int to) {
        int end = to;
        while (end > from + 1 && word[end - 1] == HAMZA) end--;
        return end;
    }

    /** The word without trailing hamza and without a final vowel ه/ة/ا/ي/و (قره باخ → قرباخ). */
    private static int stemEnd(char[] word, int from, int to) {
        int end = trimmedEnd(word, from, to);
        return vowelOf(word[end - 1]) != 0 && end > from + 1 ? end - 1 : end;
    }

    private static boolean isConsonant(char[] word, int i, int from, int end, int to) {
        char c = word[i];
        if (c == ALEF || c == HAMZA) return false;
        if (c == WAW || c == YEH) return isGlide(word, i, from, end, to);
        return c >= 0x0600 && c < 0x0700 && CLASS[c - 0x0600] != 0;
    }

    /** و/ي as a consonant: word-initial, before a vowel (the ي of ليبيا), or before the final vowel. */
    private static boolean isGlide(char[] word, int i, int from, int end, int to) {
        char next = i + 1 < to ? word[i + 1] : 0;
        boolean beforeFinalVowel = i + 1 == end && end < trimmedEnd(word, from, to);
        return i == from || next == ALEF || next == ALEF_MAKSURA || beforeFinalVowel && next != YEH && next != WAW;
    }

    private static char classOf(char[] word, int i, int from, int end, int to, Reading reading) {
        char c = word[i];
        char next = i + 1 < to ? word[i + 1] : 0;
        boolean native_ = reading != Reading.FOREIGN;
        if (c == ALEF) {
            if (!native_) return 0;
            return i == from ? MARK_ALEF : MARK_A;
        }
        if (c == WAW || c == YEH) {
            if (isGlide(word, i, from, end, to)) return c == WAW ? 'W' : 'Y';
            return native_ ? (c == WAW ? MARK_U : MARK_I) : 0;
        }
        if (c == SAD) return reading == Reading.FOREIGN ? 'S' : MARK_SAD;
        if (c == HEH && !native_ && i > from) return 'K'; // لوهانسك = لوغانسك
        if (c == ZAIN && !native_ && i + 1 == end && end == to) return 'S'; // a final s: تايمز = تايمس
        if (c == NOON && next == BEH) return 'M'; // assimilation: اسطنبول = اسطمبول
        if (c == TEH && next == SHEEN) return 0; // تش writes "ch": تشرشل
        if (c == DAL && next == JEEM) return 0; // دج writes "j": دجيبوتي
        if (c < 0x0600 || c >= 0x0700) return 0; // letters of the Arabic supplements carry no class
        return CLASS[c - 0x0600];
    }

    private static char shortMark(char mark) {
        return switch (mark) {
            case MARK_A -> MARK_SHORT_A;
            case MARK_I -> MARK_SHORT_I;
            case MARK_U -> MARK_SHORT_U;
            default -> mark;
        };
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
