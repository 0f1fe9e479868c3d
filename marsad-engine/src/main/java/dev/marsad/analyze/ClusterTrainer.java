package dev.marsad.analyze;

import dev.marsad.arabic.text.AnalyzedText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Learns {@link WordClusters} from unlabelled Arabic text: k-means over the words' distributional
 * context vectors (chosen over Brown clustering because it trains in a minute on two cores).
 *
 * <ol>
 *   <li>read up to {@link Settings#maxTexts} texts (JSON Lines, gzip or not, field {@code content}
 *       or {@code text}) and tokenise them with marsad-arabic, words without proclitics;
 *   <li>vocabulary: the {@link Settings#words} most frequent words; contexts: the {@link
 *       Settings#contexts} most frequent, at positions −2, −1, +1, +2;
 *   <li>each word's vector: positive pointwise mutual information with each context, randomly
 *       projected to {@link Settings#dimensions} and normalised;
 *   <li>spherical k-means into {@link Settings#fine} clusters, then its centroids into {@link
 *       Settings#coarse}.
 * </ol>
 *
 * <p>Deterministic for a given input and {@link Settings#seed}.
 */
public final class ClusterTrainer {

    /** A text boundary or punctuation between words: contexts do not reach across it. */
    private static final String BREAK = "<b>";

    private static final int[] POSITIONS = {-2, -1, 1, 2};

    /** Exponent of the context counts in PMI: below 1 lifts rare contexts' probability. */
    private static final double CONTEXT_SMOOTHING = 0.75;

    /**
     * What the training reads and makes.
     *
     * @param maxTexts most texts read (a sample keeps training to minutes)
     * @param words how many of the most frequent words get a cluster
     * @param contexts how many of the most frequent words serve as contexts
     * @param dimensions size of the projected vectors
     * @param fine number of fine clusters
     * @param coarse number of coarse clusters
     * @param iterations k-means rounds
     * @param seed random seed of the projection and the first centroids
     */
    public record Settings(
            int maxTexts, int words, int contexts, int dimensions, int fine, int coarse, int iterations, long seed) {
        /** The defaults: 12,000 texts, 30,000 words, 600 contexts, 128 dimensions, 400 and 40 clusters. */
        public static Settings defaults() {
            return new Settings(12_000, 30_000, 600, 128, 400, 40, 12, 11L);
        }
    }

    private final Settings settings;
    private final Consumer<String> progress;

    /** A trainer with these settings, telling {@code progress} what it does. */
    public ClusterTrainer(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * Trains clusters on the JSON Lines files at {@code corpus} (a file, or a folder whose {@code
     * *.jsonl} and {@code *.jsonl.gz} files are read in name order).
     *
     * @throws IllegalArgumentException when the corpus holds no text
     */
    public WordClusters train(Path corpus) {
        List<List<String>> texts = read(corpus);
        if (texts.isEmpty()) throw new IllegalArgumentException("no texts with 'content' or 'text' in " + corpus);
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> text : texts) for (String w : text) if (!w.equals(BREAK)) counts.merge(w, 1, Integer::sum);
        List<String> vocabulary = mostFrequent(counts, settings.words());
        List<String> contextWords = mostFrequent(counts, settings.contexts());
        progress.accept(texts.size() + " texts, " + counts.size() + " distinct words; clustering " + vocabulary.size()
                + " words");
        float[][] vectors = vectors(texts, vocabulary, contextWords);
        int[] fineOf = SphericalKMeans.cluster(
                vectors, Math.min(settings.fine(), vectors.length), settings.iterations(), progress);
        float[][] centroids = SphericalKMeans.centroids(vectors, fineOf, settings.fine());
        int[] coarseOf = SphericalKMeans.cluster(
                centroids, Math.min(settings.coarse(), centroids.length), settings.iterations(), progress);
        var fine = new HashMap<String, Integer>();
        var coarse = new HashMap<String, Integer>();
        for (int i = 0; i < vocabulary.size(); i++) {
            fine.put(vocabulary.get(i), fineOf[i]);
            coarse.put(vocabulary.get(i), coarseOf[fineOf[i]]);
        }
        return new WordClusters(fine, coarse);
    }

    private List<List<String>> read(Path corpus) {
        var texts = new ArrayList<List<String>>();
        UnlabelledTexts.forEach(corpus, settings.maxTexts(), text -> texts.add(words(text)), progress);
        return texts;
    }

    /** The words of a text without proclitics, {@link #BREAK} where punctuation stands between two. */
    static List<String> words(String text) {
        var out = new ArrayList<String>();
        for (Word w : Word.of(AnalyzedText.of(text))) {
            if (!w.isJoinedToPrevious()) out.add(BREAK);
            out.add(clusterForm(w));
        }
        return out;
    }

    /** The form under which a word is clustered and looked up: without proclitics, else as it is. */
    static String clusterForm(Word w) {
        String bare = w.withoutProclitics();
        return bare.isEmpty() ? w.norm() : bare;
    }

    private static List<String> mostFrequent(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(Map.Entry::getKey)
                .toList();
    }

    private float[][] vectors(List<List<String>> texts, List<String> vocabulary, List<String> contextWords) {
        Map<String, Integer> wordIndex = index(vocabulary);
        Map<String, Integer> contextIndex = index(contextWords);
        int dims = contextWords.size() * POSITIONS.length;
        float[][] counts = new float[vocabulary.size()][dims];
        for (List<String> text : texts)
            for (int i = 0; i < text.size(); i++) {
                Integer w = wordIndex.get(text.get(i));
                if (w == null) continue;
                for (int p = 0; p < POSITIONS.length; p++) {
                    int j = i + POSITIONS[p];
                    if (j < 0 || j >= text.size() || crossesBreak(text, i, j)) continue;
                    Integer c = contextIndex.get(text.get(j));
                    if (c != null) counts[w][p * contextWords.size() + c]++;
                }
            }
        positivePmi(counts, dims);
        return project(counts, dims);
    }

    private static boolean crossesBreak(List<String> text, int i, int j) {
        for (int k = Math.min(i, j); k <= Math.max(i, j); k++) if (text.get(k).equals(BREAK)) return true;
        return false;
    }

    private static Map<String, Integer> index(List<String> words) {
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < words.size(); i++) index.put(words.get(i), i);
        return index;
    }

    /**
     * Replaces counts by positive pointwise mutual information, with the context distribution
     * smoothed by {@link #CONTEXT_SMOOTHING} (Levy, Goldberg and Dagan 2015): rare contexts no longer
     * dominate the vectors of the words they happen to follow.
     */
    private static void positivePmi(float[][] counts, int dims) {
        double[] rowSums = new double[counts.length];
        double[] columnSums = new double[dims];
        for (int w = 0; w < counts.length; w++)
            for (int c = 0; c < dims; c++) {
                rowSums[w] += counts[w][c];
                columnSums[c] += counts[w][c];
            }
        double smoothedTotal = 0;
        for (int c = 0; c < dims; c++) {
            columnSums[c] = Math.pow(columnSums[c], CONTEXT_SMOOTHING);
            smoothedTotal += columnSums[c];
        }
        for (int w = 0; w < counts.length; w++)
            for (int c = 0; c < dims; c++) {
                float n = counts[w][c];
                if (n == 0) continue;
                double pmi = Math.log(n * smoothedTotal / (rowSums[w] * columnSums[c]));
                counts[w][c] = pmi > 0 ? (float) pmi : 0f;
            }
    }

    private float[][] project(float[][] counts, int dims) {
        var random = new Random(settings.seed());
        int d = settings.dimensions();
        float[][] projection = new float[dims][d];
        for (float[] row : projection) for (int k = 0; k < d; k++) row[k] = random.nextBoolean() ? 1f : -1f;
        float[][] vectors = new float[counts.length][d];
        for (int w = 0; w < counts.length; w++) {
            for (int c = 0; c < dims; c++) {
                float v = counts[w][c];
                if (v == 0) continue;
                float[] p = projection[c];
                for (int k = 0; k < d; k++) vectors[w][k] += v * p[k];
            }
            SphericalKMeans.normalise(vectors[w]);
            counts[w] = null; // the counts are no longer needed: free them as we go
        }
        return vectors;
    }
}
