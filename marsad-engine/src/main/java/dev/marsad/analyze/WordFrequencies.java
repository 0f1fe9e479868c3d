package dev.marsad.analyze;

import dev.marsad.arabic.text.AnalyzedText;
import dev.marsad.arabic.token.TokenType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * In how many documents of a corpus each word occurs (by marsad-arabic light stem, stop words left
 * out): how unusual a keyphrase's words are ({@link WordRarity}). Counted by {@code marsad train
 * keyphrases} from the user's own copy of a corpus and kept as a small gzip text file.
 */
public final class WordFrequencies {

    /** First line of a frequencies file. */
    static final String HEADER = "marsad-word-frequencies 1";
    /** Words in fewer documents are not kept: they are as rare as unseen words. */
    static final int MIN_DOCUMENTS = 3;

    private final Map<String, Integer> frequencies;
    private final int documents;

    WordFrequencies(Map<String, Integer> frequencies, int documents) {
        if (documents < 2) throw new IllegalArgumentException("word frequencies need two documents at least");
        this.frequencies = Map.copyOf(frequencies);
        this.documents = documents;
    }

    /** Counts the documents of {@code texts} each stem occurs in; stems in fewer than {@link #MIN_DOCUMENTS} are dropped. */
    public static WordFrequencies count(Iterable<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        int documents = 0;
        for (String text : texts) {
            documents++;
            AnalyzedText analyzed = AnalyzedText.of(text);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < analyzed.size(); i++) {
                TokenType type = analyzed.type(i);
                String stem = analyzed.stem(i);
                // a token of marks only has an empty stem: no word to count
                if ((type == TokenType.ARABIC || type == TokenType.LATIN) && !analyzed.isStopWord(i) && !stem.isBlank())
                    seen.add(stem);
            }
            for (String stem : seen) counts.merge(stem, 1, Integer::sum);
        }
        counts.values().removeIf(n -> n < MIN_DOCUMENTS);
        return new WordFrequencies(counts, documents);
    }

    /** Documents counted. */
    public int documents() {
        return documents;
    }

    /** Stems kept. */
    public int size() {
        return frequencies.size();
    }

    Map<String, Integer> frequencies() {
        return frequencies;
    }

    /** Writes the frequencies to {@code file} (gzip text), creating its folder. */
    public void write(Path file) {
        try {
            try (var out = GzipText.writer(file)) {
                out.write(HEADER + "\n");
                out.write("documents " + documents + "\n");
                for (var entry : new TreeMap<>(frequencies).entrySet())
                    out.write(entry.getKey() + "\t" + entry.getValue() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write word frequencies " + file, e);
        }
    }

    /**
     * Reads a file written by {@link #write}.
     *
     * @throws IllegalArgumentException naming the file and line when it is no frequencies file
     */
    public static WordFrequencies read(Path file) {
        Objects.requireNonNull(file, "file");
        try (var in = GzipText.reader(file)) {
            if (!HEADER.equals(in.readLine()))
                throw new IllegalArgumentException("word frequencies " + file + " line 1: not '" + HEADER + "'");
            String count = in.readLine();
            if (count == null || !count.startsWith("documents "))
                throw new IllegalArgumentException("word frequencies " + file + " line 2: expected 'documents N'");
            int documents = number(file, 2, count.substring("documents ".length()));
            Map<String, Integer> frequencies = new HashMap<>();
            int lineNumber = 2;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                int tab = line.indexOf('\t');
                if (tab <= 0)
                    throw new IllegalArgumentException(
                            "word frequencies " + file + " line " + lineNumber + ": expected 'stem<TAB>count'");
                frequencies.put(line.substring(0, tab), number(file, lineNumber, line.substring(tab + 1)));
            }
            return new WordFrequencies(frequencies, documents);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word frequencies " + file + ": " + e.getMessage(), e);
        }
    }

    private static int number(Path file, int line, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "word frequencies " + file + " line " + line + ": not a count: '" + value + "'", e);
        }
    }
}
