package dev.marsad.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Unlabelled text for the learners of word clusters and embeddings: JSON Lines files (gzip or not),
 * one object a line whose {@code content} or {@code text} field is the text (SaudiNewsNet's
 * {@code *.jsonl.gz}).
 */
final class UnlabelledTexts {

    private UnlabelledTexts() {}

    /**
     * Gives {@code each} the non-blank texts of {@code corpus} (a file, or a folder whose {@code
     * *.jsonl} and {@code *.jsonl.gz} files are read in name order), at most {@code maxTexts}.
     *
     * @return how many texts were given
     * @throws IllegalArgumentException when {@code corpus} has no such file
     * @throws UncheckedIOException naming the file that cannot be read
     */
    static int forEach(Path corpus, int maxTexts, Consumer<String> each, Consumer<String> progress) {
        List<Path> files;
        try (Stream<Path> listing = Files.isDirectory(corpus) ? Files.list(corpus) : Stream.of(corpus)) {
            files = listing.filter(p -> p.getFileName().toString().matches(".*\\.jsonl(\\.gz)?"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list corpus " + corpus, e);
        }
        if (files.isEmpty()) throw new IllegalArgumentException("no .jsonl or .jsonl.gz file at " + corpus);
        var json = new ObjectMapper();
        int given = 0;
        for (Path file : files) {
            try (InputStream raw = Files.newInputStream(file);
                    InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                    var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null && given < maxTexts; line = lines.readLine()) {
                    if (line.isBlank()) continue;
                    JsonNode node = json.readTree(line);
                    String text = node.path("content").asText(node.path("text").asText(""));
                    if (text.isBlank()) continue;
                    each.accept(text);
                    given++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read corpus file " + file, e);
            }
            progress.accept("read " + file.getFileName() + ": " + given + " texts so far");
        }
        return given;
    }
}
