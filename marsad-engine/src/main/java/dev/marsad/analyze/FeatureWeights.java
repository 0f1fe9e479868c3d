package dev.marsad.analyze;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/**
 * The tagger's feature weights: for each feature name, one weight per tag. Names are kept as
 * 64-bit hashes in an open-addressing table, so a lookup touches two small arrays instead of a
 * map's nodes and strings: tagging was memory-bound with a {@code HashMap<String, float[]>}. Two
 * names share a hash with odds of about one in 10^13 for the model's hundred thousand names.
 */
final class FeatureWeights {

    private static final long EMPTY = 0L;

    private final int tags;
    private final long[] keys;
    private final int[] rows;
    private final float[] weights;

    private FeatureWeights(int tags, long[] keys, int[] rows, float[] weights) {
        this.tags = tags;
        this.keys = keys;
        this.rows = rows;
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
        int size = Integer.highestOneBit(Math.max(4, hashes.length * 2)) * 2;
        long[] keys = new long[size];
        int[] rows = new int[size];
        for (int i = 0; i < hashes.length; i++) {
            int slot = slot(hashes[i], size);
            while (keys[slot] != EMPTY) slot = (slot + 1) & (size - 1);
            keys[slot] = hashes[i];
            rows[slot] = i;
        }
        return new FeatureWeights(tags, keys, rows, weights);
    }

    /** A 64-bit hash of a feature name, never {@link #EMPTY}. */
    static long hash(String name) {
        long h = 0xcbf29ce484222325L; // FNV-1a over the chars, then a 64-bit finaliser (SplitMix64)
        for (int i = 0; i < name.length(); i++) {
            h ^= name.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == EMPTY ? 1L : h;
    }

    private static int slot(long hash, int size) {
        return (int) (hash ^ (hash >>> 32)) & (size - 1);
    }

    /** Adds the weights of feature {@code name} to {@code scores} (one per tag); nothing when unknown. */
    void addTo(String name, double[] scores) {
        long h = hash(name);
        int slot = slot(h, keys.length);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == h) {
                int from = rows[slot] * tags;
                for (int k = 0; k < tags; k++) scores[k] += weights[from + k];
                return;
            }
            slot = (slot + 1) & (keys.length - 1);
        }
    }

    /** How many features have weights. */
    int size() {
        return weights.length / tags;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(size());
        long[] hashes = new long[size()];
        for (int slot = 0; slot < keys.length; slot++) if (keys[slot] != EMPTY) hashes[rows[slot]] = keys[slot];
        for (int i = 0; i < hashes.length; i++) {
            out.writeLong(hashes[i]);
            for (int k = 0; k < tags; k++) out.writeFloat(weights[i * tags + k]);
        }
    }

    static FeatureWeights read(DataInputStream in, int tags) throws IOException {
        int n = in.readInt();
        if (n < 0) throw new IOException("negative feature count " + n);
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
        return "FeatureWeights[" + size() + " features, table " + keys.length + ", " + Arrays.hashCode(weights) + "]";
    }
}
