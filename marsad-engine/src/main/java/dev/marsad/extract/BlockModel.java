package dev.marsad.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /** Newton steps at most (the fit converges in about ten). */
    private static final int NEWTON_STEPS = 50;

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
        standardise(x, w, sum, means, scales);
        double[] beta = newton(x, y, w, sum);
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

    /**
     * Weighted logistic regression by Newton's method (iteratively reweighted least squares) on
     * standardised features with an intercept first: minimises the mean weighted log loss plus
     * {@link #L2} times half the squared weights (the intercept is not penalised).
     */
    private static double[] newton(List<double[]> x, double[] y, double[] w, double sum) {
        int d = x.getFirst().length + 1;
        double[] beta = new double[d];
        for (int iteration = 0; iteration < NEWTON_STEPS; iteration++) {
            double[] grad = new double[d];
            double[][] hessian = new double[d][d];
            for (int i = 0; i < x.size(); i++) {
                double[] xi = withIntercept(x.get(i));
                double z = 0;
                for (int j = 0; j < d; j++) z += beta[j] * xi[j];
                double p = 1 / (1 + Math.exp(-z));
                double g = w[i] * (p - y[i]) / sum;
                double h = w[i] * p * (1 - p) / sum;
                for (int j = 0; j < d; j++) {
                    grad[j] += g * xi[j];
                    for (int k = 0; k <= j; k++) hessian[j][k] += h * xi[j] * xi[k];
                }
            }
            for (int j = 0; j < d; j++) {
                for (int k = j + 1; k < d; k++) hessian[j][k] = hessian[k][j];
                if (j > 0) {
                    grad[j] += L2 * beta[j];
                    hessian[j][j] += L2;
                }
            }
            hessian[0][0] += 1e-9;
            double[] step = solve(hessian, grad);
            double change = 0;
            for (int j = 0; j < d; j++) {
                beta[j] -= step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < 1e-6) break;
        }
        return beta;
    }

    private static double[] withIntercept(double[] x) {
        double[] out = new double[x.length + 1];
        out[0] = 1;
        System.arraycopy(x, 0, out, 1, x.length);
        return out;
    }

    /** Solves {@code a·s = b} by Gaussian elimination with partial pivoting ({@code a} is changed). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[] rhs = b.clone();
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
            double[] row = a[col];
            a[col] = a[pivot];
            a[pivot] = row;
            double t = rhs[col];
            rhs[col] = rhs[pivot];
            rhs[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) a[r][c] -= f * a[col][c];
                rhs[r] -= f * rhs[col];
            }
        }
        double[] s = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double v = rhs[r];
            for (int c = r + 1; c < n; c++) v -= a[r][c] * s[c];
            s[r] = v / a[r][r];
        }
        return s;
    }

    /** Sets each feature's weighted mean and spread, and standardises {@code x} in place. */
    private static void standardise(List<double[]> x, double[] w, double sum, double[] means, double[] scales) {
        int d = means.length;
        for (int i = 0; i < x.size(); i++) for (int j = 0; j < d; j++) means[j] += w[i] * x.get(i)[j] / sum;
        for (int i = 0; i < x.size(); i++)
            for (int j = 0; j < d; j++) {
                double dev = x.get(i)[j] - means[j];
                scales[j] += w[i] * dev * dev / sum;
            }
        for (int j = 0; j < d; j++) scales[j] = scales[j] > 1e-12 ? Math.sqrt(scales[j]) : 1;
        for (double[] xi : x) for (int j = 0; j < d; j++) xi[j] = (xi[j] - means[j]) / scales[j];
    }

    /** The model as the text of a model file, {@code comment} lines first. */
    public String write(List<String> comment) {
        StringBuilder out = new StringBuilder();
        for (String line : comment) out.append("# ").append(line).append('\n');
        out.append(String.format(Locale.ROOT, "threshold\t%.4f%n", threshold));
        out.append(String.format(Locale.ROOT, "bias\t%.6f%n", bias));
        for (int j = 0; j < weights.length; j++)
            out.append(String.format(
                    Locale.ROOT,
                    "%s\t%.6f\t%.6f\t%.6f%n",
                    BlockFeatures.NAMES.get(j),
                    means[j],
                    scales[j],
                    weights[j]));
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
        double[] means = new double[d];
        double[] scales = new double[d];
        double[] weights = new double[d];
        int feature = 0;
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
                else if (f.length == 4 && feature < d && f[0].equals(BlockFeatures.NAMES.get(feature))) {
                    means[feature] = Double.parseDouble(f[1]);
                    scales[feature] = Double.parseDouble(f[2]);
                    weights[feature] = Double.parseDouble(f[3]);
                    if (!(scales[feature] > 0)) throw new NumberFormatException("scale must be > 0");
                    feature++;
                } else {
                    throw new IllegalArgumentException(name + " line " + lineNo + ": expected "
                            + (feature < d ? "feature '" + BlockFeatures.NAMES.get(feature) + "'" : "no more lines")
                            + ", got '" + line + "'");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " line " + lineNo + ": bad number in '" + line + "'", e);
            }
        }
        if (feature != d || Double.isNaN(threshold) || Double.isNaN(bias))
            throw new IllegalArgumentException(name + ": incomplete model (" + feature + " of " + d
                    + " features, threshold " + threshold + ", bias " + bias + ")");
        return new BlockModel(threshold, bias, means, scales, weights, new Stumps(stumps)).withThreshold(threshold);
    }

    /** The bundled model, or {@link #none()} when the jar has none (the rules alone). */
    private static BlockModel loadBundled() {
        try (InputStream in = BlockModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return NONE;
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
