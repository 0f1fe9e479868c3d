package dev.marsad.extract;

import java.util.ArrayList;
import java.util.List;
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

    private static final BlockModel NONE = new BlockModel(0, ScoredFeatures.empty(BlockFeatures.NAMES));

    private static final BlockModel BUNDLED = loadBundled();

    private final double threshold;
    private final ScoredFeatures scores;

    private BlockModel(double threshold, ScoredFeatures scores) {
        this.threshold = threshold;
        this.scores = scores;
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
        return !scores.isEmpty() && threshold > 0;
    }

    /** Below this probability of being text a block goes. */
    public double threshold() {
        return threshold;
    }

    /** The same model with another threshold; {@code threshold} in [0, 1]. */
    public BlockModel withThreshold(double threshold) {
        if (!(threshold >= 0 && threshold <= 1))
            throw new IllegalArgumentException("block model threshold must be in [0, 1], got " + threshold);
        return new BlockModel(threshold, scores);
    }

    /** The probability that a block with these features is article text. */
    public double probability(double[] features) {
        return scores.isEmpty() ? 1 : scores.probability(features);
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
        List<double[]> x = new ArrayList<>(examples.size());
        for (Example e : examples) x.add(e.sample().features());
        double[] y = examples.stream().mapToDouble(e -> e.content() ? 1 : 0).toArray();
        double[] w = examples.stream().mapToDouble(Example::weight).toArray();
        return new BlockModel(threshold, ScoredFeatures.fit("block model", BlockFeatures.NAMES, x, y, w, L2, rounds));
    }

    /** The model as the text of a model file, {@code comment} lines first. */
    public String write(List<String> comment) {
        return scores.write(comment, threshold);
    }

    /**
     * Reads a model file's text.
     *
     * @throws IllegalArgumentException naming the line when a line is malformed, a feature is
     *     unknown or out of order, or features are missing
     */
    public static BlockModel read(String text, String name) {
        Objects.requireNonNull(text, "text");
        ScoredFeatures.Read read = ScoredFeatures.read(text, name, BlockFeatures.NAMES);
        return new BlockModel(0, read.model()).withThreshold(read.threshold());
    }

    /** The bundled model, or {@link #none()} when the jar has none (the rules alone). */
    private static BlockModel loadBundled() {
        return FeatureLines.bundled(RESOURCE).map(text -> read(text, RESOURCE)).orElse(NONE);
    }
}
