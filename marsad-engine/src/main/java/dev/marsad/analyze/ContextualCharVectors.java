package dev.marsad.analyze;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Contextual vectors of the words of a sentence from two character-level language models learnt on
 * unlabelled news ({@link CharLanguageModelTrainer}), as in contextual string embeddings (Akbik et
 * al. 2018): a word's vector is the forward model's state after the word's last character beside
 * the backward model's state after (reading right to left) its first character. The same word gets
 * a different vector in another sentence.
 *
 * <p>A sentence is read as its words' SEARCH forms ({@link Word#norm}) joined by single spaces,
 * between two boundary marks, digits read as {@code 0}; a character outside the alphabet is read as
 * "unknown". The learner reads its texts the same way ({@link #encode}).
 *
 * <p>The file is gzip'd binary: a magic line, the alphabet, then the forward and the backward
 * model. Immutable; {@link #of} only reads the models and is thread-safe.
 */
public final class ContextualCharVectors {

    /** No vectors: every word gets an empty vector. */
    public static final ContextualCharVectors NONE = new ContextualCharVectors("", null, null);

    private static final String MAGIC = "marsad-charlm 1";

    /** The number of "a character outside the alphabet". */
    static final int UNKNOWN = 0;

    /** The number of the mark before and after a text. */
    static final int BOUNDARY = 1;

    private final String alphabet;
    private final CharLanguageModel forward;
    private final CharLanguageModel backward;

    /**
     * @param alphabet the characters with a number of their own, the first numbered 2
     * @param forward the model reading left to right
     * @param backward the model reading right to left
     */
    ContextualCharVectors(String alphabet, CharLanguageModel forward, CharLanguageModel backward) {
        this.alphabet = alphabet;
        this.forward = forward;
        this.backward = backward;
        if (forward != null && (forward.chars != size(alphabet) || backward.chars != forward.chars))
            throw new IllegalArgumentException("character models of " + forward.chars + " and " + backward.chars
                    + " characters for an alphabet of " + size(alphabet));
    }

    /** How many character numbers an alphabet gives: unknown, boundary and its characters. */
    static int size(String alphabet) {
        return alphabet.length() + 2;
    }

    /** The size of each word's vector: twice the models' hidden state; 0 for {@link #NONE}. */
    public int dimensions() {
        return forward == null ? 0 : forward.hidden + backward.hidden;
    }

    String alphabet() {
        return alphabet;
    }

    /** A text as its character numbers, and where each word starts and ends in them. */
    record Encoded(int[] chars, int[] starts, int[] ends) {}

    /** {@code words} as the models read them: boundary, the words joined by spaces, boundary. */
    static Encoded encode(List<String> words, String alphabet) {
        int length = 2 + Math.max(0, words.size() - 1);
        for (String w : words) length += w.length();
        int[] chars = new int[length];
        int[] starts = new int[words.size()];
        int[] ends = new int[words.size()];
        int k = 0;
        chars[k++] = BOUNDARY;
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) chars[k++] = number(' ', alphabet);
            starts[i] = k;
            String w = words.get(i);
            for (int c = 0; c < w.length(); c++) chars[k++] = number(w.charAt(c), alphabet);
            ends[i] = k;
        }
        chars[k] = BOUNDARY;
        return new Encoded(chars, starts, ends);
    }

    /** A character's number: digits are one character ({@code 0}); outside the alphabet, {@link #UNKNOWN}. */
    static int number(char c, String alphabet) {
        int at = alphabet.indexOf(Character.isDigit(c) ? '0' : c);
        return at < 0 ? UNKNOWN : at + 2;
    }

    /** The contextual vector of each word; empty arrays for {@link #NONE}. */
    float[][] of(List<Word> words) {
        float[][] out = new float[words.size()][];
        if (forward == null) {
            for (int i = 0; i < out.length; i++) out[i] = new float[0];
            return out;
        }
        var forms = new ArrayList<String>(words.size());
        for (Word w : words) forms.add(w.norm());
        Encoded e = encode(forms, alphabet);
        double[][] right = states(forward, e.chars(), false);
        double[][] left = states(backward, e.chars(), true);
        int h = forward.hidden;
        for (int i = 0; i < out.length; i++) {
            float[] v = new float[dimensions()];
            double[] after = right[e.ends()[i] - 1];
            double[] before = left[e.starts()[i]];
            for (int k = 0; k < h; k++) v[k] = (float) after[k];
            for (int k = 0; k < backward.hidden; k++) v[h + k] = (float) before[k];
            out[i] = v;
        }
        return out;
    }

    /** The state of {@code model} after reading each position of {@code chars}, in the given direction. */
    private static double[][] states(CharLanguageModel model, int[] chars, boolean reversed) {
        double[][] out = new double[chars.length][];
        double[] h = new double[model.hidden];
        for (int t = 0; t < chars.length; t++) {
            int at = reversed ? chars.length - 1 - t : t;
            h = model.step(h, chars[at]);
            out[at] = h;
        }
        return out;
    }

    /** Writes the vectors' models to {@code file}, creating its folder. */
    public void write(Path file) {
        GzipBinary.write(file, MAGIC, "character language models", this::write);
    }

    /**
     * Reads models written by {@link #write(Path)}.
     *
     * @throws IllegalArgumentException when the file holds no Marsad character language models
     * @throws UncheckedIOException when it cannot be read
     */
    public static ContextualCharVectors read(Path file) {
        return GzipBinary.read(file, MAGIC, "character language models", ContextualCharVectors::read);
    }

    /** Writes the alphabet and both models (within a model file); {@link #NONE} writes an empty alphabet. */
    void write(DataOutputStream out) throws IOException {
        out.writeBoolean(forward != null);
        if (forward == null) return;
        out.writeUTF(alphabet);
        forward.write(out);
        backward.write(out);
    }

    /** Reads what {@link #write(DataOutputStream)} wrote. */
    static ContextualCharVectors read(DataInputStream in) throws IOException {
        if (!in.readBoolean()) return NONE;
        String alphabet = in.readUTF();
        var forward = CharLanguageModel.read(in);
        var backward = CharLanguageModel.read(in);
        if (forward.chars != size(alphabet) || backward.chars != size(alphabet))
            throw new GzipBinary.Damaged("character models of " + forward.chars + " and " + backward.chars
                    + " characters for an alphabet of " + size(alphabet));
        return new ContextualCharVectors(alphabet, forward, backward);
    }
}
