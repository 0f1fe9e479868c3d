package dev.marsad.analyze;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/**
 * The tagger's feature weights: for each feature name, one weight per tag. Each slot of an
 * open-addressing table holds a name's hash in its high bits and the name's row of weights in its
 * low {@link #ROW_BITS} bits, so a lookup touches one slot and one row instead of a map's nodes and
 * strings: tagging was memory-bound with a {@code HashMap<String, float[]>}. 42 bits of a 64-bit
 * hash are compared (not {@link String#hashCode()}, under which short Arabic strings collide
 * often): a name of new text meets a model name's hash with odds of about one in 10^8.
 */
final class FeatureWeights {

    private static final long EMPTY = 0L;

    /** Bits of a slot that hold the row: up to about 4 million features. */
    private static final int ROW_BITS = 22;

    private static final long ROW_MASK = (1L << ROW_BITS) - 1;

    private final int tags;
    private final long[] slots;
    private final float[] weights;

    private FeatureWeights(int tags, long[] slots, float[] weights) {
        this.tags = tags;
        this.slots = slots;
        this.weights = weights;
    }

    /** The weights of these named features, {@code tags} per name. */
    static FeatureWeights of(Map<String, float[]> named, int tags) {
        long[] hashes = new long[named.size()];
        float[] weights = new float[named.size() * tags];
        int i = 0;
        for (var e : named.entrySet()) {
            hashes[i] = hash(e.getKey());
            System.arraycopy(e.getValue(), 0, weights, i * tags, tags);
            i++;
        }
        return build(tags, hashes, weights);
    }

    private static FeatureWeights build(int tags, long[] hashes, float[] weights) {
        if (hashes.length > ROW_MASK) throw new IllegalArgumentException("too many features: " + hashes.length);
        int size = Integer.highestOneBit(Math.max(4, hashes.length * 2 - 1)) * 2; // load at most one half
        long[] slots = new long[size];
        for (int i = 0; i < hashes.length; i++) {
            int slot = slot(hashes[i], size);
            while (slots[slot] != EMPTY) slot = (slot + 1) & (size - 1);
            slots[slot] = (hashes[i] & ~ROW_MASK) | i;
        }
        return new FeatureWeights(tags, slots, weights);
    }

    /** A 64-bit hash of a feature name; its high bits (those kept in a slot) are never all zero. */
    static long hash(String name) {
        long h = 0xcbf29ce484222325L; // FNV-1a over the chars, then a 64-bit finaliser (SplitMix64)
        for (int i = 0; i < name.length(); i++) {
            h ^= name.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (h & ~ROW_MASK) == 0 ? h | (1L << ROW_BITS) : h;
    }

    private static int slot(long hash, int size) {
        return (int) (hash >>> 40) & (size - 1);
    }

    /** Adds the weights of feature {@code name} to {@code scores} (one per tag); nothing when unknown. */
    void addTo(String name, double[] scores) {
        long h = hash(name) & ~ROW_MASK;
        int mask = slots.length - 1;
        for (int slot = slot(h, slots.length); slots[slot] != EMPTY; slot = (slot + 1) & mask) {
            if ((slots[slot] & ~ROW_MASK) == h) {
                int from = (int) (slots[slot] & ROW_MASK) * tags;
                for (int k = 0; k < tags; k++) scores[k] += weights[from + k];
                return;
            }
        }
    }

    /** How many features have weights. */
    int size() {
        return weights.length / tags;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(size());
        long[] hashes = new long[size()];
        for (long slot : slots) if (slot != EMPTY) hashes[(int) (slot & ROW_MASK)] = slot & ~ROW_MASK;
        for (int i = 0; i < hashes.length; i++) {
            out.writeLong(hashes[i]);
            for (int k = 0; k < tags; k++) out.writeFloat(weights[i * tags + k]);
        }
    }

    static FeatureWeights read(DataInputStream in, int tags) throws IOException {
        int n = GzipBinary.bounded(in, "features", Integer.MAX_VALUE);
        GzipBinary.parameters("feature weights", n, tags);
        long[] hashes = new long[n];
        float[] weights = new float[n * tags];
        for (int i = 0; i < n; i++) {
            hashes[i] = in.readLong();
            for (int k = 0; k < tags; k++) weights[i * tags + k] = in.readFloat();
        }
        return build(tags, hashes, weights);
    }

    @Override
    public String toString() {
        return "FeatureWeights[" + size() + " features, table " + slots.length + ", " + Arrays.hashCode(weights) + "]";
    }
}
