package dev.marsad.analyze;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Spherical k-means over unit vectors (cosine similarity): the clustering of {@link ClusterTrainer}
 * and {@link EmbeddingTrainer}. The first centroids are the first {@code k} vectors (callers pass
 * the vectors most frequent word first: frequent words seed the clusters), or those the caller
 * picks. Deterministic.
 */
final class SphericalKMeans {

    private SphericalKMeans() {}

    /**
     * The cluster of each vector, after at most {@code iterations} rounds (fewer when none moves).
     *
     * @throws IllegalArgumentException when there are fewer vectors than clusters
     */
    static int[] cluster(float[][] vectors, int k, int iterations, Consumer<String> progress) {
        if (k < 1 || k > vectors.length)
            throw new IllegalArgumentException("cannot make " + k + " clusters of " + vectors.length + " vectors");
        return cluster(vectors, IntStream.range(0, k).toArray(), iterations, progress);
    }

    /**
     * The same, from the centroids {@code vectors[first[0]]}, {@code vectors[first[1]]}, … (as many
     * clusters as given).
     */
    static int[] cluster(float[][] vectors, int[] first, int iterations, Consumer<String> progress) {
        int k = first.length;
        float[][] centroids = new float[k][];
        for (int c = 0; c < k; c++) centroids[c] = vectors[first[c]].clone();
        int[] assigned = new int[vectors.length];
        for (int round = 0; round < iterations; round++) {
            int moved = 0;
            for (int i = 0; i < vectors.length; i++) {
                int best = nearest(vectors[i], centroids);
                if (best != assigned[i] || round == 0) moved++;
                assigned[i] = best;
            }
            centroids = centroids(vectors, assigned, k);
            progress.accept("k-means " + k + ": round " + (round + 1) + ", " + moved + " moved");
            if (moved == 0) break;
        }
        return assigned;
    }

    /** The normalised mean of each cluster's vectors; an empty cluster takes one of the vectors. */
    static float[][] centroids(float[][] vectors, int[] assigned, int k) {
        int d = vectors[0].length;
        float[][] centroids = new float[k][d];
        for (int i = 0; i < vectors.length; i++) for (int x = 0; x < d; x++) centroids[assigned[i]][x] += vectors[i][x];
        for (int c = 0; c < k; c++) {
            if (Arrays.equals(centroids[c], new float[d])) centroids[c] = vectors[c % vectors.length].clone();
            normalise(centroids[c]);
        }
        return centroids;
    }

    /** Scales {@code v} to length 1 in place (a zero vector stays zero). */
    static void normalise(float[] v) {
        double norm = 0;
        for (float x : v) norm += x * x;
        if (norm == 0) return;
        float scale = (float) (1 / Math.sqrt(norm));
        for (int k = 0; k < v.length; k++) v[k] *= scale;
    }

    private static int nearest(float[] v, float[][] centroids) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double score = 0;
            float[] centroid = centroids[c];
            for (int d = 0; d < v.length; d++) score += v[d] * centroid[d];
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }
}
