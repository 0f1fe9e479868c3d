package dev.marsad.link;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.SortedMap;

/**
 * Stable 64-bit hashes, ascending and distinct, each with a positive integer weight: a word vector
 * (word → count) or weighted entities (entity id → weight by type). Immutable.
 */
final class HashWeights {

    /** The hashes, ascending. */
    final long[] keys;
    /** The weight of each hash. */
    final int[] weights;

    private HashWeights(long[] keys, int[] weights) {
        this.keys = keys;
        this.weights = weights;
    }

    /** The weights of a map from hash to weight (iterated in ascending key order). */
    static HashWeights of(SortedMap<Long, Integer> weights) {
        return new HashWeights(
                weights.keySet().stream().mapToLong(Long::longValue).toArray(),
                weights.values().stream().mapToInt(Integer::intValue).toArray());
    }

    int size() {
        return keys.length;
    }

    /** The sum of the squared weights: the squared length of the vector. */
    long norm2() {
        long sum = 0;
        for (int w : weights) sum += (long) w * w;
        return sum;
    }

    /** Bytes this takes in {@link #write}. */
    int encodedSize() {
        return Integer.BYTES + keys.length * (Long.BYTES + Integer.BYTES);
    }

    void write(ByteBuffer out) {
        out.putInt(keys.length);
        for (int i = 0; i < keys.length; i++) out.putLong(keys[i]).putInt(weights[i]);
    }

    static HashWeights read(ByteBuffer in) {
        int n = in.getInt();
        long[] keys = new long[n];
        int[] weights = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = in.getLong();
            weights[i] = in.getInt();
        }
        return new HashWeights(keys, weights);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HashWeights h && Arrays.equals(keys, h.keys) && Arrays.equals(weights, h.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(keys) + Arrays.hashCode(weights);
    }
}
