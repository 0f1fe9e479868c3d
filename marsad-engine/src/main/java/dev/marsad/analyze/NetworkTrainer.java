package dev.marsad.analyze;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link WindowNetwork} on tagged sentences with Adam (Kingma and Ba 2015) over
 * mini-batches, dropout, and early stopping on a validation part.
 *
 * <ol>
 *   <li>keep the features seen at least {@link Settings#minCount} times in training, numbered
 *       afresh (a feature seen once gets a vector learnt from one word: noise);
 *   <li>each epoch: shuffle the sentences (seeded), and for each mini-batch sum the gradients and
 *       take one Adam step; the feature vectors and linear weights of features absent from the
 *       batch are left alone (lazy Adam: their gradient is zero, and a step over every row would
 *       cost more than the batch);
 *   <li>after each epoch, with a validation part, decode it (softmax, Viterbi over allowed tag
 *       transitions) and keep the network of the best entity F1; stop after {@link
 *       Settings#patience} epochs without a better one. Without one, train {@link
 *       Settings#epochs} epochs and keep the last.
 * </ol>
 *
 * Deterministic: one thread, every random draw from {@link Settings#seed}.
 */
public final class NetworkTrainer {

    /**
     * Training settings.
     *
     * @param embedding width of a word's vector
     * @param hidden hidden units
     * @param radius words to each side the hidden layer reads
     * @param dropout share of units dropped while training
     * @param featureDropout share of each word's features left out while training, so that the
     *     network does not lean on one feature (a rare word's form) where others say the same
     * @param learningRate Adam's step size
     * @param batch sentences per step
     * @param epochs most passes over the sentences (without a validation part: exactly this many)
     * @param patience passes without a better validation F1 before stopping
     * @param minCount fewest occurrences in training for a feature to get a vector
     * @param seed seed of the starting weights, the shuffling and the dropout
     * @param trust the starting linear weight of "the first pass gave this tag" for that tag
     * @param blend 0: the network is the second pass; above 0, the perceptron's second pass is
     *     trained too and the network's log-probabilities, times this, are added to its scores
     */
    public record Settings(
            int embedding,
            int hidden,
            int radius,
            double dropout,
            double featureDropout,
            double learningRate,
            int batch,
            int epochs,
            int patience,
            int minCount,
            long seed,
            double trust,
            double blend) {
        public Settings {
            if (dropout < 0 || dropout >= 1 || featureDropout < 0 || featureDropout >= 1)
                throw new IllegalArgumentException(
                        "dropout must be in [0, 1), got " + dropout + " and " + featureDropout);
            if (learningRate <= 0 || batch < 1 || epochs < 1 || patience < 1 || minCount < 1)
                throw new IllegalArgumentException("bad network training settings " + this);
        }

        /** The defaults, chosen on ANERcorp's development part (docs/benchmarks/analyze-ner.md). */
        public static Settings defaults() {
            return new Settings(48, 64, 1, 0.5, 0, 0.0005, 32, 7, 3, 3, 7L, 0, 6);
        }

        public Settings withEpochs(int epochs) {
            return new Settings(
                    embedding,
                    hidden,
                    radius,
                    dropout,
                    featureDropout,
                    learningRate,
                    batch,
                    epochs,
                    patience,
                    minCount,
                    seed,
                    trust,
                    blend);
        }
    }

    /**
     * One sentence as the network learns from it.
     *
     * @param features each word's feature numbers
     * @param vectors each word's given vector ({@link WordVectors}), or an empty array
     * @param gold each word's tag
     */
    record Example(int[][] features, float[][] vectors, int[] gold) {}

    /** The scale of the starting feature vectors: a word sums some 60 of them. */
    private static final double EMBED_SCALE = 0.05;

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    /**
     * What training learnt.
     *
     * @param network the network kept
     * @param rows for each feature number of the examples, its row in the network, or -1
     * @param epochs how many epochs the kept network was trained
     */
    record Learnt(WindowNetwork network, int[] rows, int epochs) {}

    private final Settings settings;
    private final Consumer<String> progress;

    NetworkTrainer(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * Trains on {@code examples}, whose feature numbers are below {@code features}, stopping early
     * on {@code validation} when it is not empty.
     */
    Learnt train(List<Example> examples, List<Example> validation, int features, int vectors) {
        return train(examples, validation, features, vectors, new int[0]);
    }

    /**
     * Trains as {@link #train(List, List, int, int)}, the linear weight of feature {@code
     * trusted[k]} for tag {@code k} starting at {@link Settings#trust} (-1: none): the network
     * starts out agreeing with the first pass's tags ("t1=B-PER" for B-PER) and learns where to
     * depart from them, as the perceptron's second pass does.
     */
    Learnt train(List<Example> examples, List<Example> validation, int features, int vectors, int[] trusted) {
        int[] rows = rows(examples, features); // 1. vocabulary
        List<Example> train = renumbered(examples, rows);
        List<Example> check = renumbered(validation, rows);
        int kept = 0;
        for (int r : rows) kept = Math.max(kept, r + 1);
        var shape = new WindowNetwork.Shape(
                Math.max(1, kept),
                settings.embedding(),
                settings.hidden(),
                settings.radius(),
                NerModel.TAGS.size(),
                vectors);
        WindowNetwork network = WindowNetwork.initial(shape, EMBED_SCALE, settings.seed());
        for (int k = 0; k < trusted.length; k++)
            if (trusted[k] >= 0 && trusted[k] < rows.length && rows[trusted[k]] >= 0)
                network.linear[rows[trusted[k]] * shape.tags() + k] = settings.trust();
        var adam = new Adam(network);
        var random = new Random(settings.seed());
        var order = new ArrayList<>(train);
        WindowNetwork best = network.copy();
        double bestF1 = -1;
        int bestEpoch = 0;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            Collections.shuffle(order, random); // 2. one epoch
            double loss = 0;
            for (int from = 0; from < order.size(); from += settings.batch())
                loss += adam.step(order.subList(from, Math.min(order.size(), from + settings.batch())), random);
            String line = "network epoch " + epoch + ": loss "
                    + String.format(java.util.Locale.ROOT, "%.4f", loss / tokens(order));
            if (check.isEmpty()) {
                progress.accept(line);
                continue;
            }
            network.featureScale = 1 - settings.featureDropout();
            double f1 = SpanScore.f1(check, network); // 3. early stopping
            network.featureScale = 1;
            progress.accept(line + String.format(java.util.Locale.ROOT, ", validation F1 %.4f", f1));
            if (f1 > bestF1) {
                bestF1 = f1;
                bestEpoch = epoch;
                best = network.copy();
            } else if (epoch - bestEpoch >= settings.patience()) break;
        }
        WindowNetwork chosen = check.isEmpty() ? network : best;
        chosen.featureScale = 1 - settings.featureDropout();
        return new Learnt(chosen, rows, check.isEmpty() ? settings.epochs() : bestEpoch);
    }

    private static long tokens(List<Example> examples) {
        return Math.max(1, examples.stream().mapToLong(e -> e.gold().length).sum());
    }

    /** Step 1: the network row of each feature number; -1 for those seen too rarely. */
    private int[] rows(List<Example> examples, int features) {
        int[] counts = new int[features];
        for (Example e : examples) for (int[] word : e.features()) for (int f : word) counts[f]++;
        int[] rows = new int[features];
        int next = 0;
        for (int f = 0; f < features; f++) rows[f] = counts[f] >= settings.minCount() ? next++ : -1;
        return rows;
    }

    /** The examples with their features renumbered by {@code rows}, those without a row left out. */
    static List<Example> renumbered(List<Example> examples, int[] rows) {
        var out = new ArrayList<Example>(examples.size());
        for (Example e : examples) out.add(new Example(renumbered(e.features(), rows), e.vectors(), e.gold()));
        return out;
    }

    /** Feature numbers renumbered by {@code rows}; numbers outside it or without a row are left out. */
    static int[][] renumbered(int[][] features, int[] rows) {
        int[][] out = new int[features.length][];
        for (int i = 0; i < features.length; i++)
            out[i] = java.util.Arrays.stream(features[i])
                    .filter(f -> f >= 0 && f < rows.length && rows[f] >= 0)
                    .map(f -> rows[f])
                    .toArray();
        return out;
    }

    /** Adam's moments for every parameter of one network, and the steps taken. */
    private final class Adam {
        private final WindowNetwork network;
        private final WindowNetwork gradient;
        private final WindowNetwork first;
        private final WindowNetwork second;
        private final boolean[] touched;
        private int step;

        Adam(WindowNetwork network) {
            this.network = network;
            this.gradient = network.zeros();
            this.first = network.zeros();
            this.second = network.zeros();
            this.touched = new boolean[network.shape.features()];
        }

        /** One step over a mini-batch; returns its summed negative log-likelihood. */
        double step(List<Example> batch, Random random) {
            double loss = 0;
            var rows = new ArrayList<Integer>();
            for (Example e : batch) {
                int[][] features = dropped(e.features(), random);
                loss += network.gradient(features, e.vectors(), e.gold(), gradient, settings.dropout(), random);
                for (int[] word : features)
                    for (int f : word)
                        if (!touched[f]) {
                            touched[f] = true;
                            rows.add(f);
                        }
            }
            step++;
            double lr = settings.learningRate() * Math.sqrt(1 - Math.pow(BETA2, step)) / (1 - Math.pow(BETA1, step));
            int e = network.shape.embedding();
            int t = network.shape.tags();
            update(network.project, gradient.project, first.project, second.project, 0, network.project.length, lr);
            for (int f : rows) {
                update(network.embed, gradient.embed, first.embed, second.embed, f * e, e, lr);
                update(network.linear, gradient.linear, first.linear, second.linear, f * t, t, lr);
                touched[f] = false;
            }
            update(network.window, gradient.window, first.window, second.window, 0, network.window.length, lr);
            update(
                    network.hiddenBias,
                    gradient.hiddenBias,
                    first.hiddenBias,
                    second.hiddenBias,
                    0,
                    network.hiddenBias.length,
                    lr);
            update(network.output, gradient.output, first.output, second.output, 0, network.output.length, lr);
            update(
                    network.outputBias,
                    gradient.outputBias,
                    first.outputBias,
                    second.outputBias,
                    0,
                    network.outputBias.length,
                    lr);
            return loss;
        }

        /** The features with each left out at the rate {@link Settings#featureDropout}. */
        private int[][] dropped(int[][] features, Random random) {
            if (settings.featureDropout() == 0) return features;
            int[][] kept = new int[features.length][];
            for (int i = 0; i < kept.length; i++)
                kept[i] = java.util.Arrays.stream(features[i])
                        .filter(f -> random.nextDouble() >= settings.featureDropout())
                        .toArray();
            return kept;
        }

        /** Adam on {@code length} parameters from {@code from}, clearing their gradient. */
        private static void update(double[] w, double[] g, double[] m, double[] v, int from, int length, double lr) {
            for (int i = from; i < from + length; i++) {
                m[i] = BETA1 * m[i] + (1 - BETA1) * g[i];
                v[i] = BETA2 * v[i] + (1 - BETA2) * g[i] * g[i];
                w[i] -= lr * m[i] / (Math.sqrt(v[i]) + EPSILON);
                g[i] = 0;
            }
        }
    }
}
