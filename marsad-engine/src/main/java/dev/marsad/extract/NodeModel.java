package dev.marsad.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A learned choice of the body's container: a linear ranking of the candidates that {@link
 * BodyFinder} considers ({@link NodeCandidates}: the rules' choice, its ancestors and descendants,
 * the page's other high scorers), fitted as a pairwise logistic regression (this candidate's text
 * is closer to the article than that one's). The extractor takes the best-ranked candidate instead
 * of the rules' choice only when it ranks at least {@link #margin()} above it; {@link #none()}
 * keeps the rules' choice always.
 *
 * <p>The model file is plain text: comment lines ({@code #}), {@code margin <m>}, then one line
 * per feature, {@code <name> <mean> <scale> <weight>} (tab-separated), in {@link
 * NodeCandidates#NAMES} order. The bundled one ({@code node-model.tsv}) is written by {@code marsad
 * bench extract-train-node}.
 */
public final class NodeModel implements NodeChoice {

    /** What the model reads of one candidate. */
    static final List<String> NAMES = NodeCandidates.NAMES;

    /** The bundled model's resource, next to this class. */
    static final String RESOURCE = "node-model.tsv";

    /** L2 penalty on the weights: keeps rare features from taking large weights. */
    private static final double L2 = 1e-3;

    /** Two candidates whose texts score closer than this are not a training pair. */
    static final double MIN_GAP = 0.01;

    private static final NodeModel NONE =
            new NodeModel(Double.POSITIVE_INFINITY, new double[0], new double[0], new double[0]);

    private static final NodeModel BUNDLED = loadBundled();

    private final double margin;
    private final double[] means;
    private final double[] scales;
    private final double[] weights;

    private NodeModel(double margin, double[] means, double[] scales, double[] weights) {
        this.margin = margin;
        this.means = means;
        this.scales = scales;
        this.weights = weights;
    }

    /** The rules alone: the finder's own choice, always. */
    public static NodeModel none() {
        return NONE;
    }

    /** The model shipped with Marsad (see docs/benchmarks/extract-generalise.md). */
    public static NodeModel bundled() {
        return BUNDLED;
    }

    /** The names of the candidates' features, in the order of {@link ArticleExtractor#nodeCandidates}. */
    public static List<String> featureNames() {
        return NodeCandidates.NAMES;
    }

    /** Whether this model ever overrides the rules' choice ({@link #none()} does not). */
    public boolean isActive() {
        return weights.length > 0 && Double.isFinite(margin);
    }

    /** How far above the rules' choice a candidate must rank to replace it (infinite: never). */
    public double margin() {
        return margin;
    }

    /** The same model with another margin (a number; infinite: never override). */
    public NodeModel withMargin(double margin) {
        if (Double.isNaN(margin)) throw new IllegalArgumentException("node model margin must be a number, got NaN");
        return new NodeModel(margin, means, scales, weights);
    }

    /** The rank score of a candidate with these features (higher: closer to the article). */
    public double score(double[] features) {
        double z = 0;
        for (int j = 0; j < weights.length; j++) z += weights[j] * (features[j] - means[j]) / scales[j];
        return z;
    }

    @Override
    public int choose(List<double[]> features) {
        if (!isActive() || features.size() < 2) return 0;
        int best = 0;
        double rules = score(features.getFirst());
        double bestScore = rules;
        for (int i = 1; i < features.size(); i++) {
            double s = score(features.get(i));
            if (s > bestScore) {
                best = i;
                bestScore = s;
            }
        }
        return bestScore - rules > margin ? best : 0;
    }

    /**
     * One training page: the features of its candidates (rules' choice first) and how well each
     * one's text matches the page's gold (F1 by the set's metric).
     */
    public record Ranking(List<double[]> candidates, double[] quality) {
        public Ranking {
            candidates = List.copyOf(candidates);
            quality = quality.clone();
            if (candidates.size() != quality.length)
                throw new IllegalArgumentException(
                        "ranking has " + candidates.size() + " candidates and " + quality.length + " qualities");
            for (double[] c : candidates)
                if (c.length != NodeCandidates.NAMES.size())
                    throw new IllegalArgumentException(
                            "candidate has " + c.length + " features, expected " + NodeCandidates.NAMES.size());
        }
    }

    /**
     * Fits the ranking to {@code pages}: every pair of candidates of one page whose qualities differ
     * by at least {@link #MIN_GAP} is an example, weighted by that difference (what the wrong
     * choice would cost the page), both ways round so that no intercept is learned.
     *
     * @throws IllegalArgumentException when no page has two candidates of different quality
     */
    public static NodeModel fit(List<Ranking> pages, double margin) {
        int d = NAMES.size();
        List<double[]> all = new ArrayList<>();
        for (Ranking r : pages) for (double[] c : r.candidates()) all.add(c.clone());
        if (all.isEmpty()) throw new IllegalArgumentException("node model: no candidates to train on");
        double[] means = new double[d];
        double[] scales = new double[d];
        double[] ones = new double[all.size()];
        Arrays.fill(ones, 1);
        Logistic.standardise(all, ones, all.size(), means, scales);
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        int at = 0;
        for (Ranking r : pages) {
            int n = r.candidates().size();
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) {
                    double gap = r.quality()[i] - r.quality()[j];
                    if (gap < MIN_GAP) continue;
                    double[] diff = new double[d];
                    for (int k = 0; k < d; k++) diff[k] = all.get(at + i)[k] - all.get(at + j)[k];
                    x.add(diff);
                    y.add(1.0);
                    w.add(gap);
                    double[] back = new double[d];
                    for (int k = 0; k < d; k++) back[k] = -diff[k];
                    x.add(back);
                    y.add(0.0);
                    w.add(gap);
                }
            at += n;
        }
        if (x.isEmpty()) throw new IllegalArgumentException("node model: no page has candidates of different quality");
        double[] yy = y.stream().mapToDouble(Double::doubleValue).toArray();
        double[] ww = w.stream().mapToDouble(Double::doubleValue).toArray();
        double[] beta = Logistic.fit(x, yy, ww, Arrays.stream(ww).sum(), L2);
        return new NodeModel(margin, means, scales, Arrays.copyOfRange(beta, 1, d + 1));
    }

    /** The model as the text of a model file, {@code comment} lines first. */
    public String write(List<String> comment) {
        StringBuilder out = new StringBuilder();
        for (String line : comment) out.append("# ").append(line).append('\n');
        out.append(String.format(Locale.ROOT, "margin\t%.4f%n", margin));
        FeatureLines.write(out, NAMES, means, scales, weights);
        return out.toString();
    }

    /**
     * Reads a model file's text.
     *
     * @throws IllegalArgumentException naming the line when a line is malformed, a feature is
     *     unknown or out of order, or features are missing
     */
    public static NodeModel read(String text, String name) {
        Objects.requireNonNull(text, "text");
        double[] margin = {Double.NaN};
        int d = NAMES.size();
        FeatureLines lines = new FeatureLines(NAMES);
        lines.readAll(text, name, f -> {
            if (!f[0].equals("margin") || f.length != 2) return false;
            margin[0] = Double.parseDouble(f[1]);
            return true;
        });
        if (lines.count() != d || Double.isNaN(margin[0]))
            throw new IllegalArgumentException(name + ": incomplete model (" + lines.count() + " of " + d
                    + " features, margin " + margin[0] + ")");
        return new NodeModel(0, lines.means, lines.scales, lines.weights).withMargin(margin[0]);
    }

    /** The bundled model, or {@link #none()} when the jar has none (the rules alone). */
    private static NodeModel loadBundled() {
        return FeatureLines.bundled(RESOURCE).map(text -> read(text, RESOURCE)).orElse(NONE);
    }
}
