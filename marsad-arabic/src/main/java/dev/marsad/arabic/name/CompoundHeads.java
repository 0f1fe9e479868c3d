package dev.marsad.arabic.name;

import static dev.marsad.arabic.ArabicLetters.*;

/**
 * Name parts written both apart and joined: عبد الرحمن / عبدالرحمن، أبو ظبي / أبوظبي، بن كيران /
 * بنكيران، دير الزور / ديرالزور، نور الدين / نورالدين. {@link NameKeyBuilder} glues a head to the
 * word after it and a tail to the word before it, so both spellings give one key. Words are in
 * MATCHING form with ة → ه and ى → ي (آل is ال, أبو is ابو).
 */
final class CompoundHeads {

    /**
     * Heads glued to the next word that also mark a joined word starting with them as a compound
     * (عبدالرحمن، بنكيران، ديرالزور): the kinship words of Arabic names (عبد، أبو، ابن، بن) and the
     * first words of place names often written joined (دير، دار، كفر، بيت، بئر، عين، رأس، تل، خان،
     * بور، ذي).
     */
    private static final String[] JOINED_HEADS = {
        "\u0639\u0628\u062F", // عبد
        "\u0627\u0628\u0648", // ابو
        "\u0627\u0628\u0646", // ابن
        "\u0628\u0646", // بن
        "\u062F\u064A\u0631", // دير
        "\u062F\u0627\u0631", // دار
        "\u0643\u0641\u0631", // كفر
        "\u0628\u064A\u062A", // بيت
        "\u0628\u064A\u0631", // بير (بئر)
        "\u0639\u064A\u0646", // عين
        "\u0631\u0627\u0633", // راس
        "\u062A\u0644", // تل
        "\u062E\u0627\u0646", // خان
        "\u0628\u0648\u0631", // بور
        "\u0630\u064A" // ذي
    };

    /**
     * Heads glued to the next word only when written apart, because they start too many ordinary
     * words to mark a joined one: آل (the article), أم (امريكا), سيدي.
     */
    private static final String[] SPACED_HEADS = {
        "\u0627\u0644", // ال (آل)
        "\u0627\u0645", // ام
        "\u0633\u064A\u062F\u064A" // سيدي
    };

    /**
     * First words of transliterated names, glued to the next word when written apart (سان
     * فرانسيسكو، دا سيلفا، فون دير لاين); the glued word reads as a transliteration, as its joined
     * spelling does.
     */
    private static final String[] FOREIGN_HEADS = {
        "\u0646\u064A\u0648", // نيو
        "\u0633\u0627\u0646", // سان
        "\u0644\u0648", // لو
        "\u062F\u0627", // دا
        "\u062F\u064A", // دي
        "\u0641\u0627\u0646", // فان
        "\u0641\u0648\u0646" // فون
    };

    /**
     * Tails glued to the word before: نور الدين = نورالدين، نصر الله = نصرالله، and the Persian
     * place suffix آباد (حيدر آباد = حيدرأباد).
     */
    private static final String[] TAILS = {
        "\u0627\u0644\u062F\u064A\u0646", // الدين
        "\u0627\u0644\u0644\u0647", // الله
        "\u0627\u0628\u0627\u062F" // اباد (آباد)
    };

    /** Fewest letters a joined compound has after its head (بنكيران yes, بنت no). */
    static final int MIN_REST = 2;

    private CompoundHeads() {}

    /** Whether {@code word[from, from + length)}, with or without the article, is a head glued to the next word. */
    static boolean isHead(char[] word, int from, int length) {
        if (length > 4 && word[from] == ALEF && word[from + 1] == LAM) { // الدار البيضاء = الدارالبيضاء
            from += 2;
            length -= 2;
        }
        for (String head : JOINED_HEADS) if (equals(word, from, length, head)) return true;
        for (String head : SPACED_HEADS) if (equals(word, from, length, head)) return true;
        return isForeignHead(word, from, length);
    }

    /** Whether {@code word[from, from + length)} is the first word of a transliterated name (سان، دا، فون). */
    static boolean isForeignHead(char[] word, int from, int length) {
        for (String head : FOREIGN_HEADS) if (equals(word, from, length, head)) return true;
        return false;
    }

    /** Whether {@code word[from, from + length)} is a tail glued to the word before. */
    static boolean isTail(char[] word, int from, int length) {
        for (String tail : TAILS) if (equals(word, from, length, tail)) return true;
        return false;
    }

    /** Whether the word is itself a joined compound: a head followed by at least {@link #MIN_REST} letters, or a word ending in a tail. */
    static boolean isJoined(char[] word, int from, int length) {
        for (String head : JOINED_HEADS) {
            if (length >= head.length() + MIN_REST && startsWith(word, from, head)) return true;
        }
        for (String tail : TAILS) {
            int start = from + length - tail.length();
            if (length >= tail.length() + MIN_REST && startsWith(word, start, tail)) return true;
        }
        return false;
    }

    /**
     * Removes the article inside the joined compound {@code word[start, start + length)}, in place,
     * and returns the new length:
     * عبدالرحمن → عبدرحمن، ديرالزور → ديرزور، نورالدين → نوردين, the way the glued spaced
     * spelling reads (the article of the second word goes, as in a word on its own).
     */
    static int dropInnerArticle(char[] word, int start, int length) {
        int from = length >= 4 && word[start] == ALEF && word[start + 1] == LAM ? start + 2 : start; // الدارالبيضاء
        int end = start + length;
        for (String head : JOINED_HEADS) {
            int at = from + head.length();
            if (end - at >= 2 + MIN_REST && startsWith(word, from, head) && word[at] == ALEF && word[at + 1] == LAM) {
                return remove(word, start, length, at);
            }
        }
        for (String tail : TAILS) {
            int at = end - tail.length();
            if (at - from >= MIN_REST && startsWith(word, at, tail) && word[at] == ALEF && word[at + 1] == LAM) {
                return remove(word, start, length, at);
            }
        }
        return length;
    }

    private static int remove(char[] word, int start, int length, int at) {
        System.arraycopy(word, at + 2, word, at, start + length - at - 2);
        return length - 2;
    }

    private static boolean equals(char[] word, int from, int length, String s) {
        return length == s.length() && startsWith(word, from, s);
    }

    private static boolean startsWith(char[] word, int from, String s) {
        for (int i = 0; i < s.length(); i++) if (word[from + i] != s.charAt(i)) return false;
        return true;
    }

    /** Whether the word starts with ابن, whose alef is dropped so that ابن سلمان = بن سلمان. */
    static boolean startsWithIbn(char[] word, int from, int length) {
        return length > 3 && startsWith(word, from, JOINED_HEADS[2]);
    }

    /** The article ال as a head (آل سعود): the word glued to it keeps its letters. */
    static boolean isFamilyArticle(char[] word, int from, int length) {
        return length == 2 && word[from] == ALEF && word[from + 1] == LAM;
    }
}
