package dev.marsad.arabic.name;

import static dev.marsad.arabic.ArabicLetters.ALEF;
import static dev.marsad.arabic.ArabicLetters.LAM;

import dev.marsad.arabic.ArabicLetters;

/**
 * Builds a {@link NameKey} word by word into reused buffers: the allocation-free path of the Lucene
 * name-key filter. Words must be single tokens already normalised with {@link
 * dev.marsad.arabic.ArabicNormalizer#SEARCH}; for such words the result equals {@link NameKey#of}
 * of the words joined by spaces. Not thread-safe: one builder per token stream.
 *
 * <p>{@code builder.reset().add("قره").add("باخ").key()} → {@code KRBK}.
 */
public final class NameKeyBuilder {

    private final StringBuilder skeleton = new StringBuilder(32);
    private final StringBuilder key = new StringBuilder(32);
    private char finalVowel;
    private boolean first = true;

    /** An empty builder. */
    public NameKeyBuilder() {}

    /** Forgets all words added. */
    public NameKeyBuilder reset() {
        skeleton.setLength(0);
        finalVowel = 0;
        first = true;
        return this;
    }

    /** Adds the next word of the name; an empty word is ignored. */
    public NameKeyBuilder add(String word) {
        return add(word.toCharArray(), 0, word.length());
    }

    /** Adds the word {@code text[offset, offset + length)}; allocates nothing. */
    public NameKeyBuilder add(char[] text, int offset, int length) {
        if (length <= 0) return this;
        int end = offset + length;
        char c = text[offset];
        if (ArabicLetters.isArabicLetter(c)) {
            boolean article = length >= 2 + NameKey.MIN_WORD_AFTER_ARTICLE && c == ALEF && text[offset + 1] == LAM;
            finalVowel = ArabicSkeleton.append(text, article ? offset + 2 : offset, end, first, skeleton);
        } else if (c >= '0' && c <= '9') {
            for (int i = offset; i < end; i++) if (text[i] >= '0' && text[i] <= '9') skeleton.append(text[i]);
            finalVowel = 0;
        } else {
            finalVowel = LatinSkeleton.append(text, offset, end, first, skeleton);
        }
        first = false;
        return this;
    }

    /** The key of the words added so far; the returned sequence is reused by the next call. */
    public CharSequence key() {
        key.setLength(0);
        for (int i = 0; i < skeleton.length(); i++) {
            char c = skeleton.charAt(i);
            boolean repeat = !key.isEmpty() && key.charAt(key.length() - 1) == c && Character.isLetter(c);
            if (!repeat) key.append(c);
        }
        if (finalVowel != 0) key.append(finalVowel);
        return key;
    }
}
