package dev.marsad.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures over word shingles, cut into LSH bands. Two texts whose shingle sets have
 * Jaccard similarity s share at least one band key with probability 1 - (1 - s^ROWS)^BANDS: with
 * 32 bands of 4 rows that is 0.99 at s = 0.5 and 0.05 at s = 0.15 — cheap candidates that a
 * precise comparison then confirms.
 */
final class MinHash {

    /** Words per shingle: three words survive small edits yet are rare enough to be telling. */
    static final int SHINGLE_WORDS = 3;

    static final int BANDS = 32;
    static final int ROWS = 4;
    private static final int HASHES = BANDS * ROWS;
    /** Odd multipliers of the hash family h_i(x) = mix(x * A_i + B_i); fixed so keys are stable across runs. */
    private static final long[] A = new long[HASHES];

    private static final long[] B = new long[HASHES];

    static {
        long seed = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            seed = mix(seed + 0x9E3779B97F4A7C15L);
            A[i] = seed | 1L;
            seed = mix(seed + 0x9E3779B97F4A7C15L);
            B[i] = seed;
        }
    }

    private MinHash() {}

    /**
     * The shingle hashes of a word sequence, ascending and distinct; a text shorter than a
     * shingle is one shingle.
     */
    static long[] shingles(List<String> words) {
        if (words.isEmpty()) return new long[0];
        int n = Math.min(SHINGLE_WORDS, words.size());
        long[] shingles = new long[words.size() - n + 1];
        for (int i = 0; i + n <= words.size(); i++) {
            long h = 0x84222325CBF29CE4L;
            for (int j = i; j < i + n; j++) h = mix(h * 31 + words.get(j).hashCode());
            shingles[i] = h;
        }
        return Arrays.stream(shingles).sorted().distinct().toArray();
    }

    /** The LSH band keys of a shingle set ("b07:3f2a…"); empty for an empty set. */
    static List<String> bandKeys(long[] shingles) {
        if (shingles.length == 0) return List.of();
        long[] minimum = new long[HASHES];
        Arrays.fill(minimum, Long.MAX_VALUE);
        for (long shingle : shingles)
            for (int i = 0; i < HASHES; i++) {
                long h = mix(shingle * A[i] + B[i]);
                if (h < minimum[i]) minimum[i] = h;
            }
        var keys = new ArrayList<String>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long h = band;
            for (int row = 0; row < ROWS; row++) h = mix(h * 31 + minimum[band * ROWS + row]);
            keys.add(String.format(java.util.Locale.ROOT, "b%02d:%016x", band, h));
        }
        return keys;
    }

    /** Exact Jaccard similarity of two shingle sets (ascending, distinct). */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) return 1;
        int common = intersection(a, b);
        return (double) common / (a.length + b.length - common);
    }

    /** The share of the smaller set that the larger one contains: 1.0 when one text is a cut of the other. */
    static double containment(long[] a, long[] b) {
        int smaller = Math.min(a.length, b.length);
        return smaller == 0 ? 0 : (double) intersection(a, b) / smaller;
    }

    /** The size of the intersection of two ascending, distinct arrays. */
    static int intersection(long[] a, long[] b) {
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else {
                common++;
                i++;
                j++;
            }
        }
        return common;
    }

    /** A stable 64-bit hash of a string (FNV-1a over its chars, then mixed), the same in every run. */
    static long hash(String s) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * 0x100000001B3L;
        return mix(h);
    }

    /** SplitMix64 finaliser: a cheap, well-mixed 64-bit hash step. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
