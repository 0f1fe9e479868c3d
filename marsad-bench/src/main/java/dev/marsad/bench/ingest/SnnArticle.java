package dev.marsad.bench.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * One article of the SaudiNewsNet corpus ({@code ../shared/data/saudinewsnet/*.jsonl.gz}).
 *
 * @param id the corpus id (16 hex digits)
 * @param outlet the newspaper ("alriyadh", "okaz", …)
 * @param extracted {@code date_extracted}, which the corpus says is most probably the publication
 *     time (Riyadh time)
 * @param title the headline, not blank
 * @param author the byline as the corpus has it, possibly blank
 * @param content the body text, not blank; newlines where the corpus kept them
 * @param section the publisher's section where the URL names one ("Sports", "sp", "golobal")
 */
record SnnArticle(
        String id,
        String outlet,
        LocalDateTime extracted,
        String title,
        String author,
        String content,
        Optional<String> section) {

    /** Reading order: by date, then id, so that a run is the same on every machine. */
    static final Comparator<SnnArticle> BY_DATE =
            Comparator.comparing(SnnArticle::extracted).thenComparing(SnnArticle::id);

    SnnArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(extracted, "extracted");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(section, "section");
        if (title.isBlank()) throw new IllegalArgumentException("SaudiNewsNet " + id + ": blank title");
        if (content.isBlank()) throw new IllegalArgumentException("SaudiNewsNet " + id + ": blank content");
    }

    /**
     * Every article of the {@code *.jsonl.gz} files in {@code folder} with a title and a body, by
     * date then id; articles without either are left out (the corpus has a few hundred).
     *
     * @throws UncheckedIOException naming the file when one cannot be read
     * @throws IllegalArgumentException naming the article when its date is not "yyyy-MM-dd HH:mm:ss"
     */
    static List<SnnArticle> readAll(Path folder) {
        var mapper = new ObjectMapper();
        var articles = new ArrayList<SnnArticle>();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".jsonl.gz"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        for (Path file : files) {
            try (var in = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) of(mapper.readTree(line)).ifPresent(articles::add);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        articles.sort(BY_DATE);
        return articles;
    }

    private static Optional<SnnArticle> of(JsonNode node) {
        String id = node.path("id").asText("");
        String title = node.path("title").asText("").strip();
        String content = node.path("content").asText("").strip();
        if (title.isEmpty() || content.isEmpty()) return Optional.empty();
        String date = node.path("date_extracted").asText("");
        LocalDateTime extracted;
        try {
            extracted = LocalDateTime.parse(date.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("SaudiNewsNet " + id + ": bad date_extracted '" + date + "'", e);
        }
        String section = node.path("section").asText("").strip();
        return Optional.of(new SnnArticle(
                id,
                node.path("source").asText(""),
                extracted,
                title,
                node.path("author").asText("").strip(),
                content,
                section.isEmpty() ? Optional.empty() : Optional.of(section)));
    }
}
