package dev.marsad.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A learned cut at the body's edges: after the block veto, the runs of blocks at the start and at
 * the end of the body ({@link EdgeFeatures}: up to 3 leading and 5 trailing blocks, each run at
 * most 40 % of the body) are judged as a whole by a logistic regression that gives the probability
 * that the run is not article text, such as a company's "About us" paragraphs, an author's note, a
 * newsletter prompt or a teaser above the article, which sit in the article's own markup and which
 * the veto, judging one block at a time, keeps. On each side the longest run whose own probability
 * and every shorter run's reach {@link #threshold()} goes; {@link #none()} cuts nothing.
 *
 * <p>The model file is plain text: comment lines ({@code #}), {@code threshold <p>}, {@code bias
 * <w>}, then one line per feature, {@code <name> <mean> <scale> <weight>} (tab-separated), in
 * {@link EdgeFeatures#NAMES} order, then the boosted stumps that correct the regression ({@code
 * stump <name> <split> <left> <right>}, as in {@link BlockModel}). The bundled one ({@code edge-model.tsv}) is written by {@code
 * marsad bench extract-train-edge}.
 */
public final class EdgeModel {

    /** The bundled model's resource, next to this class. */
    static final String RESOURCE = "edge-model.tsv";

    /** L2 penalty on the weights: keeps rare features from taking large weights. */
    private static final double L2 = 1e-3;

    private static final EdgeModel NONE = new EdgeModel(2, ScoredFeatures.empty(EdgeFeatures.NAMES));

    private static final EdgeModel BUNDLED = loadBundled();

    private final double threshold;
    private final ScoredFeatures scores;

    private EdgeModel(double threshold, ScoredFeatures scores) {
        this.threshold = threshold;
        this.scores = scores;
    }

    /** No cut: the body as the veto left it. */
    public static EdgeModel none() {
        return NONE;
    }

    /** The model shipped with Marsad (see docs/benchmarks/extract-generalise.md). */
    public static EdgeModel bundled() {
        return BUNDLED;
    }

    /** The names of a run's features, in the order of {@link Run#features()}. */
    public static List<String> featureNames() {
        return EdgeFeatures.NAMES;
    }

    /** Whether this model ever cuts ({@link #none()} does not). */
    public boolean isActive() {
        return !scores.isEmpty() && threshold <= 1;
    }

    /** From this probability of not being article text a run goes. */
    public double threshold() {
        return threshold;
    }

    /** The same model with another threshold; {@code threshold} in [0, 1], or above 1 for never. */
    public EdgeModel withThreshold(double threshold) {
        if (!(threshold >= 0))
            throw new IllegalArgumentException("edge model threshold must be >= 0, got " + threshold);
        return new EdgeModel(threshold, scores);
    }

    /** The probability that a run with these features is not article text. */
    public double probability(double[] features) {
        return scores.isEmpty() ? 0 : scores.probability(features);
    }

    /**
     * One run of blocks at an edge of a body.
     *
     * @param trailing true for a run at the end, false for one at the start
     * @param blocks the run's length in blocks, at least 1
     * @param features the run's feature values, {@link #featureNames()} in order
     */
    public record Run(boolean trailing, int blocks, double[] features) {
        public Run {
            if (blocks < 1) throw new IllegalArgumentException("edge run needs at least one block, got " + blocks);
            if (features.length != EdgeFeatures.NAMES.size())
                throw new IllegalArgumentException(
                        "edge run has " + features.length + " features, expected " + EdgeFeatures.NAMES.size());
            features = features.clone();
        }

        @Override
        public double[] features() {
            return features.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Run r
                    && r.trailing == trailing
                    && r.blocks == blocks
                    && Arrays.equals(r.features, features);
        }

        @Override
        public int hashCode() {
            return Objects.hash(trailing, blocks, Arrays.hashCode(features));
        }

        @Override
        public String toString() {
            return "Run[" + (trailing ? "trailing " : "leading ") + blocks + "]";
        }
    }

    /**
     * A body as the edge model sees it ({@link ArticleExtractor#edgeBody}): the blocks the veto
     * kept and the candidate runs at its edges, trailing runs of 1, 2, … blocks, then leading ones.
     * For training an edge model.
     */
    public record Body(List<BlockSample> blocks, List<Run> runs) {
        public Body {
            blocks = List.copyOf(blocks);
            runs = List.copyOf(runs);
        }

        static final Body EMPTY = new Body(List.of(), List.of());
    }

    /** How many blocks go at each edge. */
    record Cut(int leading, int trailing) {
        static final Cut NONE = new Cut(0, 0);
    }

    /** The cut this model makes on {@code body}. */
    Cut cut(Body body) {
        if (!isActive()) return Cut.NONE;
        int leading = 0;
        int trailing = 0;
        boolean leadOpen = true;
        boolean trailOpen = true;
        for (Run r : body.runs()) {
            boolean goes = probability(r.features) >= threshold;
            if (r.trailing()) {
                trailOpen &= goes;
                if (trailOpen) trailing = r.blocks();
            } else {
                leadOpen &= goes;
                if (leadOpen) leading = r.blocks();
            }
        }
        if (leading + trailing >= body.blocks().size()) return Cut.NONE;
        return new Cut(leading, trailing);
    }

    /**
     * One training example: a run, whether it is not article text (it should go), and its weight.
     *
     * @param weight at least 0 (the trainer gives every run 1)
     */
    public record Example(Run run, boolean goes, double weight) {
        public Example {
            Objects.requireNonNull(run, "run");
            if (!(weight >= 0)) throw new IllegalArgumentException("example weight must be >= 0, got " + weight);
        }
    }

    /**
     * Fits a model to {@code examples} (weighted logistic regression, L2, Newton's method on
     * standardised features) with {@code rounds} boosted stumps after it, with the given threshold.
     *
     * @throws IllegalArgumentException when there are no examples of one of the two kinds
     */
    public static EdgeModel fit(List<Example> examples, double threshold, int rounds) {
        List<double[]> x = new ArrayList<>(examples.size());
        for (Example e : examples) x.add(e.run().features());
        double[] y = examples.stream().mapToDouble(e -> e.goes() ? 1 : 0).toArray();
        double[] w = examples.stream().mapToDouble(Example::weight).toArray();
        return new EdgeModel(threshold, ScoredFeatures.fit("edge model", EdgeFeatures.NAMES, x, y, w, L2, rounds));
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
    public static EdgeModel read(String text, String name) {
        Objects.requireNonNull(text, "text");
        ScoredFeatures.Read read = ScoredFeatures.read(text, name, EdgeFeatures.NAMES);
        return new EdgeModel(0, read.model()).withThreshold(read.threshold());
    }

    /** The bundled model, or {@link #none()} when the jar has none. */
    private static EdgeModel loadBundled() {
        return FeatureLines.bundled(RESOURCE).map(text -> read(text, RESOURCE)).orElse(NONE);
    }
}
