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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained named-entity tagger: linear models over {@link NerFeatures} and BIO tags, decoded with
 * Viterbi over tag transitions (an I- tag only continues its own type). Trained by {@link NerTrainer}
 * (averaged perceptron). Carries the {@link WordClusters} it was trained with, so one file is all
 * the engine needs, and the {@link EmbeddingClusters} when it was trained with them.
 *
 * <p>Two passes: the first tags each part of a text on its own; the second reads the same features
 * plus what the first pass tagged over the whole text ({@link StackedFeatures}: how the same word
 * was tagged elsewhere, whether it is a piece of a name tagged elsewhere, the neighbours' tags) and
 * tags again. The second pass is a perceptron; trained with {@link NerTrainer.Passes#NEURAL}, a
 * {@link Network} (a small neural network over the same features, {@link WordVectors} and
 * {@link ContextualCharVectors}) adds its
 * log-probabilities to the perceptron's scores, or tags alone. A model
 * written before the second pass existed ({@value #MAGIC_ONE_PASS}) has the first pass only and
 * still loads; one written before the embedding clusters and induced names ({@value
 * #MAGIC_TWO_PASS}) loads without them, and one written before the network ({@value
 * #MAGIC_WITHOUT_NETWORK}) without it, and one written before the contextual vectors ({@value
 * #MAGIC_WITHOUT_CONTEXT}) with a network that reads none.
 *
 * <p>The file is gzip'd binary: a magic line, a description of what it was trained on, the tags,
 * the first pass (transition weights, feature weights), the clusters, the training names, the
 * embedding clusters and the names induced from news, then the second pass, then the network (its
 * feature names, weights, word vectors, blend and character language models) when there is one.
 * Immutable and thread-safe.
 */
public final class NerModel {

    /** The file name the engine looks for in a data folder's {@code models/}. */
    public static final String FILE_NAME = "ner.model";

    private static final String MAGIC = "marsad-ner 6";

    /** The format of models whose network reads no contextual character vectors, still read. */
    private static final String MAGIC_WITHOUT_CONTEXT = "marsad-ner 5";

    /** The format of models without the neural second pass, still read. */
    private static final String MAGIC_WITHOUT_NETWORK = "marsad-ner 4";

    /** The format of one-pass models without embeddings or induced names, still read. */
    private static final String MAGIC_ONE_PASS = "marsad-ner 2";

    /** The format of two-pass models without embeddings or induced names, still read. */
    private static final String MAGIC_TWO_PASS = "marsad-ner 3";

    private static final String MAGIC_PREFIX = "marsad-ner ";

    /** The tags, O first, then B- and I- of each type: PER, LOC, ORG, MISC. */
    static final List<String> TAGS =
            List.of("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC");

    /**
     * One pass of the tagger: feature weights, transition weights (row {@code TAGS.size()} is the
     * start) and the scores of single words kept across texts ({@link WordScores}).
     */
    record Pass(FeatureWeights weights, float[][] transitions, WordScores wordScores) {
        Pass(Map<String, float[]> weights, float[][] transitions) {
            this(FeatureWeights.of(weights, TAGS.size()), transitions, new WordScores());
        }

        Pass(FeatureWeights weights, float[][] transitions) {
            this(weights, transitions, new WordScores());
        }
    }

    /**
     * Fewest words of a text the second pass reads (about three sentences of news): it was trained
     * on documents of 15 sentences and has nothing to make consistent in a lone sentence, where it
     * gained nothing on ANERcorp's dev part for twice the work (docs/benchmarks/analyze-ner.md); a
     * shorter text keeps the first pass's tags.
     */
    static final int MIN_DOCUMENT_WORDS = 100;

    private final String description;
    private final Pass first;
    private final Optional<Pass> second;
    private final WordClusters clusters;
    private final EmbeddingClusters embeddings;
    private final NameLexicon induced;
    private final NameLexicon names;
    private final Optional<Network> network;

    /**
     * A neural second pass ({@link WindowNetwork}), read in place of the perceptron's second pass:
     * it reads the same features (the first pass's, and the {@link StackedFeatures} of its tags).
     *
     * @param network the network
     * @param rows the network's row of each feature name it reads; other features are ignored
     * @param vectors the word and contextual vectors it reads ({@link TokenVectors#NONE} when none)
     * @param blend 0: the network alone tags; above 0, its log-probabilities times this are added
     *     to the scores of the perceptron's second pass
     */
    record Network(WindowNetwork network, Map<String, Integer> rows, TokenVectors vectors, double blend) {
        Network {
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(vectors, "vectors");
            rows = Map.copyOf(rows);
        }

        /** The rows of each word's features that the network knows. */
        int[][] rows(List<String[]> features) {
            int[][] out = new int[features.size()][];
            for (int i = 0; i < out.length; i++)
                out[i] = java.util.Arrays.stream(features.get(i))
                        .map(rows::get)
                        .filter(Objects::nonNull)
                        .mapToInt(Integer::intValue)
                        .toArray();
            return out;
        }
    }

    NerModel(
            String description,
            Pass first,
            Optional<Pass> second,
            WordClusters clusters,
            EmbeddingClusters embeddings,
            NameLexicon induced,
            NameLexicon names) {
        this(description, first, second, Optional.empty(), clusters, embeddings, induced, names);
    }

    NerModel(
            String description,
            Pass first,
            Optional<Pass> second,
            Optional<Network> network,
            WordClusters clusters,
            EmbeddingClusters embeddings,
            NameLexicon induced,
            NameLexicon names) {
        this.network = Objects.requireNonNull(network, "network");
        this.names = Objects.requireNonNull(names, "names");
        this.induced = Objects.requireNonNull(induced, "induced");
        this.embeddings = Objects.requireNonNull(embeddings, "embeddings");
        this.description = Objects.requireNonNull(description, "description");
        this.first = Objects.requireNonNull(first, "first");
        this.second = Objects.requireNonNull(second, "second");
        this.clusters = Objects.requireNonNull(clusters, "clusters");
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

    /** How many features have a weight, over both passes. */
    public int featureCount() {
        return first.weights().size()
                + second.map(p -> p.weights().size()).orElse(0)
                + network.map(n -> n.rows().size()).orElse(0);
    }

    /** Whether the second pass is a neural network ({@link WindowNetwork}) rather than a perceptron. */
    public boolean hasNetwork() {
        return network.isPresent();
    }

    /** The word vectors the network reads; {@link WordVectors#NONE} without a network or vectors. */
    WordVectors wordVectors() {
        return network.map(n -> n.vectors().words()).orElse(WordVectors.NONE);
    }

    /** The contextual vectors the network reads; {@link ContextualCharVectors#NONE} without. */
    ContextualCharVectors contextualVectors() {
        return network.map(n -> n.vectors().context()).orElse(ContextualCharVectors.NONE);
    }

    /** Whether the model tags twice, the second time reading the first pass over the whole text. */
    public boolean hasSecondPass() {
        return second.isPresent() || network.isPresent();
    }

    /** Whether tag {@code tag} may follow tag {@code previous} (-1: the start): I-X only after B-X or I-X. */
    static boolean isAllowed(int previous, int tag) {
        if (tag == 0 || tag % 2 == 1) return true;
        return previous == tag - 1 || previous == tag;
    }

    /**
     * The best tags of the words of each part of one text (an article's title and paragraphs): the
     * first pass tags each part; the second, when the model has one and the text has at least
     * {@link #MIN_DOCUMENT_WORDS} words, tags again reading the first pass's tags over all the
     * parts: the network when the model has one, else the perceptron's second pass.
     */
    List<int[]> decode(List<List<Word>> parts, NerFeatures features) {
        FirstPass firstPass = firstPass(parts, features);
        if (second.isEmpty() && network.isEmpty()
                || parts.stream().mapToInt(List::size).sum() < MIN_DOCUMENT_WORDS) return firstPass.tags();
        List<List<String[]>> stacked = StackedFeatures.of(parts, firstPass.tags(), firstPass.scores());
        var again = new ArrayList<int[]>(parts.size());
        for (int p = 0; p < parts.size(); p++) {
            double[][] logP = network.isPresent() ? networkScores(parts.get(p), features, stacked.get(p)) : null;
            if (second.isEmpty() || network.isPresent() && network.get().blend() == 0) {
                again.add(viterbi(logP, FREE));
                continue;
            }
            Pass pass = second.get();
            double[][] s = features.scores(parts.get(p), names, pass.weights(), pass.wordScores());
            for (int i = 0; i < s.length; i++) {
                for (String f : stacked.get(p).get(i)) pass.weights().addTo(f, s[i]);
                if (logP != null)
                    for (int k = 0; k < s[i].length; k++)
                        s[i][k] += network.get().blend() * logP[i][k];
            }
            again.add(viterbi(s, pass.transitions()));
        }
        return again;
    }

    /** The network's log-probability of each tag of each word of one part. */
    private double[][] networkScores(List<Word> words, NerFeatures features, List<String[]> stacked) {
        Network n = network.orElseThrow();
        List<String[]> both = joined(features.of(words, names), stacked);
        return n.network().logProbabilities(n.rows(both), n.vectors().of(words));
    }

    /** No transition weights: Viterbi then only keeps an I- tag after its own type. */
    private static final float[][] FREE = new float[TAGS.size() + 1][TAGS.size()];

    /** The first pass's tags of each part of a text, and each tag's score per word. */
    private record FirstPass(List<int[]> tags, List<double[][]> scores) {}

    private FirstPass firstPass(List<List<Word>> parts, NerFeatures features) {
        var tags = new ArrayList<int[]>(parts.size());
        var scores = new ArrayList<double[][]>(parts.size());
        for (List<Word> words : parts) {
            scores.add(features.scores(words, names, first.weights(), first.wordScores()));
            tags.add(viterbi(scores.getLast(), first.transitions()));
        }
        return new FirstPass(tags, scores);
    }

    /**
     * What a second pass reads of each word of each part of a text: its {@link NerFeatures} and the
     * {@link StackedFeatures} of this model's first pass over the whole text.
     */
    List<List<String[]>> secondPassFeatures(List<List<Word>> parts, NerFeatures features) {
        FirstPass firstPass = firstPass(parts, features);
        List<List<String[]>> stacked = StackedFeatures.of(parts, firstPass.tags(), firstPass.scores());
        var all = new ArrayList<List<String[]>>(parts.size());
        for (int p = 0; p < parts.size(); p++) all.add(joined(features.of(parts.get(p), names), stacked.get(p)));
        return all;
    }

    /** Each word's features of {@code a} followed by those of {@code b}. */
    static List<String[]> joined(List<String[]> a, List<String[]> b) {
        var out = new ArrayList<String[]>(a.size());
        for (int i = 0; i < a.size(); i++) {
            String[] both = java.util.Arrays.copyOf(a.get(i), a.get(i).length + b.get(i).length);
            System.arraycopy(b.get(i), 0, both, a.get(i).length, b.get(i).length);
            out.add(both);
        }
        return out;
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
                writePass(out, first);
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
                out.writeBoolean(second.isPresent());
                if (second.isPresent()) writePass(out, second.get());
                out.writeBoolean(network.isPresent());
                if (network.isPresent()) writeNetwork(out, network.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write NER model " + file, e);
        }
    }

    private static void writePass(DataOutputStream out, Pass pass) throws IOException {
        for (float[] row : pass.transitions()) for (float v : row) out.writeFloat(v);
        pass.weights().write(out);
    }

    private static void writeNetwork(DataOutputStream out, Network network) throws IOException {
        out.writeInt(network.rows().size());
        for (var e : new java.util.TreeMap<>(network.rows()).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
        network.network().write(out);
        network.vectors().words().write(out);
        out.writeDouble(network.blend());
        network.vectors().context().write(out);
    }

    /** Reads a network; one written before contextual vectors ({@code withContext} false) has none. */
    private static Network readNetwork(DataInputStream in, boolean withContext) throws IOException {
        int size = GzipBinary.bounded(in, "network rows", Integer.MAX_VALUE);
        var rows = new HashMap<String, Integer>(GzipBinary.capacity(size));
        for (int i = 0; i < size; i++) rows.put(in.readUTF(), in.readInt());
        WindowNetwork read = WindowNetwork.read(in);
        WordVectors vectors = WordVectors.read(in);
        double blend = in.readDouble();
        ContextualCharVectors context = withContext ? ContextualCharVectors.read(in) : ContextualCharVectors.NONE;
        return new Network(read, rows, new TokenVectors(vectors, context), blend);
    }

    private static Pass readPass(DataInputStream in, int t) throws IOException {
        float[][] transitions = new float[t + 1][t];
        for (float[] row : transitions) for (int k = 0; k < t; k++) row[k] = in.readFloat();
        return new Pass(FeatureWeights.read(in, t), transitions);
    }

    /**
     * Reads a model written by {@link #write}, or by an earlier Marsad that wrote one-pass models.
     *
     * @throws IllegalArgumentException when the file is not a Marsad NER model, or one of a format
     *     this Marsad does not read (the message says to run {@code marsad train ner})
     * @throws UncheckedIOException when it cannot be read
     */
    public static NerModel read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
                var in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)))) {
            String magic = in.readUTF();
            if (!magic.startsWith(MAGIC_PREFIX))
                throw new IllegalArgumentException(file + " is not a Marsad NER model (starts with '" + magic + "')");
            if (!List.of(MAGIC, MAGIC_WITHOUT_CONTEXT, MAGIC_WITHOUT_NETWORK, MAGIC_TWO_PASS, MAGIC_ONE_PASS)
                    .contains(magic))
                throw new IllegalArgumentException(file + " is a Marsad NER model of another format ('" + magic
                        + "', this Marsad reads '" + MAGIC + "', '" + MAGIC_WITHOUT_CONTEXT + "', '"
                        + MAGIC_WITHOUT_NETWORK + "', '" + MAGIC_TWO_PASS
                        + "' and '" + MAGIC_ONE_PASS + "'): run 'marsad train ner' to train one");
            try {
                NerModel model = readBody(in, magic);
                GzipBinary.requireEnd(in);
                return model;
            } catch (java.util.zip.ZipException
                    | java.io.UTFDataFormatException
                    | GzipBinary.Damaged
                    | IllegalArgumentException e) {
                // a decompression or checksum error, a string that is no UTF-8, parts that contradict
                throw GzipBinary.damaged(file, "NER model", e);
            }
        } catch (java.util.zip.ZipException e) {
            throw new IllegalArgumentException(file + " is not a Marsad NER model (not gzip)", e);
        } catch (java.io.UTFDataFormatException e) {
            throw new IllegalArgumentException(
                    file + " is not a Marsad NER model (its magic line is no text: damaged, or another kind of file)",
                    e);
        } catch (java.io.EOFException e) {
            throw new IllegalArgumentException(file + ": NER model is truncated", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + file, e);
        }
    }

    /** Reads what follows the magic line of a model of format {@code magic}. */
    private static NerModel readBody(DataInputStream in, String magic) throws IOException {
        String description = in.readUTF();
        int t = in.readInt();
        if (t != TAGS.size()) throw new GzipBinary.Damaged("model has " + t + " tags, expected " + TAGS.size());
        Pass first = readPass(in, t);
        int words = GzipBinary.bounded(in, "clustered words", Integer.MAX_VALUE);
        var fine = new HashMap<String, Integer>(GzipBinary.capacity(words));
        var coarse = new HashMap<String, Integer>(GzipBinary.capacity(words));
        for (int i = 0; i < words; i++) {
            String word = in.readUTF();
            fine.put(word, (int) in.readShort());
            coarse.put(word, (int) in.readShort());
        }
        NameLexicon names = NameLexicon.read(in);
        boolean networked = magic.equals(MAGIC) || magic.equals(MAGIC_WITHOUT_CONTEXT);
        boolean current = networked || magic.equals(MAGIC_WITHOUT_NETWORK);
        EmbeddingClusters embeddings = current ? EmbeddingClusters.read(in) : EmbeddingClusters.NONE;
        NameLexicon induced = current ? NameLexicon.read(in) : NameLexicon.EMPTY;
        boolean passes = current || magic.equals(MAGIC_TWO_PASS);
        Optional<Pass> second = passes && in.readBoolean() ? Optional.of(readPass(in, t)) : Optional.empty();
        Optional<Network> network =
                networked && in.readBoolean() ? Optional.of(readNetwork(in, magic.equals(MAGIC))) : Optional.empty();
        return new NerModel(
                description, first, second, network, new WordClusters(fine, coarse), embeddings, induced, names);
    }
}
