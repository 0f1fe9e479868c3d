package dev.marsad.analyze;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Word clusters learnt from unlabelled text ({@link ClusterTrainer}): words used in like contexts
 * share a cluster, so a name the tagger never saw in training still looks like the names it saw.
 * Each word has a fine cluster and the coarse cluster its fine one belongs to.
 *
 * <p>Words are in their {@link dev.marsad.arabic.ArabicNormalizer#SEARCH} form without proclitics
 * ({@link Word#withoutProclitics()}). The file is UTF-8 text, one {@code word<TAB>fine<TAB>coarse}
 * a line after comment lines starting with {@code #}.
 */
public final class WordClusters {

    /** No clusters: every word is unknown. */
    public static final WordClusters NONE = new WordClusters(Map.of(), Map.of());

    private final Map<String, Integer> fine;
    private final Map<String, Integer> coarse;

    WordClusters(Map<String, Integer> fine, Map<String, Integer> coarse) {
        this.fine = new HashMap<>(fine); // private and never changed; HashMap looks up faster than Map.copyOf
        this.coarse = new HashMap<>(coarse);
    }

    /** The fine cluster of {@code word}, or -1 when the word is unknown. */
    int fine(String word) {
        return fine.getOrDefault(word, -1);
    }

    /** The coarse cluster of {@code word}, or -1 when the word is unknown. */
    int coarse(String word) {
        return coarse.getOrDefault(word, -1);
    }

    /** How many words have a cluster. */
    public int size() {
        return fine.size();
    }

    /** Every word with its fine and coarse cluster. */
    Map<String, int[]> entries() {
        var all = new HashMap<String, int[]>();
        fine.forEach((w, f) -> all.put(w, new int[] {f, coarse.get(w)}));
        return all;
    }

    /**
     * Reads a cluster file.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed line
     * @throws UncheckedIOException when it cannot be read
     */
    public static WordClusters read(Path file) {
        Objects.requireNonNull(file, "file");
        var fine = new HashMap<String, Integer>();
        var coarse = new HashMap<String, Integer>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.split("\t");
                if (parts.length != 3)
                    throw new IllegalArgumentException(
                            file + ":" + n + ": expected 'word<TAB>fine<TAB>coarse', got '" + line + "'");
                try {
                    fine.put(parts[0], Integer.parseInt(parts[1]));
                    coarse.put(parts[0], Integer.parseInt(parts[2]));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + ":" + n + ": cluster is no number in '" + line + "'", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word clusters " + file, e);
        }
        return new WordClusters(fine, coarse);
    }

    /** Writes the clusters to {@code file} in the format {@link #read} reads, words sorted. */
    public void write(Path file, String comment) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : comment.split("\n")) out.write("# " + line + "\n");
            for (String word : fine.keySet().stream().sorted().toList())
                out.write(word + "\t" + fine.get(word) + "\t" + coarse.get(word) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write word clusters " + file, e);
        }
    }
}
