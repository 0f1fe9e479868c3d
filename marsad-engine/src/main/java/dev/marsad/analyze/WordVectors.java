package dev.marsad.analyze;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dense word vectors learnt from unlabelled news ({@link EmbeddingTrainer#vectors}: skip-gram), each
 * scaled to length 1, for the neural tagger ({@link WindowNetwork}). A word is looked up by its form
 * without proclitics ({@link ClusterTrainer#clusterForm}), then by its light stem; an unknown word
 * has no vector (zeros).
 *
 * <p>The file is gzip'd binary: a magic line, the dimensions, then the words and the stems, each
 * with its vector as floats. Immutable.
 */
public final class WordVectors {

    /** No vectors: every word is unknown. */
    public static final WordVectors NONE = new WordVectors(0, Map.of(), Map.of());

    private static final String MAGIC = "marsad-vectors 1";

    private final int dimensions;
    private final Map<String, float[]> byWord;
    private final Map<String, float[]> byStem;

    /** Whether vectors are scaled to unit length on the way in. */
    private enum Scaling {
        /** Learnt vectors: scaled. */
        TO_UNIT_LENGTH,
        /** Vectors read back from a file, already scaled: scaling again would shift their last bits. */
        AS_WRITTEN
    }

    WordVectors(int dimensions, Map<String, float[]> byWord, Map<String, float[]> byStem) {
        this(dimensions, byWord, byStem, Scaling.TO_UNIT_LENGTH);
    }

    private WordVectors(int dimensions, Map<String, float[]> byWord, Map<String, float[]> byStem, Scaling scaling) {
        this.dimensions = dimensions;
        this.byWord = scaling == Scaling.TO_UNIT_LENGTH ? unit(byWord, dimensions) : Map.copyOf(byWord);
        this.byStem = scaling == Scaling.TO_UNIT_LENGTH ? unit(byStem, dimensions) : Map.copyOf(byStem);
    }

    private static Map<String, float[]> unit(Map<String, float[]> vectors, int dimensions) {
        var out = new HashMap<String, float[]>(vectors.size() * 2);
        vectors.forEach((word, v) -> {
            if (v.length != dimensions)
                throw new IllegalArgumentException(
                        "'" + word + "' has " + v.length + " dimensions, expected " + dimensions);
            double norm = 0;
            for (float x : v) norm += x * x;
            float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            float[] u = new float[dimensions];
            for (int k = 0; k < dimensions; k++) u[k] = v[k] * scale;
            out.put(word, u);
        });
        return out;
    }

    /** The size of each vector; 0 for {@link #NONE}. */
    public int dimensions() {
        return dimensions;
    }

    /** How many words have a vector of their own. */
    public int size() {
        return byWord.size();
    }

    /** The vector of a word by its form without proclitics, else its stem; an empty array when unknown. */
    float[] of(String form, String stem) {
        float[] v = byWord.get(form);
        if (v == null) v = byStem.get(stem);
        return v == null ? new float[0] : v;
    }

    /** The vector of each word ({@link #of(String, String)}). */
    float[][] of(java.util.List<Word> words) {
        float[][] out = new float[words.size()][];
        for (int i = 0; i < out.length; i++)
            out[i] = of(ClusterTrainer.clusterForm(words.get(i)), words.get(i).stem());
        return out;
    }

    /** Writes the vectors to {@code file}, creating its folder. */
    public void write(Path file) {
        GzipBinary.write(file, MAGIC, "word vectors", this::write);
    }

    /**
     * Reads vectors written by {@link #write(Path)}.
     *
     * @throws IllegalArgumentException when the file holds no Marsad word vectors
     * @throws UncheckedIOException when it cannot be read
     */
    public static WordVectors read(Path file) {
        return GzipBinary.read(file, MAGIC, "word vectors", WordVectors::read);
    }

    /** Writes the dimensions and the vectors (within a model file). */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(dimensions);
        writeMap(out, byWord);
        writeMap(out, byStem);
    }

    /** The most dimensions a vector read from a file may have (Marsad trains 50 to 300). */
    static final int MAX_DIMENSIONS = 1 << 12;

    /** Reads what {@link #write(DataOutputStream)} wrote, checking the counts it reads. */
    static WordVectors read(DataInputStream in) throws IOException {
        int dimensions = GzipBinary.bounded(in, "dimensions", MAX_DIMENSIONS);
        return new WordVectors(dimensions, readMap(in, dimensions), readMap(in, dimensions), Scaling.AS_WRITTEN);
    }

    private static void writeMap(DataOutputStream out, Map<String, float[]> map) throws IOException {
        out.writeInt(map.size());
        for (var e : new TreeMap<>(map).entrySet()) {
            out.writeUTF(e.getKey());
            for (float v : e.getValue()) out.writeFloat(v);
        }
    }

    private static Map<String, float[]> readMap(DataInputStream in, int dimensions) throws IOException {
        int size = GzipBinary.bounded(in, "words", Integer.MAX_VALUE);
        var map = new HashMap<String, float[]>(GzipBinary.capacity(size));
        for (int i = 0; i < size; i++) {
            String word = in.readUTF();
            float[] v = new float[dimensions];
            for (int k = 0; k < dimensions; k++) v[k] = in.readFloat();
            map.put(word, v);
        }
        return map;
    }
}
