package dev.marsad.extract;

import java.util.List;

/**
 * Weighted logistic regression, fitted by Newton's method, for the learned parts of extraction
 * ({@link BlockModel}, {@link NodeModel}): the features are standardised first, the intercept
 * comes first in the fitted coefficients.
 */
final class Logistic {

    /** Newton steps at most (the fit converges in about ten). */
    private static final int NEWTON_STEPS = 50;

    private Logistic() {}

    /**
     * Weighted logistic regression by Newton's method (iteratively reweighted least squares) on
     * standardised features with an intercept first: minimises the mean weighted log loss plus
     * {@code l2} times half the squared weights (the intercept is not penalised).
     */
    static double[] fit(List<double[]> x, double[] y, double[] w, double sum, double l2) {
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
                    grad[j] += l2 * beta[j];
                    hessian[j][j] += l2;
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
    static void standardise(List<double[]> x, double[] w, double sum, double[] means, double[] scales) {
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
}
