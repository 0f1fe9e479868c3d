package dev.marsad.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The core that {@link BlockModel} and {@link EdgeModel} share: a logistic regression over named
 * features with boosted stumps on top ({@link Stumps}), fitted by weighted Newton steps ({@link
 * Logistic}), and its file: {@code threshold <p>}, {@code bias <w>}, one line per feature ({@link
 * FeatureLines}), then one line per stump. What the probability means (text, or a run to cut) is
 * the wrapper's.
 */
final class ScoredFeatures {

    private final List<String> names;
    private final double bias;
    private final double[] means;
    private final double[] scales;
    private final double[] weights;
    private final Stumps stumps;

    private ScoredFeatures(
            List<String> names, double bias, double[] means, double[] scales, double[] weights, Stumps stumps) {
        this.names = names;
        this.bias = bias;
        this.means = means;
        this.scales = scales;
        this.weights = weights;
        this.stumps = stumps;
    }

    /** A model over {@code names} that has learned nothing ({@link #isEmpty()}). */
    static ScoredFeatures empty(List<String> names) {
        return new ScoredFeatures(names, 0, new double[0], new double[0], new double[0], Stumps.NONE);
    }

    /** Whether the model has no weights (it was never fitted nor read). */
    boolean isEmpty() {
        return weights.length == 0;
    }

    /** The probability of the positive kind for these features. */
    double probability(double[] features) {
        double z = bias;
        for (int j = 0; j < weights.length; j++) z += weights[j] * (features[j] - means[j]) / scales[j];
        z += stumps.score(features);
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Fits the regression (L2 {@code l2}, standardised features) and {@code rounds} stumps after it
     * to features {@code x} (not changed), labels {@code y} (1 positive) and weights {@code w}.
     *
     * @throws IllegalArgumentException naming {@code what} when one kind has no weight
     */
    static ScoredFeatures fit(
            String what, List<String> names, List<double[]> x, double[] y, double[] w, double l2, int rounds) {
        if (rounds < 0) throw new IllegalArgumentException(what + ": rounds must be >= 0, got " + rounds);
        int d = names.size();
        double positive = 0;
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            positive += y[i] * w[i];
            sum += w[i];
        }
        if (positive <= 0 || positive >= sum)
            throw new IllegalArgumentException(
                    what + ": the examples need weight on both kinds, positive " + positive + " of " + sum);
        List<double[]> standard = new ArrayList<>(x.size());
        for (double[] xi : x) standard.add(xi.clone());
        double[] means = new double[d];
        double[] scales = new double[d];
        Logistic.standardise(standard, w, sum, means, scales);
        double[] beta = Logistic.fit(standard, y, w, sum, l2);
        double[] weights = Arrays.copyOfRange(beta, 1, d + 1);
        double[] start = new double[x.size()];
        for (int i = 0; i < x.size(); i++) {
            start[i] = beta[0];
            for (int j = 0; j < d; j++) start[i] += weights[j] * standard.get(i)[j];
        }
        return new ScoredFeatures(names, beta[0], means, scales, weights, Stumps.fit(x, y, w, start, rounds));
    }

    /** The model file's text: {@code comment} lines, the threshold, then the model. */
    String write(List<String> comment, double threshold) {
        StringBuilder out = new StringBuilder();
        for (String line : comment) out.append("# ").append(line).append('\n');
        out.append(String.format(Locale.ROOT, "threshold\t%.4f%n", threshold));
        out.append(String.format(Locale.ROOT, "bias\t%.6f%n", bias));
        FeatureLines.write(out, names, means, scales, weights);
        for (Stumps.Stump st : stumps.stumps()) out.append(st.write(names)).append('\n');
        return out.toString();
    }

    /** A model file read: its threshold and its model. */
    record Read(double threshold, ScoredFeatures model) {}

    /**
     * Reads a model file's text over the features {@code names}.
     *
     * @throws IllegalArgumentException naming {@code name} and the line when a line is malformed, a
     *     feature is unknown or out of order, or features are missing
     */
    static Read read(String text, String name, List<String> names) {
        double[] threshold = {Double.NaN};
        double[] bias = {Double.NaN};
        FeatureLines lines = new FeatureLines(names);
        List<Stumps.Stump> stumps = new ArrayList<>();
        lines.readAll(text, name, f -> {
            if (f[0].equals("threshold") && f.length == 2) threshold[0] = Double.parseDouble(f[1]);
            else if (f[0].equals("bias") && f.length == 2) bias[0] = Double.parseDouble(f[1]);
            else {
                Optional<Stumps.Stump> stump = Stumps.Stump.read(f, names); // read once
                if (stump.isEmpty()) return false;
                stumps.add(stump.get());
            }
            return true;
        });
        if (lines.count() != names.size() || Double.isNaN(threshold[0]) || Double.isNaN(bias[0]))
            throw new IllegalArgumentException(name + ": incomplete model (" + lines.count() + " of " + names.size()
                    + " features, threshold " + threshold[0] + ", bias " + bias[0] + ")");
        return new Read(
                threshold[0],
                new ScoredFeatures(names, bias[0], lines.means, lines.scales, lines.weights, new Stumps(stumps)));
    }
}
