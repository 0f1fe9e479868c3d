package dev.marsad.bench;

import java.util.List;

/**
 * A logistic model fitted by Newton's method (iteratively reweighted least squares) with a small
 * L2 penalty, so that separable data (a rule that makes no error on the fold) still gives finite
 * weights. Weights are returned bias first. Small and dense: a handful of features.
 */
final class LogisticFit {

    /** The L2 penalty on the weights (not on the bias): fixed, not tuned. */
    static final double PENALTY = 1.0;
    /** Newton steps: the fit converges in far fewer on a handful of features. */
    private static final int STEPS = 50;

    private LogisticFit() {}

    /** The fitted weights, bias first, of rows {@code x} with labels {@code y}. */
    static double[] fit(List<double[]> x, List<Boolean> y) {
        if (x.isEmpty()) throw new IllegalArgumentException("cannot fit a logistic model on no rows");
        int d = x.getFirst().length + 1;
        double[] w = new double[d];
        for (int step = 0; step < STEPS; step++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int i = 0; i < x.size(); i++) {
                double[] row = withBias(x.get(i));
                double p = probability(w, row);
                double r = (y.get(i) ? 1 : 0) - p;
                double s = p * (1 - p);
                for (int j = 0; j < d; j++) {
                    gradient[j] += r * row[j];
                    for (int k = 0; k < d; k++) hessian[j][k] += s * row[j] * row[k];
                }
            }
            for (int j = 1; j < d; j++) {
                gradient[j] -= PENALTY * w[j];
                hessian[j][j] += PENALTY;
            }
            hessian[0][0] += 1e-9;
            double[] delta = solve(hessian, gradient);
            double size = 0;
            for (int j = 0; j < d; j++) {
                w[j] += delta[j];
                size += Math.abs(delta[j]);
            }
            if (size < 1e-8) break;
        }
        return w;
    }

    /** The probability of the positive class for a row (without bias) under weights (bias first). */
    static double predict(double[] w, double[] x) {
        return probability(w, withBias(x));
    }

    private static double probability(double[] w, double[] row) {
        double z = 0;
        for (int j = 0; j < w.length; j++) z += w[j] * row[j];
        return 1 / (1 + Math.exp(-z));
    }

    private static double[] withBias(double[] x) {
        double[] row = new double[x.length + 1];
        row[0] = 1;
        System.arraycopy(x, 0, row, 1, x.length);
        return row;
    }

    /** Solves a·x = b by Gaussian elimination with partial pivoting (a is positive definite here). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) m[r][k] -= f * m[c][k];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int k = r + 1; k < n; k++) s -= m[r][k] * x[k];
            x[r] = s / m[r][r];
        }
        return x;
    }
}
