package dev.marsad.analyze;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Words grouped by their dense embeddings ({@link EmbeddingTrainer}: skip-gram with negative
 * sampling over unlabelled news), at several granularities at once (say 1024, 256 and 64 clusters):
 * the tagger reads each word's cluster at each granularity as a feature, so a name it never saw in
 * training still shares features with names it saw, from coarse ("a person's name") to fine ("a
 * footballer's name").
 *
 * <p>A word is looked up by its form without proclitics ({@link ClusterTrainer#clusterForm}); a word
 * that is not among the clustered ones falls back to its light stem (the clusters of the most
 * frequent clustered word of that stem), so "وبغداد" and "لبغداد" and "بغداد" share their clusters.
 *
 * <p>The file is UTF-8 text: comment lines starting with {@code #}, one line {@code
 * granularities<TAB>k1<TAB>k2…} (finest first), then {@code w<TAB>word<TAB>c1<TAB>c2…} per word
 * and {@code s<TAB>stem<TAB>c1…} per stem. Immutable.
 */
public final class EmbeddingClusters {

    /** No embeddings: every word is unknown and no feature is made. */
    public static final EmbeddingClusters NONE = new EmbeddingClusters(new int[0], Map.of(), Map.of());

    private static final String GRANULARITIES = "granularities";
    private static final String WORD = "w";
    private static final String STEM = "s";

    private final int[] granularities;
    private final Map<String, int[]> byWord;
    private final Map<String, int[]> byStem;

    EmbeddingClusters(int[] granularities, Map<String, int[]> byWord, Map<String, int[]> byStem) {
        this.granularities = granularities.clone();
        this.byWord = new HashMap<>(byWord); // private and never changed; HashMap looks up fast
        this.byStem = new HashMap<>(byStem);
        for (var e : byWord.entrySet()) check(e.getKey(), e.getValue());
        for (var e : byStem.entrySet()) check(e.getKey(), e.getValue());
    }

    private void check(String word, int[] clusters) {
        if (clusters.length != granularities.length)
            throw new IllegalArgumentException(
                    "'" + word + "' has " + clusters.length + " clusters, expected " + granularities.length);
    }

    /** The numbers of clusters, finest first; empty for {@link #NONE}. */
    int[] granularities() {
        return granularities.clone();
    }

    /** How many words have clusters. */
    public int size() {
        return byWord.size();
    }

    /**
     * The clusters of the word with form {@code bare} (without proclitics) and light stem {@code
     * stem}, one per granularity; the stem's when the form is unknown; empty when both are.
     */
    int[] of(String bare, String stem) {
        int[] c = byWord.get(bare);
        if (c == null) c = byStem.get(stem);
        return c == null ? new int[0] : c;
    }

    /**
     * Reads a file written by {@link #write(Path, String)}.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed line
     * @throws UncheckedIOException when it cannot be read
     */
    public static EmbeddingClusters read(Path file) {
        Objects.requireNonNull(file, "file");
        int[] granularities = null;
        var words = new HashMap<String, int[]>();
        var stems = new HashMap<String, int[]>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.split("\t");
                try {
                    if (parts[0].equals(GRANULARITIES)) granularities = numbers(parts, 1);
                    else if (granularities == null || parts.length != granularities.length + 2)
                        throw new IllegalArgumentException("expected 'w|s<TAB>word' and one cluster per granularity");
                    else if (parts[0].equals(WORD)) words.put(parts[1], numbers(parts, 2));
                    else if (parts[0].equals(STEM)) stems.put(parts[1], numbers(parts, 2));
                    else throw new IllegalArgumentException("line starts with neither 'w' nor 's'");
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            file + ":" + n + ": " + e.getMessage() + ", got '" + line + "'", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embedding clusters " + file, e);
        }
        if (granularities == null)
            throw new IllegalArgumentException(file + ": no '" + GRANULARITIES + "' line: not embedding clusters");
        return new EmbeddingClusters(granularities, words, stems);
    }

    private static int[] numbers(String[] parts, int from) {
        return Arrays.stream(parts, from, parts.length)
                .mapToInt(Integer::parseInt)
                .toArray();
    }

    /** Writes the clusters to {@code file} in the format {@link #read(Path)} reads, sorted. */
    public void write(Path file, String comment) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : comment.split("\n")) out.write("# " + line + "\n");
            out.write(GRANULARITIES + joined(granularities) + "\n");
            for (String word : byWord.keySet().stream().sorted().toList())
                out.write(WORD + "\t" + word + joined(byWord.get(word)) + "\n");
            for (String stem : byStem.keySet().stream().sorted().toList())
                out.write(STEM + "\t" + stem + joined(byStem.get(stem)) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write embedding clusters " + file, e);
        }
    }

    private static String joined(int[] values) {
        var b = new StringBuilder();
        for (int v : values) b.append('\t').append(v);
        return b.toString();
    }

    /** Writes the clusters into a model file ({@link NerModel}). */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(granularities.length);
        for (int g : granularities) out.writeInt(g);
        writeMap(out, byWord);
        writeMap(out, byStem);
    }

    /** Reads what {@link #write(DataOutputStream)} wrote. */
    static EmbeddingClusters read(DataInputStream in) throws IOException {
        int[] granularities = new int[GzipBinary.bounded(in, "cluster granularities", 1 << 8)];
        for (int k = 0; k < granularities.length; k++) granularities[k] = in.readInt();
        return new EmbeddingClusters(
                granularities, readMap(in, granularities.length), readMap(in, granularities.length));
    }

    private static void writeMap(DataOutputStream out, Map<String, int[]> map) throws IOException {
        out.writeInt(map.size());
        for (var e : map.entrySet()) {
            out.writeUTF(e.getKey());
            for (int c : e.getValue()) out.writeShort(c);
        }
    }

    private static Map<String, int[]> readMap(DataInputStream in, int granularities) throws IOException {
        int n = GzipBinary.bounded(in, "clustered words", Integer.MAX_VALUE);
        var map = new HashMap<String, int[]>(GzipBinary.capacity(n));
        for (int i = 0; i < n; i++) {
            String word = in.readUTF();
            int[] c = new int[granularities];
            for (int k = 0; k < granularities; k++) c[k] = in.readShort();
            map.put(word, c);
        }
        return map;
    }
}
