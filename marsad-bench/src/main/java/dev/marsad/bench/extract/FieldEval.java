package dev.marsad.bench.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marsad.extract.Article;
import dev.marsad.extract.ExtractionOutcome;
import dev.marsad.extract.RelatedLink;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Field-by-field accuracy of Marsad's articles against hand-made gold: title (white space
 * collapsed, exact), date (same instant to the minute; a gold time without offset matches when
 * some whole or half-hour offset makes it equal), authors (same set), tags (same set), related
 * links (same set of titles), source (exact), and the body's 4-shingle F1. A field counts only on
 * pages whose gold has it. Reads arabic-news-html (ground-truth.json) and fundus-news
 * (page-to-expected.json).
 */
final class FieldEval {

    private final PrintWriter out;
    private final BodyExtractor.Marsad marsad = new BodyExtractor.Marsad();

    FieldEval(PrintWriter out) {
        this.out = out;
    }

    /** The gold of one page; absent fields are empty Optionals. */
    private record Gold(
            GoldPage page,
            Optional<String> title,
            Optional<String> date,
            Optional<Set<String>> authors,
            Optional<Set<String>> tags,
            Optional<Set<String>> related,
            Optional<String> source) {}

    void run(Path dir) {
        List<Gold> golds = Files.exists(dir.resolve("page-to-expected.json")) ? fundus(dir) : arabic(dir);
        Map<String, int[]> tally = new LinkedHashMap<>();
        List<String> goldBodies = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (Gold g : golds) {
            ExtractionOutcome outcome = marsad.outcome(g.page());
            Optional<Article> a =
                    outcome instanceof ExtractionOutcome.Extracted e ? Optional.of(e.article()) : Optional.empty();
            count(
                    tally,
                    "title",
                    g.title(),
                    t -> a.map(x -> norm(x.title()).equals(norm(t))).orElse(false));
            count(
                    tally,
                    "date",
                    g.date(),
                    d -> a.flatMap(Article::published).map(p -> sameDate(d, p)).orElse(false));
            count(
                    tally,
                    "authors",
                    g.authors(),
                    s -> a.map(x -> normSet(x.authors()).equals(s)).orElse(s.isEmpty()));
            count(
                    tally,
                    "tags",
                    g.tags(),
                    s -> a.map(x -> normSet(x.tags()).equals(s)).orElse(s.isEmpty()));
            count(
                    tally,
                    "relatedLinks",
                    g.related(),
                    s -> a.map(x -> normSet(x.relatedLinks().stream()
                                            .map(RelatedLink::title)
                                            .toList())
                                    .equals(s))
                            .orElse(s.isEmpty()));
            count(
                    tally,
                    "source",
                    g.source(),
                    s -> a.flatMap(Article::source)
                            .map(FieldEval::norm)
                            .orElse("")
                            .equals(s));
            goldBodies.add(g.page().goldBody());
            bodies.add(a.map(Article::plainText).orElse(""));
        }
        out.printf(
                Locale.ROOT,
                "%n== %s: %d pages, Marsad field accuracy (correct / pages with gold)%n",
                dir.getFileName(),
                golds.size());
        tally.forEach((field, c) -> out.printf(
                Locale.ROOT, "%-14s %6.3f  (%d/%d)%n", field, c[1] == 0 ? 0 : (double) c[0] / c[1], c[0], c[1]));
        BodyMetrics.Scores s = BodyMetrics.scrapinghub(goldBodies, bodies);
        out.printf(
                Locale.ROOT,
                "%-14s %6.3f  (P %.3f, R %.3f; 4-shingle)%n",
                "body F1",
                s.f1(),
                s.precision(),
                s.recall());
    }

    private static <T> void count(
            Map<String, int[]> tally, String field, Optional<T> gold, java.util.function.Predicate<T> correct) {
        int[] c = tally.computeIfAbsent(field, f -> new int[2]);
        if (gold.isEmpty()) return;
        c[1]++;
        if (correct.test(gold.get())) c[0]++;
    }

    static boolean sameDate(String gold, Instant ours) {
        String g = gold.strip().replace(' ', 'T');
        try {
            return Duration.between(OffsetDateTime.parse(g).toInstant(), ours)
                            .abs()
                            .toMinutes()
                    < 1;
        } catch (DateTimeParseException e) {
            // no offset: local time as shown on the page
        }
        try {
            LocalDateTime local = g.length() <= 10 ? null : LocalDateTime.parse(g.length() == 16 ? g + ":00" : g);
            if (local == null)
                return ours.atOffset(ZoneOffset.UTC)
                        .toLocalDate()
                        .toString()
                        .equals(g.substring(0, Math.min(10, g.length())));
            for (int halfHours = -24; halfHours <= 28; halfHours++) {
                Instant candidate = local.toInstant(ZoneOffset.ofTotalSeconds(halfHours * 1800));
                if (Duration.between(candidate, ours).abs().toMinutes() < 1) return true;
            }
            return false;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static Set<String> normSet(List<String> items) {
        Set<String> out = new HashSet<>();
        for (String s : items) if (!norm(s).isEmpty()) out.add(norm(s));
        return out;
    }

    private static Optional<Set<String>> set(JsonNode array) {
        if (array == null || array.isMissingNode() || array.isNull()) return Optional.empty();
        List<String> items = new ArrayList<>();
        if (array.isArray()) array.forEach(n -> items.add(n.asText()));
        else items.add(array.asText());
        return Optional.of(normSet(items));
    }

    private static Optional<String> text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() ? Optional.empty() : Optional.of(norm(n.asText()));
    }

    private static List<Gold> arabic(Path dir) {
        JsonNode truth = GoldFiles.readJson(dir.resolve("ground-truth.json"));
        List<Gold> golds = new ArrayList<>();
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
            golds.add(new Gold(
                    page,
                    text(g.path("title")),
                    text(g.path("published")),
                    authors,
                    set(g.path("tags")),
                    set(g.path("relatedLinks")),
                    g.path("source").isNull() ? Optional.of("") : text(g.path("source"))));
        });
        return golds;
    }

    private static List<Gold> fundus(Path dir) {
        JsonNode index = GoldFiles.readJson(dir.resolve("page-to-expected.json"));
        List<Gold> golds = new ArrayList<>();
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
            golds.add(new Gold(
                    page,
                    text(g.path("title")),
                    text(g.path("publishing_date")),
                    set(g.path("authors")),
                    set(g.path("topics")),
                    Optional.empty(),
                    Optional.empty()));
        });
        return golds;
    }
}
