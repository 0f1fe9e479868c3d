package dev.marsad.analyze;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;

/**
 * A small neural tagger over the words of a sentence, each word given as the numbers of its sparse
 * features (those of {@link NerFeatures} and {@link StackedFeatures}): a one-hidden-layer window
 * network (Collobert et al. 2011, "window approach") beside a linear part, with a softmax over the
 * tags.
 *
 * <ol>
 *   <li>embed: each word's vector {@code x} is the sum of its features' learnt vectors ({@link
 *       Shape#embedding} wide): a dense reading of the same features the perceptron weighs one by
 *       one; plus {@code P · v}, the projection of the word's given vector {@code v} (learnt from
 *       unlabelled news, fixed: {@link WordVectors}) when there is one;
 *   <li>window: {@code a = b + Σ_d W_d · x[i + d]} over the words {@link Shape#radius} to each side
 *       (zero vectors beyond the sentence), {@code z = tanh(a)} ({@link Shape#hidden} units);
 *   <li>output: {@code o = c + V · z + Σ_f u_f}, where {@code u_f} is a weight per feature and tag
 *       (the linear part: what the perceptron knows is one step away), and {@code p = softmax(o)}.
 * </ol>
 *
 * <p>Dropout, when training, is applied to {@code x} and {@code z}. {@link #gradient} is the exact
 * gradient of the negative log-likelihood of the gold tags (checked against finite differences in
 * {@code WindowNetworkTest}). Parameters are doubles while training and written as floats. Not
 * thread-safe while training; {@link #logProbabilities} only reads.
 */
final class WindowNetwork {

    /**
     * The sizes of a network.
     *
     * @param features how many features have a vector and a linear weight
     * @param embedding the width of a word's vector
     * @param hidden how many hidden units
     * @param radius how many words to each side the hidden layer reads
     * @param tags how many tags the output scores
     * @param vectors the size of each word's given vector ({@link WordVectors}); 0 for none
     */
    record Shape(int features, int embedding, int hidden, int radius, int tags, int vectors) {
        Shape {
            if (features < 1 || embedding < 1 || hidden < 1 || radius < 0 || tags < 2 || vectors < 0)
                throw new IllegalArgumentException("bad network shape " + features + "/" + embedding + "/" + hidden
                        + "/" + radius + "/" + tags + "/" + vectors);
        }

        int window() {
            return 2 * radius + 1;
        }
    }

    final Shape shape;
    /** Feature vectors: {@code features × embedding}. */
    final double[] embed;
    /** Projection of the given word vectors: {@code vectors × embedding}. */
    final double[] project;
    /** Linear part: {@code features × tags}. */
    final double[] linear;
    /** Window weights: {@code window × embedding × hidden}, index {@code (d·E + j)·H + h}. */
    final double[] window;

    final double[] hiddenBias;
    /** Output weights: {@code hidden × tags}. */
    final double[] output;

    final double[] outputBias;

    /**
     * What each feature's vector and linear weight count for when tagging: the share of features
     * kept while training ({@link NetworkTrainer.Settings#featureDropout}), as in dropout without
     * rescaling; 1 while training.
     */
    double featureScale = 1;

    private WindowNetwork(Shape shape) {
        this.shape = shape;
        embed = new double[shape.features() * shape.embedding()];
        project = new double[shape.vectors() * shape.embedding()];
        linear = new double[shape.features() * shape.tags()];
        window = new double[shape.window() * shape.embedding() * shape.hidden()];
        hiddenBias = new double[shape.hidden()];
        output = new double[shape.hidden() * shape.tags()];
        outputBias = new double[shape.tags()];
    }

    /**
     * A network with random starting weights drawn from {@code seed}: feature vectors uniform in
     * ±{@code embedScale}, the dense layers by Glorot's rule, the linear part and biases zero.
     */
    static WindowNetwork initial(Shape shape, double embedScale, long seed) {
        var n = new WindowNetwork(shape);
        var random = new Random(seed);
        fill(n.embed, embedScale, random);
        fill(n.project, Math.sqrt(6.0 / (shape.vectors() + shape.embedding())), random);
        fill(n.window, Math.sqrt(6.0 / (shape.window() * shape.embedding() + shape.hidden())), random);
        fill(n.output, Math.sqrt(6.0 / (shape.hidden() + shape.tags())), random);
        return n;
    }

    private static void fill(double[] values, double scale, Random random) {
        for (int i = 0; i < values.length; i++) values[i] = (2 * random.nextDouble() - 1) * scale;
    }

    /** The parameter arrays, in a fixed order (the same for a network's gradients). */
    double[][] parameters() {
        return new double[][] {embed, project, linear, window, hiddenBias, output, outputBias};
    }

    /** A network of the same shape with every parameter zero: a place to sum gradients. */
    WindowNetwork zeros() {
        return new WindowNetwork(shape);
    }

    /** A copy of this network's parameters. */
    WindowNetwork copy() {
        var c = new WindowNetwork(shape);
        double[][] from = parameters();
        double[][] to = c.parameters();
        for (int i = 0; i < from.length; i++) System.arraycopy(from[i], 0, to[i], 0, from[i].length);
        c.featureScale = featureScale;
        return c;
    }

    /**
     * The log-probability of each tag of each word, without dropout.
     *
     * @param features each word's feature rows
     * @param vectors each word's given vector, {@link Shape#vectors} long, or empty when it has none
     */
    double[][] logProbabilities(int[][] features, float[][] vectors) {
        Forward f = forward(features, vectors, featureScale, 0, null);
        int t = shape.tags();
        double[][] out = new double[features.length][t];
        for (int i = 0; i < features.length; i++)
            for (int k = 0; k < t; k++) out[i][k] = Math.log(Math.max(f.p[i][k], Double.MIN_NORMAL));
        return out;
    }

    /**
     * Adds to {@code into} the gradient of the negative log-likelihood of {@code gold} for one
     * sentence, with dropout at rate {@code dropout} drawn from {@code random} (0: none), and
     * returns that negative log-likelihood.
     */
    double gradient(
            int[][] features, float[][] vectors, int[] gold, WindowNetwork into, double dropout, Random random) {
        Forward f = forward(features, vectors, 1, dropout, random);
        int n = features.length;
        int t = shape.tags();
        int e = shape.embedding();
        int h = shape.hidden();
        int r = shape.radius();
        double loss = 0;
        double[][] dx = new double[n][e];
        for (int i = 0; i < n; i++) {
            loss -= Math.log(Math.max(f.p[i][gold[i]], Double.MIN_NORMAL));
            double[] dout = f.p[i].clone(); // softmax and cross-entropy: p − one-hot
            dout[gold[i]] -= 1;
            double[] da = new double[h];
            for (int k = 0; k < t; k++) into.outputBias[k] += dout[k];
            for (int u = 0; u < h; u++) {
                double dz = 0;
                for (int k = 0; k < t; k++) {
                    into.output[u * t + k] += f.zd[i][u] * dout[k];
                    dz += output[u * t + k] * dout[k];
                }
                dz *= f.zMask == null ? 1 : f.zMask[i][u];
                da[u] = dz * (1 - f.z[i][u] * f.z[i][u]);
                into.hiddenBias[u] += da[u];
            }
            for (int feature : features[i]) for (int k = 0; k < t; k++) into.linear[feature * t + k] += dout[k];
            for (int d = -r; d <= r; d++) {
                int j = i + d;
                if (j < 0 || j >= n) continue;
                int base = (d + r) * e;
                for (int c = 0; c < e; c++) {
                    int row = (base + c) * h;
                    double x = f.xd[j][c];
                    double sum = 0;
                    for (int u = 0; u < h; u++) {
                        into.window[row + u] += x * da[u];
                        sum += window[row + u] * da[u];
                    }
                    dx[j][c] += sum;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < e; c++) if (f.xMask != null) dx[i][c] *= f.xMask[i][c];
            for (int feature : features[i]) {
                int row = feature * e;
                for (int c = 0; c < e; c++) into.embed[row + c] += dx[i][c];
            }
            float[] v = vectors[i];
            for (int k = 0; k < v.length; k++)
                if (v[k] != 0) for (int c = 0; c < e; c++) into.project[k * e + c] += v[k] * dx[i][c];
        }
        return loss;
    }

    /** What the forward pass computed, kept for the backward pass. */
    private record Forward(
            double[][] xd, double[][] xMask, double[][] z, double[][] zd, double[][] zMask, double[][] p) {}

    private Forward forward(int[][] features, float[][] vectors, double scale, double dropout, Random random) {
        int n = features.length;
        int t = shape.tags();
        int e = shape.embedding();
        int h = shape.hidden();
        int r = shape.radius();
        double[][] xd = new double[n][e];
        for (int i = 0; i < n; i++) {
            for (int feature : features[i]) {
                int row = feature * e;
                for (int c = 0; c < e; c++) xd[i][c] += embed[row + c];
            }
            if (scale != 1) for (int c = 0; c < e; c++) xd[i][c] *= scale;
            float[] v = vectors[i];
            for (int k = 0; k < v.length; k++)
                if (v[k] != 0) for (int c = 0; c < e; c++) xd[i][c] += project[k * e + c] * v[k];
        }
        double[][] xMask = dropout > 0 ? mask(n, e, dropout, random) : null;
        if (xMask != null) for (int i = 0; i < n; i++) for (int c = 0; c < e; c++) xd[i][c] *= xMask[i][c];
        double[][] z = new double[n][h];
        for (int i = 0; i < n; i++) {
            double[] a = hiddenBias.clone();
            for (int d = -r; d <= r; d++) {
                int j = i + d;
                if (j < 0 || j >= n) continue;
                int base = (d + r) * e;
                for (int c = 0; c < e; c++) {
                    double x = xd[j][c];
                    if (x == 0) continue;
                    int row = (base + c) * h;
                    for (int u = 0; u < h; u++) a[u] += window[row + u] * x;
                }
            }
            for (int u = 0; u < h; u++) z[i][u] = Math.tanh(a[u]);
        }
        double[][] zMask = dropout > 0 ? mask(n, h, dropout, random) : null;
        double[][] zd = new double[n][];
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            zd[i] = z[i].clone();
            if (zMask != null) for (int u = 0; u < h; u++) zd[i][u] *= zMask[i][u];
            double[] o = outputBias.clone();
            for (int u = 0; u < h; u++) {
                double v = zd[i][u];
                if (v == 0) continue;
                for (int k = 0; k < t; k++) o[k] += output[u * t + k] * v;
            }
            for (int feature : features[i]) for (int k = 0; k < t; k++) o[k] += scale * linear[feature * t + k];
            p[i] = softmax(o);
        }
        return new Forward(xd, xMask, z, zd, zMask, p);
    }

    /** Inverted dropout: each unit kept with probability {@code 1 − rate} and then scaled by its inverse. */
    private static double[][] mask(int n, int width, double rate, Random random) {
        double[][] m = new double[n][width];
        double kept = 1 / (1 - rate);
        for (double[] row : m) for (int c = 0; c < width; c++) row[c] = random.nextDouble() < rate ? 0 : kept;
        return m;
    }

    private static double[] softmax(double[] o) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : o) max = Math.max(max, v);
        double sum = 0;
        double[] p = new double[o.length];
        for (int k = 0; k < o.length; k++) sum += p[k] = Math.exp(o[k] - max);
        for (int k = 0; k < o.length; k++) p[k] /= sum;
        return p;
    }

    /** Writes the shape and the parameters, as floats. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(shape.features());
        out.writeInt(shape.embedding());
        out.writeInt(shape.hidden());
        out.writeInt(shape.radius());
        out.writeInt(shape.tags());
        out.writeInt(shape.vectors());
        out.writeDouble(featureScale);
        for (double[] values : parameters()) for (double v : values) out.writeFloat((float) v);
    }

    /**
     * Reads a network written by {@link #write}, checking its shape before allocating it.
     *
     * @throws GzipBinary.Damaged when the shape is out of bounds
     */
    static WindowNetwork read(DataInputStream in) throws IOException {
        int[] s = new int[6];
        for (int i = 0; i < s.length; i++) s[i] = GzipBinary.bounded(in, "network shape", Integer.MAX_VALUE);
        if (s[0] < 1 || s[1] < 1 || s[2] < 1 || s[4] < 2)
            throw new GzipBinary.Damaged("network shape " + java.util.Arrays.toString(s));
        GzipBinary.parameters("network embeddings", s[0], s[1]);
        GzipBinary.parameters("network projection", s[5], s[1]);
        GzipBinary.parameters("network linear weights", s[0], s[4]);
        GzipBinary.parameters("network window", 2L * s[3] + 1, s[1], s[2]);
        GzipBinary.parameters("network output", s[2], s[4]);
        var shape = new Shape(s[0], s[1], s[2], s[3], s[4], s[5]);
        var n = new WindowNetwork(shape);
        n.featureScale = in.readDouble();
        for (double[] values : n.parameters()) for (int i = 0; i < values.length; i++) values[i] = in.readFloat();
        return n;
    }
}
