package dev.marsad.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** The set of shingle hashes of a word sequence; a text shorter than a shingle is one shingle. */
    static Set<Long> shingles(List<String> words) {
        var shingles = new HashSet<Long>();
        if (words.isEmpty()) return shingles;
        int n = Math.min(SHINGLE_WORDS, words.size());
        for (int i = 0; i + n <= words.size(); i++) {
            long h = 0x84222325CBF29CE4L;
            for (int j = i; j < i + n; j++) h = mix(h * 31 + words.get(j).hashCode());
            shingles.add(h);
        }
        return shingles;
    }

    /** The LSH band keys of a shingle set ("b07:3f2a…"); empty for an empty set. */
    static List<String> bandKeys(Set<Long> shingles) {
        if (shingles.isEmpty()) return List.of();
        long[] minimum = new long[HASHES];
        java.util.Arrays.fill(minimum, Long.MAX_VALUE);
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

    /** Exact Jaccard similarity of two shingle sets. */
    static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        int common = intersection(a, b);
        return (double) common / (a.size() + b.size() - common);
    }

    /** The share of the smaller set that the larger one contains: 1.0 when one text is a cut of the other. */
    static double containment(Set<Long> a, Set<Long> b) {
        int smaller = Math.min(a.size(), b.size());
        return smaller == 0 ? 0 : (double) intersection(a, b) / smaller;
    }

    private static int intersection(Set<Long> a, Set<Long> b) {
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        int common = 0;
        for (long x : small) if (large.contains(x)) common++;
        return common;
    }

    /** SplitMix64 finaliser: a cheap, well-mixed 64-bit hash step. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
