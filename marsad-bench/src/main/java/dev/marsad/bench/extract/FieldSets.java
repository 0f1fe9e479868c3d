package dev.marsad.bench.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the field gold of each set from its own layout, converted in memory (nothing is copied):
 * fundus-news ({@code page-to-expected.json}), arabic-news-html ({@code ground-truth.json}), WCXB
 * ({@code ground-truth/<id>.json}: title, author, publish_date) and trafilatura-eval
 * ({@code evaldata.json}: title, author, date). Pages come back sorted by id.
 */
final class FieldSets {

    private FieldSets() {}

    /** The layout of {@code dir}, by the file that names it. */
    enum Layout {
        FUNDUS,
        ARABIC,
        WCXB,
        TRAFILATURA;

        static Layout of(Path dir) {
            if (Files.exists(dir.resolve("page-to-expected.json"))) return FUNDUS;
            if (Files.isDirectory(dir.resolve("ground-truth"))) return WCXB;
            if (Files.exists(dir.resolve("evaldata.json"))) return TRAFILATURA;
            return ARABIC;
        }
    }

    /** Every page of {@code dir} with its field gold. */
    static List<FieldGold> read(Path dir) {
        List<FieldGold> golds = switch (Layout.of(dir)) {
            case FUNDUS -> fundus(dir);
            case ARABIC -> arabic(dir);
            case WCXB -> wcxb(dir);
            case TRAFILATURA -> trafilatura(dir);
        };
        return golds.stream().sorted(Comparator.comparing(g -> g.page().id())).toList();
    }

    private static List<FieldGold> arabic(Path dir) {
        JsonNode truth = GoldFiles.readJson(dir.resolve("ground-truth.json"));
        List<FieldGold> golds = new ArrayList<>();
        truth.fieldNames().forEachRemaining(id -> {
            JsonNode g = truth.get(id);
            Optional<Path> html = GoldFiles.htmlFile(dir.resolve("html"), id);
            if (html.isEmpty()) return;
            GoldPage page = new GoldPage(
                    id,
                    GoldFiles.uri(g.path("url").asText("")),
                    GoldFiles.read(html.get()),
                    g.path("articleBody").asText(""));
            Optional<Set<String>> authors = g.path("author").isNull() ? Optional.of(Set.of()) : set(g.path("author"));
            golds.add(new FieldGold(
                    page,
                    text(g.path("title")),
                    text(g.path("published")),
                    authors,
                    false,
                    set(g.path("tags")),
                    set(g.path("relatedLinks")),
                    g.path("source").isNull() ? Optional.of("") : text(g.path("source"))));
        });
        return golds;
    }

    private static List<FieldGold> fundus(Path dir) {
        JsonNode index = GoldFiles.readJson(dir.resolve("page-to-expected.json"));
        List<FieldGold> golds = new ArrayList<>();
        index.fieldNames().forEachRemaining(file -> {
            JsonNode entry = index.get(file);
            Path html = dir.resolve(file);
            if (!Files.isRegularFile(html)) return;
            JsonNode g = GoldFiles.readJson(dir.resolve(entry.path("expected").asText()))
                    .path(entry.path("version").asText());
            List<String> paragraphs = new ArrayList<>();
            g.path("body").path("summary").forEach(p -> paragraphs.add(p.asText()));
            g.path("body").path("sections").forEach(s -> {
                s.path("headline").forEach(h -> paragraphs.add(h.asText()));
                s.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
            });
            GoldPage page = new GoldPage(
                    file,
                    GoldFiles.uri(entry.path("url").asText("")),
                    GoldFiles.read(html),
                    String.join("\n", paragraphs));
            golds.add(new FieldGold(
                    page,
                    text(g.path("title")),
                    text(g.path("publishing_date")),
                    set(g.path("authors")),
                    false,
                    set(g.path("topics")),
                    Optional.empty(),
                    Optional.empty()));
        });
        return golds;
    }

    /** WCXB: one JSON per page; a null author or date means the annotators found none on the page. */
    private static List<FieldGold> wcxb(Path dir) {
        List<FieldGold> golds = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("ground-truth"))) {
            for (Path gt : files.sorted().toList()) {
                String id = gt.getFileName().toString().replaceFirst("\\.json$", "");
                Optional<Path> html = GoldFiles.htmlFile(dir.resolve("html"), id);
                if (html.isEmpty()) continue;
                JsonNode entry = GoldFiles.readJson(gt);
                JsonNode g = entry.path("ground_truth");
                GoldPage page = new GoldPage(
                        id,
                        GoldFiles.uri(entry.path("url").asText("")),
                        GoldFiles.read(html.get()),
                        g.path("main_content").asText(""));
                golds.add(new FieldGold(
                        page,
                        nonBlank(g.path("title")),
                        nonBlank(g.path("publish_date")),
                        nonBlank(g.path("author")).map(Set::of),
                        true,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return golds;
    }

    /**
     * trafilatura-eval: metadata only on some entries; an empty string there means "not annotated"
     * (the upstream metadata test skips it), so it is not counted.
     */
    private static List<FieldGold> trafilatura(Path dir) {
        List<FieldGold> golds = new ArrayList<>();
        SnippetEval.forEachPage(dir, (key, file, e, url, html) -> {
            golds.add(new FieldGold(
                    new GoldPage(file, url, html, ""),
                    nonBlank(e.path("title")),
                    nonBlank(e.path("date")),
                    nonBlank(e.path("author")).map(Set::of),
                    true,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()));
        });
        return golds;
    }

    private static Optional<Set<String>> set(JsonNode array) {
        if (array == null || array.isMissingNode() || array.isNull()) return Optional.empty();
        List<String> items = new ArrayList<>();
        if (array.isArray()) array.forEach(n -> items.add(n.asText()));
        else items.add(array.asText());
        return Optional.of(FieldMatch.cleanSet(items));
    }

    private static Optional<String> text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull()
                ? Optional.empty()
                : Optional.of(FieldMatch.collapse(n.asText()));
    }

    private static Optional<String> nonBlank(JsonNode n) {
        return text(n).filter(s -> !s.isBlank());
    }
}
