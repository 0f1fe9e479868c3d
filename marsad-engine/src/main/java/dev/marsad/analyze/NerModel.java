package dev.marsad.analyze;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained named-entity tagger: a linear model over {@link NerFeatures} and BIO tags, decoded with
 * Viterbi over tag transitions (an I- tag only continues its own type). Trained by {@link NerTrainer}
 * (averaged perceptron). Carries the {@link WordClusters} it was trained with, so one file is all
 * the engine needs, and the {@link EmbeddingClusters} when it was trained with them.
 *
 * <p>The file is gzip'd binary: a magic line, a description of what it was trained on, the tags,
 * the transition weights, the feature weights, the clusters, the training names and the embedding
 * clusters and the names induced from news (a file of format 2, before them, reads as a model
 * without). Immutable and thread-safe.
 */
public final class NerModel {

    /** The file name the engine looks for in a data folder's {@code models/}. */
    public static final String FILE_NAME = "ner.model";

    private static final String MAGIC = "marsad-ner 3";
    /** The format before embedding clusters: read as a model without them. */
    private static final String MAGIC_WITHOUT_EMBEDDINGS = "marsad-ner 2";

    /** The tags, O first, then B- and I- of each type: PER, LOC, ORG, MISC. */
    static final List<String> TAGS =
            List.of("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC");

    private final String description;
    private final FeatureWeights weights;
    private final float[][] transitions;
    private final WordClusters clusters;
    private final EmbeddingClusters embeddings;
    private final NameLexicon induced;
    private final NameLexicon names;
    private final WordScores wordScores = new WordScores();

    NerModel(
            String description,
            Map<String, float[]> weights,
            float[][] transitions,
            WordClusters clusters,
            EmbeddingClusters embeddings,
            NameLexicon induced,
            NameLexicon names) {
        this(description, FeatureWeights.of(weights, TAGS.size()), transitions, clusters, embeddings, induced, names);
    }

    private NerModel(
            String description,
            FeatureWeights weights,
            float[][] transitions,
            WordClusters clusters,
            EmbeddingClusters embeddings,
            NameLexicon induced,
            NameLexicon names) {
        this.names = names;
        this.induced = Objects.requireNonNull(induced, "induced");
        this.embeddings = Objects.requireNonNull(embeddings, "embeddings");
        this.description = Objects.requireNonNull(description, "description");
        this.weights = weights;
        this.transitions = transitions;
        this.clusters = clusters;
    }

    /** What the model was trained on, when and with which settings, as written at training. */
    public String description() {
        return description;
    }

    /** The clusters the model's features read. */
    public WordClusters clusters() {
        return clusters;
    }

    /** The embedding clusters the model's features read ({@link EmbeddingClusters#NONE} when trained without). */
    public EmbeddingClusters embeddings() {
        return embeddings;
    }

    /** The names induced from unlabelled news ({@link InducedNames}); empty when trained without. */
    NameLexicon induced() {
        return induced;
    }

    /** The names of the training corpus the features read. */
    NameLexicon names() {
        return names;
    }

    /** How many features have a weight. */
    public int featureCount() {
        return weights.size();
    }

    /** Whether tag {@code tag} may follow tag {@code previous} (-1: the start): I-X only after B-X or I-X. */
    static boolean isAllowed(int previous, int tag) {
        if (tag == 0 || tag % 2 == 1) return true;
        return previous == tag - 1 || previous == tag;
    }

    /** The best tag sequence for words with these features. */
    int[] decode(List<String[]> features) {
        return decode(features, weights, transitions);
    }

    /** The best tag sequence for {@code words}, their features scored by {@code features}. */
    int[] decode(List<Word> words, NerFeatures features) {
        return viterbi(features.scores(words, names, weights, wordScores), transitions);
    }

    /** Viterbi over {@code weights} and {@code transitions} (row {@code TAGS.size()} is the start). */
    static int[] decode(List<String[]> features, FeatureWeights weights, float[][] transitions) {
        double[][] emission = new double[features.size()][TAGS.size()];
        for (int i = 0; i < features.size(); i++) for (String f : features.get(i)) weights.addTo(f, emission[i]);
        return viterbi(emission, transitions);
    }

    /** The best allowed tag sequence for these per-word tag scores and transition weights. */
    static int[] viterbi(double[][] emission, float[][] transitions) {
        int n = emission.length;
        int t = TAGS.size();
        if (n == 0) return new int[0];
        double[][] score = new double[n][t];
        int[][] back = new int[n][t];
        for (int k = 0; k < t; k++)
            score[0][k] = isAllowed(-1, k) ? emission[0][k] + transitions[t][k] : Double.NEGATIVE_INFINITY;
        for (int i = 1; i < n; i++)
            for (int k = 0; k < t; k++) {
                double best = Double.NEGATIVE_INFINITY;
                for (int p = 0; p < t; p++) {
                    if (!isAllowed(p, k)) continue;
                    double s = score[i - 1][p] + transitions[p][k];
                    if (s > best) {
                        best = s;
                        back[i][k] = p;
                    }
                }
                score[i][k] = best + emission[i][k];
            }
        int[] tags = new int[n];
        for (int k = 1; k < t; k++) if (score[n - 1][k] > score[n - 1][tags[n - 1]]) tags[n - 1] = k;
        for (int i = n - 1; i > 0; i--) tags[i - 1] = back[i][tags[i]];
        return tags;
    }

    /** Writes the model to {@code file}, creating its folder. */
    public void write(Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null)
                Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream raw = Files.newOutputStream(file);
                    var out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)))) {
                out.writeUTF(MAGIC);
                out.writeUTF(description);
                out.writeInt(TAGS.size());
                for (float[] row : transitions) for (float v : row) out.writeFloat(v);
                weights.write(out);
                Map<String, int[]> entries = clusters.entries();
                out.writeInt(entries.size());
                for (var e : entries.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeShort(e.getValue()[0]);
                    out.writeShort(e.getValue()[1]);
                }
                names.write(out);
                embeddings.write(out);
                induced.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write NER model " + file, e);
        }
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @throws IllegalArgumentException when the file is not a Marsad NER model
     * @throws UncheckedIOException when it cannot be read
     */
    public static NerModel read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
                var in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)))) {
            String magic = in.readUTF();
            if (!magic.equals(MAGIC) && !magic.equals(MAGIC_WITHOUT_EMBEDDINGS))
                throw new IllegalArgumentException(file + " is not a Marsad NER model (starts with '" + magic + "')");
            String description = in.readUTF();
            int t = in.readInt();
            if (t != TAGS.size())
                throw new IllegalArgumentException(file + ": model has " + t + " tags, expected " + TAGS.size());
            float[][] transitions = new float[t + 1][t];
            for (float[] row : transitions) for (int k = 0; k < t; k++) row[k] = in.readFloat();
            FeatureWeights weights = FeatureWeights.read(in, t);
            int words = in.readInt();
            var fine = new HashMap<String, Integer>(words * 2);
            var coarse = new HashMap<String, Integer>(words * 2);
            for (int i = 0; i < words; i++) {
                String word = in.readUTF();
                fine.put(word, (int) in.readShort());
                coarse.put(word, (int) in.readShort());
            }
            NameLexicon names = NameLexicon.read(in);
            boolean current = magic.equals(MAGIC);
            EmbeddingClusters embeddings = current ? EmbeddingClusters.read(in) : EmbeddingClusters.NONE;
            NameLexicon induced = current ? NameLexicon.read(in) : NameLexicon.EMPTY;
            return new NerModel(
                    description, weights, transitions, new WordClusters(fine, coarse), embeddings, induced, names);
        } catch (java.util.zip.ZipException e) {
            throw new IllegalArgumentException(file + " is not a Marsad NER model (not gzip)", e);
        } catch (java.io.EOFException e) {
            throw new IllegalArgumentException(file + ": NER model is truncated", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + file, e);
        }
    }
}
