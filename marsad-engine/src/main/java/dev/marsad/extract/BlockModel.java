package dev.marsad.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A learned veto on the body's blocks: a logistic regression over {@link BlockFeatures} that gives
 * the probability that a block is article text. The extractor drops a block the rules kept when
 * that probability is below {@link #threshold()}; {@link #none()} drops nothing (the rules alone).
 *
 * <p>The model file is plain text: comment lines ({@code #}), {@code threshold <p>}, {@code bias
 * <w>}, then one line per feature, {@code <name> <mean> <scale> <weight>} (tab-separated), the
 * features in {@link BlockSample#featureNames()} order, then the boosted stumps that correct the
 * regression ({@code stump <name> <split> <left> <right>}: {@code left} is added to the log-odds
 * when the feature is at most {@code split}, else {@code right}). The bundled one ({@code block-model.tsv})
 * is written by {@code marsad bench extract-train}.
 */
public final class BlockModel {

    /** The bundled model's resource, next to this class. */
    static final String RESOURCE = "block-model.tsv";

    /** L2 penalty on the weights: keeps rare features from taking large weights. */
    private static final double L2 = 1e-5;

    private static final BlockModel NONE =
            new BlockModel(0, 0, new double[0], new double[0], new double[0], Stumps.NONE);

    private static final BlockModel BUNDLED = loadBundled();

    private final double threshold;
    private final double bias;
    private final double[] means;
    private final double[] scales;
    private final double[] weights;
    private final Stumps stumps;

    private BlockModel(
            double threshold, double bias, double[] means, double[] scales, double[] weights, Stumps stumps) {
        this.stumps = stumps;
        this.threshold = threshold;
        this.bias = bias;
        this.means = means;
        this.scales = scales;
        this.weights = weights;
    }

    /** The rules alone: a model that drops no block. */
    public static BlockModel none() {
        return NONE;
    }

    /** The model shipped with Marsad (see docs/benchmarks/extract-generalise.md). */
    public static BlockModel bundled() {
        return BUNDLED;
    }

    /** Whether this model drops any block at all ({@link #none()} does not). */
    public boolean isActive() {
        return weights.length > 0 && threshold > 0;
    }

    /** Below this probability of being text a block goes. */
    public double threshold() {
        return threshold;
    }

    /** The same model with another threshold; {@code threshold} in [0, 1]. */
    public BlockModel withThreshold(double threshold) {
        if (!(threshold >= 0 && threshold <= 1))
            throw new IllegalArgumentException("block model threshold must be in [0, 1], got " + threshold);
        return new BlockModel(threshold, bias, means, scales, weights, stumps);
    }

    /** The probability that a block with these features is article text. */
    public double probability(double[] features) {
        if (weights.length == 0) return 1;
        double z = bias;
        for (int j = 0; j < weights.length; j++) z += weights[j] * (features[j] - means[j]) / scales[j];
        z += stumps.score(features);
        return 1 / (1 + Math.exp(-z));
    }

    /** Whether the block goes. */
    boolean drops(double[] features) {
        return isActive() && probability(features) < threshold;
    }

    /**
     * One training example: a block, whether it is article text, and its weight in the loss.
     *
     * @param weight at least 0; the trainer weighs each block by its share of its page's words so
     *     that every page counts alike, as the evaluation averages over pages
     */
    public record Example(BlockSample sample, boolean content, double weight) {
        public Example {
            Objects.requireNonNull(sample, "sample");
            if (!(weight >= 0)) throw new IllegalArgumentException("example weight must be >= 0, got " + weight);
        }
    }

    /**
     * Fits a model to {@code examples} (weighted logistic regression, L2, Newton's method on
     * standardised features), with the given threshold.
     *
     * @throws IllegalArgumentException when there are no examples of one of the two kinds
     */
    public static BlockModel fit(List<Example> examples, double threshold, int rounds) {
        if (rounds < 0) throw new IllegalArgumentException("block model: rounds must be >= 0, got " + rounds);
        int d = BlockFeatures.NAMES.size();
        List<double[]> x = new ArrayList<>(examples.size());
        for (Example e : examples) x.add(e.sample().features());
        List<double[]> raw = new ArrayList<>(examples.size());
        for (double[] xi : x) raw.add(xi.clone());
        double[] y = examples.stream().mapToDouble(e -> e.content() ? 1 : 0).toArray();
        double[] w = examples.stream().mapToDouble(Example::weight).toArray();
        double positive = 0;
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            positive += y[i] * w[i];
            sum += w[i];
        }
        if (positive <= 0 || positive >= sum)
            throw new IllegalArgumentException(
                    "block model: the examples need weight on both kinds, content " + positive + " of " + sum);
        double[] means = new double[d];
        double[] scales = new double[d];
        Logistic.standardise(x, w, sum, means, scales);
        double[] beta = Logistic.fit(x, y, w, sum, L2);
        double[] weights = Arrays.copyOfRange(beta, 1, d + 1);
        double bias = beta[0];
        double[] start = new double[x.size()];
        for (int i = 0; i < x.size(); i++) {
            start[i] = bias;
            for (int j = 0; j < d; j++) start[i] += weights[j] * x.get(i)[j];
        }
        Stumps stumps = Stumps.fit(raw, y, w, start, rounds);
        return new BlockModel(threshold, bias, means, scales, weights, stumps);
    }

    /** The model as the text of a model file, {@code comment} lines first. */
    public String write(List<String> comment) {
        StringBuilder out = new StringBuilder();
        for (String line : comment) out.append("# ").append(line).append('\n');
        out.append(String.format(Locale.ROOT, "threshold\t%.4f%n", threshold));
        out.append(String.format(Locale.ROOT, "bias\t%.6f%n", bias));
        FeatureLines.write(out, BlockFeatures.NAMES, means, scales, weights);
        for (Stumps.Stump st : stumps.stumps()) out.append(st.write()).append('\n');
        return out.toString();
    }

    /**
     * Reads a model file's text.
     *
     * @throws IllegalArgumentException naming the line when a line is malformed, a feature is
     *     unknown or out of order, or features are missing
     */
    public static BlockModel read(String text, String name) {
        double threshold = Double.NaN;
        double bias = Double.NaN;
        int d = BlockFeatures.NAMES.size();
        FeatureLines lines = new FeatureLines(BlockFeatures.NAMES);
        int lineNo = 0;
        List<Stumps.Stump> stumps = new ArrayList<>();
        for (String raw : text.split("\n")) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            try {
                if (f[0].equals("threshold") && f.length == 2) threshold = Double.parseDouble(f[1]);
                else if (f[0].equals("bias") && f.length == 2) bias = Double.parseDouble(f[1]);
                else if (f[0].equals("stump") && f.length == 5 && BlockFeatures.NAMES.contains(f[1]))
                    stumps.add(new Stumps.Stump(
                            BlockFeatures.NAMES.indexOf(f[1]),
                            Double.parseDouble(f[2]),
                            Double.parseDouble(f[3]),
                            Double.parseDouble(f[4])));
                else if (!lines.accept(f))
                    throw new IllegalArgumentException(
                            name + " line " + lineNo + ": expected " + lines.expected() + ", got '" + line + "'");
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " line " + lineNo + ": bad number in '" + line + "'", e);
            }
        }
        if (lines.count() != d || Double.isNaN(threshold) || Double.isNaN(bias))
            throw new IllegalArgumentException(name + ": incomplete model (" + lines.count() + " of " + d
                    + " features, threshold " + threshold + ", bias " + bias + ")");
        return new BlockModel(threshold, bias, lines.means, lines.scales, lines.weights, new Stumps(stumps))
                .withThreshold(threshold);
    }

    /** The bundled model, or {@link #none()} when the jar has none (the rules alone). */
    private static BlockModel loadBundled() {
        return FeatureLines.bundled(RESOURCE).map(text -> read(text, RESOURCE)).orElse(NONE);
    }
}
