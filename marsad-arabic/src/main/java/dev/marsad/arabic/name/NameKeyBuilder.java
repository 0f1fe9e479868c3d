package dev.marsad.arabic.name;

import static dev.marsad.arabic.ArabicLetters.ALEF;
import static dev.marsad.arabic.ArabicLetters.LAM;

import dev.marsad.arabic.ArabicLetters;
import dev.marsad.arabic.name.ArabicSkeleton.Reading;

/**
 * Builds a {@link NameKey} word by word into reused buffers: the allocation-free path of the Lucene
 * name-key filter. Words must be single tokens already normalised with {@link
 * dev.marsad.arabic.ArabicNormalizer#SEARCH}; for such words the result equals {@link NameKey#of}
 * of the words joined by spaces. Not thread-safe: one builder per token stream.
 *
 * <p>{@code builder.reset().add("قره").add("باخ").key()} → {@code KRBK}.
 *
 * <p>A word is held back until the next one arrives, so that compounds written apart are read as
 * written joined ({@link CompoundHeads}: عبد + الرحمن = عبدالرحمن). The skeleton keeps marks
 * (long vowels, a word-initial alef, ص) that {@link #key} resolves for the whole name: a name with
 * a transliterated word drops them all (فلاديمير بوتين = فلاديمير بوتن), a native name keeps them.
 */
public final class NameKeyBuilder {

    private final StringBuilder skeleton = new StringBuilder(32);
    private final StringBuilder key = new StringBuilder(32);
    private char[] pending = new char[32];
    private int pendingLength;
    private int pendingParts;
    private int pendingLastStart;
    private boolean pendingFamily;
    private boolean pendingForeign;
    private boolean pendingJoined;
    private char finalVowel;
    private boolean foreign;
    private int words;

    /** An empty builder. */
    public NameKeyBuilder() {}

    /** Forgets all words added. */
    public NameKeyBuilder reset() {
        skeleton.setLength(0);
        pendingLength = 0;
        pendingParts = 0;
        finalVowel = 0;
        foreign = false;
        words = 0;
        return this;
    }

    /** Adds the next word of the name; an empty word is ignored. */
    public NameKeyBuilder add(String word) {
        return add(word.toCharArray(), 0, word.length());
    }

    /** Adds the word {@code text[offset, offset + length)}; allocates nothing once its buffers are large enough. */
    public NameKeyBuilder add(char[] text, int offset, int length) {
        if (length <= 0) return this;
        boolean glue = pendingLength > 0
                && ArabicLetters.isArabicLetter(text[offset])
                && (CompoundHeads.isHead(pending, pendingLastStart, pendingLength - pendingLastStart)
                        || CompoundHeads.isTail(text, offset, length));
        if (!glue) {
            flush();
            pendingParts = 0;
            pendingJoined = false;
            pendingFamily = CompoundHeads.isFamilyArticle(text, offset, length);
            pendingForeign = CompoundHeads.isForeignHead(text, offset, length);
        }
        if (glue && !pendingFamily && startsWithArticle(text, offset, length)) {
            offset += 2; // عبد الرحمن reads as عبدرحمن, as the index sees it after the clitic splitter
            length -= 2;
        }
        if (pending.length < pendingLength + length) {
            pending = java.util.Arrays.copyOf(pending, (pendingLength + length) * 2);
        }
        System.arraycopy(text, offset, pending, pendingLength, length);
        pendingLastStart = pendingLength;
        int kept = CompoundHeads.dropInnerArticle(pending, pendingLength, length); // عبدالرحمن
        if (kept != length) pendingJoined = true;
        pendingLength += kept;
        pendingParts++;
        return this;
    }

    private static boolean startsWithArticle(char[] text, int offset, int length) {
        return length >= 2 + NameKey.MIN_WORD_AFTER_ARTICLE && text[offset] == ALEF && text[offset + 1] == LAM;
    }

    /** Reads the held-back word into the skeleton. */
    private void flush() {
        if (pendingLength == 0) return;
        boolean glued = pendingParts > 1 || pendingJoined;
        read(pending, 0, pendingLength, glued, glued && pendingFamily, glued && pendingForeign);
        pendingLength = 0;
        words++;
    }

    private void read(char[] text, int offset, int length, boolean glued, boolean family, boolean transliterated) {
        int end = offset + length;
        char c = text[offset];
        if (ArabicLetters.isArabicLetter(c)) {
            boolean article =
                    !family && length >= 2 + NameKey.MIN_WORD_AFTER_ARTICLE && c == ALEF && text[offset + 1] == LAM;
            int from = article ? offset + 2 : offset;
            if (CompoundHeads.startsWithIbn(text, from, end - from)) from++; // ابن سلمان = بن سلمان
            Reading reading;
            if (transliterated) reading = Reading.FOREIGN;
            else if (glued || CompoundHeads.isJoined(text, from, end - from)) reading = Reading.COMPOUND;
            else reading = ArabicSkeleton.readingOf(text, from, end);
            if (reading == Reading.FOREIGN) foreign = true;
            finalVowel = ArabicSkeleton.append(text, from, end, reading, skeleton);
        } else if (c >= '0' && c <= '9') {
            for (int i = offset; i < end; i++) if (text[i] >= '0' && text[i] <= '9') skeleton.append(text[i]);
            finalVowel = 0;
        } else {
            int start = skeleton.length();
            finalVowel = LatinSkeleton.append(text, offset, end, skeleton.isEmpty(), skeleton);
            if (latinConsonants(start) > ArabicSkeleton.MAX_NATIVE_CONSONANTS) foreign = true; // Zelensky, Hamburg
        }
    }

    /**
     * Consonant classes of the Latin word read from {@code start}, doubled letters once and a
     * leading M not counted, the same measure as {@link ArabicSkeleton#readingOf}: Mahmoud 3, Hamburg 5.
     */
    private int latinConsonants(int start) {
        int consonants = 0;
        char previous = 0;
        for (int i = start; i < skeleton.length(); i++) {
            char c = skeleton.charAt(i);
            if (Character.isUpperCase(c) && c != previous) consonants++;
            if (Character.isUpperCase(c)) previous = c;
        }
        if (start < skeleton.length()
                && skeleton.charAt(start) == 'M'
                && consonants == ArabicSkeleton.MAX_NATIVE_CONSONANTS + 1) {
            consonants--;
        }
        return consonants;
    }

    /**
     * The key of the words added so far; the returned sequence is reused by the next call. Marks
     * resolve here: in a native name a long vowel stays a small a/i/u, a word-initial alef is A and
     * ص is X; in a name with a transliterated word they drop and ص is S. Repeated classes collapse
     * and the last word's final vowel closes the key.
     */
    public CharSequence key() {
        int mark = skeleton.length();
        char vowel = finalVowel;
        boolean wasForeign = foreign;
        int held = pendingLength;
        int wordsBefore = words;
        flush();
        key.setLength(0);
        for (int i = 0; i < skeleton.length(); i++) {
            char c = resolve(skeleton.charAt(i), foreign, words > 1);
            boolean repeat = c == 0 || !key.isEmpty() && key.charAt(key.length() - 1) == c && Character.isLetter(c);
            if (!repeat) key.append(c);
        }
        if (finalVowel != 0) key.append(finalVowel);
        skeleton.setLength(mark);
        finalVowel = vowel;
        foreign = wasForeign;
        pendingLength = held;
        words = wordsBefore;
        return key;
    }

    private static char resolve(char c, boolean foreign, boolean severalWords) {
        return switch (c) {
            case ArabicSkeleton.MARK_SHORT_A -> foreign || severalWords ? 0 : ArabicSkeleton.MARK_A;
            case ArabicSkeleton.MARK_SHORT_I -> foreign || severalWords ? 0 : ArabicSkeleton.MARK_I;
            case ArabicSkeleton.MARK_SHORT_U -> foreign || severalWords ? 0 : ArabicSkeleton.MARK_U;
            case ArabicSkeleton.MARK_A, ArabicSkeleton.MARK_I, ArabicSkeleton.MARK_U -> foreign ? 0 : c;
            case ArabicSkeleton.MARK_ALEF -> foreign ? 0 : 'A';
            case ArabicSkeleton.MARK_SAD -> foreign ? 'S' : 'X';
            default -> c;
        };
    }
}
