package dev.marsad.analyze;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;

/**
 * A character-level language model in one reading direction: a one-layer GRU (Cho et al. 2014)
 * over character numbers, predicting the next character with a softmax. Its hidden state after a
 * character is what {@link ContextualCharVectors} gives the tagger (contextual string embeddings,
 * Akbik et al. 2018).
 *
 * <p>One step, reading character {@code c} with the previous state {@code h}:
 *
 * <ol>
 *   <li>gates: {@code z = σ(W_z[c] + U_z h)}, {@code r = σ(W_r[c] + U_r h)} (the biases are in
 *       {@code W}'s row of each character: the input is one-hot);
 *   <li>candidate: {@code n = tanh(W_n[c] + r ⊙ (U_n h))};
 *   <li>new state: {@code h' = (1 − z) ⊙ n + z ⊙ h};
 *   <li>prediction of the next character: {@code softmax(O h' + o)}.
 * </ol>
 *
 * {@link #gradient} is the exact gradient of the summed negative log-likelihood of a chunk read
 * from a given state (truncated backpropagation through time: nothing flows into the state the
 * chunk started from), checked against finite differences in {@code CharLanguageModelTest}.
 * Parameters are doubles while training and written as floats. Not thread-safe while training;
 * {@link #step} only reads.
 */
final class CharLanguageModel {

    /** The three gates, in the order of their blocks in {@link #input} and {@link #recurrent}. */
    private static final int Z = 0;

    private static final int R = 1;
    private static final int N = 2;

    final int chars;
    final int hidden;
    /** Each character's contribution to the three gates, bias included: {@code chars × 3H}. */
    final double[] input;
    /** {@code U_z, U_r, U_n}: {@code 3 × H × H}, index {@code (g·H + i)·H + j}. */
    final double[] recurrent;
    /** Prediction weights: {@code chars × H}. */
    final double[] output;

    final double[] outputBias;

    private CharLanguageModel(int chars, int hidden) {
        if (chars < 2 || hidden < 1)
            throw new IllegalArgumentException("bad character model shape " + chars + "/" + hidden);
        this.chars = chars;
        this.hidden = hidden;
        input = new double[chars * 3 * hidden];
        recurrent = new double[3 * hidden * hidden];
        output = new double[chars * hidden];
        outputBias = new double[chars];
    }

    /** A model with random starting weights drawn from {@code seed} (uniform, ±1/√H). */
    static CharLanguageModel initial(int chars, int hidden, long seed) {
        var m = new CharLanguageModel(chars, hidden);
        var random = new Random(seed);
        double scale = 1 / Math.sqrt(hidden);
        for (double[] values : new double[][] {m.input, m.recurrent, m.output})
            for (int i = 0; i < values.length; i++) values[i] = (2 * random.nextDouble() - 1) * scale;
        return m;
    }

    /** The parameter arrays, in a fixed order (the same for a model's gradients). */
    double[][] parameters() {
        return new double[][] {input, recurrent, output, outputBias};
    }

    /** A model of the same shape with every parameter zero: a place to sum gradients. */
    CharLanguageModel zeros() {
        return new CharLanguageModel(chars, hidden);
    }

    /** The state after reading character {@code c} from state {@code h}; {@code h} is left as it was. */
    double[] step(double[] h, int c) {
        double[] next = new double[hidden];
        step(h, c, new double[hidden], new double[hidden], new double[hidden], new double[hidden], next);
        return next;
    }

    /** Steps 1–3 of one character, keeping the gates ({@code z, r, n}) and {@code U_n h} for the gradient. */
    private void step(double[] h, int c, double[] z, double[] r, double[] n, double[] un, double[] next) {
        int in = c * 3 * hidden;
        int hh = hidden * hidden;
        for (int i = 0; i < hidden; i++) {
            double az = input[in + i];
            double ar = input[in + hidden + i];
            double an = 0;
            int rz = (Z * hidden + i) * hidden;
            int rr = rz + hh;
            int rn = rr + hh;
            for (int j = 0; j < hidden; j++) {
                double hj = h[j];
                az += recurrent[rz + j] * hj;
                ar += recurrent[rr + j] * hj;
                an += recurrent[rn + j] * hj;
            }
            z[i] = sigmoid(az);
            r[i] = sigmoid(ar);
            un[i] = an;
        }
        for (int i = 0; i < hidden; i++) {
            n[i] = Math.tanh(input[in + N * hidden + i] + r[i] * un[i]);
            next[i] = (1 - z[i]) * n[i] + z[i] * h[i];
        }
    }

    /** Step 4: the probability of each next character after state {@code h}. */
    double[] predict(double[] h) {
        double[] o = outputBias.clone();
        for (int k = 0; k < chars; k++) {
            int row = k * hidden;
            double sum = 0;
            for (int j = 0; j < hidden; j++) sum += output[row + j] * h[j];
            o[k] += sum;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : o) max = Math.max(max, v);
        double total = 0;
        for (int k = 0; k < chars; k++) total += o[k] = Math.exp(o[k] - max);
        for (int k = 0; k < chars; k++) o[k] /= total;
        return o;
    }

    /**
     * Reads {@code text[from]} … {@code text[to − 1]} from state {@code h}, each predicting the
     * character after it; adds to {@code into} the gradient of the summed negative log-likelihood of
     * those predictions and returns that sum. {@code h} becomes the state after the last character
     * read (the next chunk's start).
     *
     * @param text character numbers; {@code text[to]} is the last one predicted
     */
    double gradient(int[] text, int from, int to, double[] h, CharLanguageModel into) {
        int steps = to - from;
        double[][] previous = new double[steps][];
        double[][] z = new double[steps][hidden];
        double[][] r = new double[steps][hidden];
        double[][] n = new double[steps][hidden];
        double[][] un = new double[steps][hidden];
        double[][] states = new double[steps][hidden];
        double[][] dout = new double[steps][];
        double loss = 0;
        double[] state = h.clone();
        for (int t = 0; t < steps; t++) {
            previous[t] = state;
            step(state, text[from + t], z[t], r[t], n[t], un[t], states[t]);
            state = states[t];
            double[] p = predict(state);
            int gold = text[from + t + 1];
            loss -= Math.log(Math.max(p[gold], Double.MIN_NORMAL));
            p[gold] -= 1; // softmax and cross-entropy: p − one-hot
            dout[t] = p;
        }
        System.arraycopy(state, 0, h, 0, hidden);
        backward(text, from, previous, z, r, n, un, states, dout, into);
        return loss;
    }

    /** Backpropagation through the chunk's steps, last first. */
    private void backward(
            int[] text,
            int from,
            double[][] previous,
            double[][] z,
            double[][] r,
            double[][] n,
            double[][] un,
            double[][] states,
            double[][] dout,
            CharLanguageModel into) {
        int hh = hidden * hidden;
        double[] dh = new double[hidden];
        double[] da = new double[3 * hidden]; // gradient at each gate's pre-activation; for n: at U_n h
        for (int t = states.length - 1; t >= 0; t--) {
            double[] g = dout[t];
            for (int k = 0; k < chars; k++) {
                if (g[k] == 0) continue;
                into.outputBias[k] += g[k];
                int row = k * hidden;
                for (int j = 0; j < hidden; j++) {
                    into.output[row + j] += g[k] * states[t][j];
                    dh[j] += output[row + j] * g[k];
                }
            }
            double[] hp = previous[t];
            double[] dPrevious = new double[hidden];
            int in = text[from + t] * 3 * hidden;
            for (int i = 0; i < hidden; i++) {
                double dn = dh[i] * (1 - z[t][i]);
                double dz = dh[i] * (hp[i] - n[t][i]);
                dPrevious[i] = dh[i] * z[t][i];
                double dan = dn * (1 - n[t][i] * n[t][i]);
                double dr = dan * un[t][i];
                da[Z * hidden + i] = dz * z[t][i] * (1 - z[t][i]);
                da[R * hidden + i] = dr * r[t][i] * (1 - r[t][i]);
                da[N * hidden + i] = dan * r[t][i];
                into.input[in + Z * hidden + i] += da[Z * hidden + i];
                into.input[in + R * hidden + i] += da[R * hidden + i];
                into.input[in + N * hidden + i] += dan;
            }
            for (int gate = 0; gate < 3; gate++)
                for (int i = 0; i < hidden; i++) {
                    double d = da[gate * hidden + i];
                    if (d == 0) continue;
                    int row = gate * hh + i * hidden;
                    for (int j = 0; j < hidden; j++) {
                        into.recurrent[row + j] += d * hp[j];
                        dPrevious[j] += recurrent[row + j] * d;
                    }
                }
            dh = dPrevious;
        }
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** Writes the shape and the parameters, as floats. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(chars);
        out.writeInt(hidden);
        for (double[] values : parameters()) for (double v : values) out.writeFloat((float) v);
    }

    /** The most hidden units a model read from a file may have (Marsad trains 32 to 256). */
    static final int MAX_HIDDEN = 1 << 10;

    /**
     * Reads a model written by {@link #write}, checking its shape before allocating it.
     *
     * @throws GzipBinary.Damaged when the shape is out of bounds
     */
    static CharLanguageModel read(DataInputStream in) throws IOException {
        int chars = GzipBinary.bounded(in, "characters", Character.MAX_VALUE + 2);
        int hidden = GzipBinary.bounded(in, "hidden units", MAX_HIDDEN);
        if (chars < 2 || hidden < 1) throw new GzipBinary.Damaged("character model shape " + chars + "/" + hidden);
        GzipBinary.parameters("character model", chars, 4L * hidden);
        var m = new CharLanguageModel(chars, hidden);
        for (double[] values : m.parameters()) for (int i = 0; i < values.length; i++) values[i] = in.readFloat();
        return m;
    }
}
