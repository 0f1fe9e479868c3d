package dev.marsad.analyze;

import dev.marsad.arabic.ArabicNormalizer;
import dev.marsad.arabic.token.ProcliticReadings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A list of normalised words or phrases read from a resource of this package: one entry a line,
 * {@code #} starts a comment line, blank lines are ignored.
 */
record WordList(Set<String> entries) {

    WordList {
        entries = Set.copyOf(entries);
    }

    /**
     * Loads {@code /analyze/<name>}, each entry in {@link ArabicNormalizer#SEARCH} form; fails with
     * the resource name when it is missing.
     */
    static WordList load(String name) {
        var entries = new HashSet<String>();
        for (String line : lines(name)) entries.add(ArabicNormalizer.SEARCH.normalize(line));
        return new WordList(entries);
    }

    /** The non-comment, non-blank lines of {@code /analyze/<name>}, stripped, in order. */
    static List<String> lines(String name) {
        String path = "/analyze/" + name;
        try (InputStream in = WordList.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("analyze resource missing: " + path);
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            var lines = new ArrayList<String>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) lines.add(stripped);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read analyze resource " + path, e);
        }
    }

    /** Whether the normalised {@code word} is listed. */
    boolean contains(String word) {
        return entries.contains(word);
    }

    /**
     * Whether the normalised {@code word}, or {@code word} without a leading clitic (و، ف، ب، ل، ك:
     * its {@link ProcliticReadings}), is listed.
     */
    boolean containsWithClitics(String word) {
        return containsAny(ProcliticReadings.of(word));
    }

    /** {@link #containsWithClitics(String)} for a word of an analysed text, whose readings are made already. */
    boolean containsWithClitics(Word word) {
        return containsAny(word.readings());
    }

    private boolean containsAny(List<String> readings) {
        for (String reading : readings) if (entries.contains(reading)) return true;
        return false;
    }
}
