package dev.marsad.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The sources of a crawl, read from a JSON file.
 *
 * <pre>{@code
 * {"sources":[{"id":"alosboa","name":"الأسبوع",
 *              "feeds":["http://example.org/rss.xml"],
 *              "sitemaps":["http://example.org/news-sitemap.xml"],
 *              "startPages":["http://example.org/section/politics"],
 *              "delayMillis":500}]}
 * }</pre>
 *
 * @param sources the sources in file order, ids unique
 */
public record SourceList(List<Source> sources) {

    /** The politeness delay when an entry names none: one request per second and host. */
    static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);

    public SourceList {
        sources = List.copyOf(sources);
        Set<String> ids = new HashSet<>();
        for (Source source : sources) {
            if (!ids.add(source.id())) throw new IllegalArgumentException("duplicate source id '" + source.id() + "'");
        }
    }

    /**
     * Reads a source file.
     *
     * @throws IllegalArgumentException naming the file and the entry when the JSON is malformed, an
     *     entry lacks {@code id}/{@code name}, has no feed, sitemap or start page, or has a bad URL
     * @throws UncheckedIOException when the file cannot be read
     */
    public static SourceList read(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] json;
        try {
            json = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read source file " + file + ": " + e.getMessage(), e);
        }
        return parse(json, file);
    }

    /**
     * Parses the bytes of a source file; {@code file} only names it in messages.
     *
     * @throws IllegalArgumentException as {@link #read}
     */
    static SourceList parse(byte[] json, Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            String detail = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
            throw new IllegalArgumentException("cannot parse source file " + file + ": " + detail, e);
        }
        JsonNode entries = root == null ? null : root.get("sources");
        if (entries == null || !entries.isArray())
            throw new IllegalArgumentException("source file " + file + ": expected {\"sources\":[…]} at the top");
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            sources.add(readEntry(file, i, entries.get(i)));
        }
        try {
            return new SourceList(sources);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("source file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The source with id {@code id}, if any. */
    public Optional<Source> find(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * This list as a source file (UTF-8 JSON, indented, one entry per source with all its fields),
     * which {@link #read} reads back to an equal list.
     */
    public byte[] toJson() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode entries = root.putArray("sources");
        for (Source source : sources) {
            ObjectNode entry = entries.addObject();
            entry.put("id", source.id());
            entry.put("name", source.name());
            addAll(entry.putArray("feeds"), source.feeds());
            addAll(entry.putArray("sitemaps"), source.sitemaps());
            addAll(entry.putArray("startPages"), source.startPages());
            entry.put("delayMillis", source.delay().toMillis());
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the source list as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void addAll(ArrayNode array, List<URI> urls) {
        urls.forEach(u -> array.add(u.toString()));
    }

    private static Source readEntry(Path file, int index, JsonNode entry) {
        String where = "source file " + file + ", entry " + index;
        if (entry == null || !entry.isObject()) throw new IllegalArgumentException(where + ": not an object");
        String id = text(entry, "id", where);
        where += " ('" + id + "')";
        String name = text(entry, "name", where);
        try {
            Duration delay = entry.has("delayMillis")
                    ? Duration.ofMillis(entry.get("delayMillis").asLong(-1))
                    : DEFAULT_DELAY;
            return new Source(
                    id,
                    name,
                    uris(entry, "feeds", where),
                    uris(entry, "sitemaps", where),
                    uris(entry, "startPages", where),
                    delay);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode entry, String field, String where) {
        JsonNode value = entry.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank())
            throw new IllegalArgumentException(where + ": missing or blank \"" + field + "\"");
        return value.asText().strip();
    }

    private static List<URI> uris(JsonNode entry, String field, String where) {
        JsonNode values = entry.get(field);
        if (values == null || values.isNull()) return List.of();
        if (!values.isArray()) throw new IllegalArgumentException(where + ": \"" + field + "\" must be an array");
        List<URI> uris = new ArrayList<>();
        for (JsonNode value : values) {
            try {
                uris.add(new URI(value.asText().strip()));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(
                        where + ": \"" + field + "\" has a bad URL '" + value.asText() + "': " + e.getReason(), e);
            }
        }
        return uris;
    }
}
