package dev.marsad.bench.arabic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/** One article of the SaudiNewsNet corpus: id, title and body text. */
record NewsArticle(String id, String title, String content) {

    NewsArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
    }

    /** Articles of every {@code *.jsonl.gz} file in {@code folder}, files in name order; blank ones skipped. */
    static List<NewsArticle> readAll(Path folder, int limit) {
        var mapper = new ObjectMapper();
        var articles = new ArrayList<NewsArticle>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jsonl.gz"))
                    .sorted()
                    .toList()) {
                try (var in = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        if (limit > 0 && articles.size() >= limit) return articles;
                        JsonNode node = mapper.readTree(line);
                        String title = node.path("title").asText("").strip();
                        String content = node.path("content").asText("").strip();
                        if (!title.isEmpty() && !content.isEmpty()) {
                            articles.add(new NewsArticle(node.path("id").asText(), title, content));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read articles from " + folder, e);
        }
        return articles;
    }
}
