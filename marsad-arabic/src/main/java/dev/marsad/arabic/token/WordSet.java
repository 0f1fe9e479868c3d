package dev.marsad.arabic.token;

import java.util.Set;

/**
 * A read-only set of words that answers for a slice of a char array without making a string:
 * open addressing over the words' chars. Built once from the protected-word lexicon.
 */
final class WordSet {

    private final char[][] slots;
    private final int mask;

    WordSet(Set<String> words) {
        int capacity = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        slots = new char[capacity][];
        mask = capacity - 1;
        for (String w : words) {
            char[] chars = w.toCharArray();
            int i = hash(chars, 0, chars.length) & mask;
            while (slots[i] != null) i = (i + 1) & mask;
            slots[i] = chars;
        }
    }

    boolean contains(char[] text, int offset, int length) {
        int i = hash(text, offset, length) & mask;
        for (char[] slot; (slot = slots[i]) != null; i = (i + 1) & mask) {
            if (equals(slot, text, offset, length)) return true;
        }
        return false;
    }

    /** Whether the set holds {@code text[offset, offset + length)} with its last char read as {@code last}. */
    boolean containsWithLast(char[] text, int offset, int length, char last) {
        if (length == 0) return false;
        int h = 0;
        for (int k = offset; k < offset + length - 1; k++) h = 31 * h + text[k];
        h = 31 * h + last;
        int i = (h ^ (h >>> 16)) & mask;
        for (char[] slot; (slot = slots[i]) != null; i = (i + 1) & mask) {
            if (slot.length == length
                    && slot[length - 1] == last
                    && equals(slot, text, offset, length - 1, length - 1)) {
                return true;
            }
        }
        return false;
    }

    boolean contains(String word) {
        return contains(word.toCharArray(), 0, word.length());
    }

    private static int hash(char[] text, int offset, int length) {
        int h = 0;
        for (int k = offset; k < offset + length; k++) h = 31 * h + text[k];
        return h ^ (h >>> 16);
    }

    private static boolean equals(char[] slot, char[] text, int offset, int length) {
        return slot.length == length && equals(slot, text, offset, length, length);
    }

    private static boolean equals(char[] slot, char[] text, int offset, int length, int compared) {
        for (int k = 0; k < compared; k++) if (slot[k] != text[offset + k]) return false;
        return true;
    }
}
