package dev.marsad.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Gradient-boosted stumps on the log-odds that {@link BlockModel}'s logistic regression leaves:
 * each stump adds one value to blocks whose feature is at most its split and another to the rest,
 * so that the model can learn what a straight line cannot ("short" counts against a block near the
 * end of the body, not against a sub-heading in the middle).
 */
record Stumps(List<Stump> stumps) {

    Stumps {
        stumps = List.copyOf(stumps);
    }

    static final Stumps NONE = new Stumps(List.of());

    /** Candidate splits per feature: quantiles of its values. */
    private static final int BINS = 32;

    /** Shrinks each stump's values (learning rate). */
    private static final double SHRINKAGE = 0.1;

    /** Added to the Hessian of each side: no stump is fitted to a handful of blocks. */
    private static final double LEAF_PRIOR = 0.5;

    /** One stump: {@code left} when feature {@code feature} is at most {@code split}, else {@code right}. */
    record Stump(int feature, double split, double left, double right) {
        double score(double[] x) {
            return x[feature] <= split ? left : right;
        }

        /** The stump's line in a model file whose features are {@code names}. */
        String write(List<String> names) {
            return String.format(Locale.ROOT, "stump\t%s\t%.6f\t%.6f\t%.6f", names.get(feature), split, left, right);
        }

        /** The stump of a model file's line ({@code stump <name> <split> <left> <right>}), if it is one. */
        static Optional<Stump> read(String[] fields, List<String> names) {
            if (fields.length != 5 || !fields[0].equals("stump") || !names.contains(fields[1])) return Optional.empty();
            return Optional.of(new Stump(
                    names.indexOf(fields[1]),
                    Double.parseDouble(fields[2]),
                    Double.parseDouble(fields[3]),
                    Double.parseDouble(fields[4])));
        }
    }

    double score(double[] x) {
        double s = 0;
        for (Stump st : stumps) s += st.score(x);
        return s;
    }

    /**
     * Fits {@code rounds} stumps on raw features {@code x}, labels {@code y} and weights {@code w},
     * starting from the log-odds {@code start} (Newton values per side, logistic loss): 1. cut each
     * feature at its quantiles, 2. each round, take the gradient and curvature of the loss per block,
     * 3. pick the split that lowers the loss most, 4. add its stump to every block's log-odds.
     */
    static Stumps fit(List<double[]> x, double[] y, double[] w, double[] start, int rounds) {
        int n = x.size();
        if (n == 0 || rounds == 0) return NONE;
        Binned binned = Binned.of(x); // 1.
        double[] f = start.clone();
        List<Stump> out = new ArrayList<>();
        double[] g = new double[n];
        double[] h = new double[n];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < n; i++) { // 2.
                double p = 1 / (1 + Math.exp(-f[i]));
                g[i] = w[i] * (p - y[i]);
                h[i] = w[i] * p * (1 - p);
            }
            Stump best = null; // 3.
            double bestGain = 0;
            for (int j = 0; j < binned.splits.length; j++) {
                Candidate c = bestSplit(binned, j, g, h);
                if (c != null && c.gain() > bestGain) {
                    bestGain = c.gain();
                    best = c.stump();
                }
            }
            if (best == null) break;
            out.add(best);
            for (int i = 0; i < n; i++) f[i] += best.score(x.get(i)); // 4.
        }
        return new Stumps(out);
    }

    /** A split and how much it lowers the loss. */
    private record Candidate(Stump stump, double gain) {}

    /** The best split of feature {@code j} for gradients {@code g} and curvatures {@code h}, or null. */
    private static Candidate bestSplit(Binned binned, int j, double[] g, double[] h) {
        int bins = binned.splits[j].length + 1;
        double[] gs = new double[bins];
        double[] hs = new double[bins];
        for (int i = 0; i < g.length; i++) {
            gs[binned.bin[j][i]] += g[i];
            hs[binned.bin[j][i]] += h[i];
        }
        double gAll = Arrays.stream(gs).sum();
        double hAll = Arrays.stream(hs).sum();
        Candidate best = null;
        double gl = 0, hl = 0;
        for (int b = 0; b < bins - 1; b++) {
            gl += gs[b];
            hl += hs[b];
            double gr = gAll - gl, hr = hAll - hl;
            double gain = gl * gl / (hl + LEAF_PRIOR) + gr * gr / (hr + LEAF_PRIOR) - gAll * gAll / (hAll + LEAF_PRIOR);
            if (gain > 0 && (best == null || gain > best.gain()))
                best = new Candidate(
                        new Stump(
                                j,
                                binned.splits[j][b],
                                -SHRINKAGE * gl / (hl + LEAF_PRIOR),
                                -SHRINKAGE * gr / (hr + LEAF_PRIOR)),
                        gain);
        }
        return best;
    }

    /** Each feature's candidate splits (its quantiles) and the bin of every block in it. */
    private record Binned(double[][] splits, int[][] bin) {

        static Binned of(List<double[]> x) {
            int n = x.size();
            int d = x.getFirst().length;
            double[][] splits = new double[d][];
            int[][] bin = new int[d][n];
            for (int j = 0; j < d; j++) {
                double[] values = new double[n];
                for (int i = 0; i < n; i++) values[i] = x.get(i)[j];
                double[] sorted = values.clone();
                Arrays.sort(sorted);
                double[] cut = new double[BINS - 1];
                int m = 0;
                for (int b = 1; b < BINS; b++) {
                    double q = sorted[(int) ((long) b * (n - 1) / BINS)];
                    if (m == 0 || q > cut[m - 1]) cut[m++] = q;
                }
                splits[j] = Arrays.copyOf(cut, m);
                for (int i = 0; i < n; i++) {
                    int k = Arrays.binarySearch(splits[j], values[i]);
                    bin[j][i] = k >= 0 ? k : -k - 1; // bin k holds values in (cut[k-1], cut[k]]
                }
            }
            return new Binned(splits, bin);
        }
    }
}
