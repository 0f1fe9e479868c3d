package dev.marsad.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.crawl.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One extraction case from {@code src/test/resources/extract/<slug>/}: the page and what must come
 * out of it ({@code README.md} there lists the keys). {@link #check} returns every mismatch, so one
 * test can report all of them and the floor test can count passing cases.
 */
record ExtractionFixture(String slug, Page page, JsonNode expected) {

    static final Path ROOT = Path.of("src/test/resources/extract");

    @Override
    public String toString() {
        return slug;
    }

    static List<ExtractionFixture> all() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("expected.json")))
                    .sorted()
                    .map(ExtractionFixture::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + ROOT, e);
        }
    }

    static ExtractionFixture load(Path dir) {
        try {
            JsonNode expected =
                    new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
            String html = Files.readString(dir.resolve("source.html"), StandardCharsets.UTF_8);
            Charset servedAs = Charset.forName(expected.path("servedAs").asText("UTF-8"));
            String contentType = expected.path("contentType").asText("text/html; charset=utf-8");
            URI url = new URI(expected.path("url").asText());
            return new ExtractionFixture(
                    dir.getFileName().toString(), Page.of(url, html.getBytes(servedAs), contentType), expected);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + dir, e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("fixture " + dir + ": bad url", e);
        }
    }

    /** Every way the outcome differs from the expectation; empty when the case passes. */
    List<String> check(ExtractionOutcome outcome) {
        List<String> problems = new ArrayList<>();
        String rejected = expected.path("rejected").asText("");
        switch (outcome) {
            case ExtractionOutcome.Rejected r -> {
                if (!r.reason().name().equals(rejected))
                    problems.add("rejected " + r.reason() + " (" + r.detail() + "), expected "
                            + (rejected.isEmpty() ? "an article" : rejected));
            }
            case ExtractionOutcome.Extracted e -> {
                if (!rejected.isEmpty()) problems.add("extracted, expected rejection " + rejected);
                else checkArticle(e.article(), problems);
            }
        }
        return problems;
    }

    private void checkArticle(Article a, List<String> problems) {
        same(problems, "title", a.title());
        same(problems, "canonicalUrl", a.canonicalUrl().toString());
        same(problems, "published", a.published().map(Object::toString).orElse(null));
        same(problems, "modified", a.modified().map(Object::toString).orElse(null));
        same(problems, "language", a.language());
        same(problems, "section", a.section().orElse(null));
        same(problems, "siteName", a.siteName().orElse(null));
        same(problems, "source", a.source().orElse(null));
        same(problems, "image", a.image().map(i -> i.url().toString()).orElse(null));
        same(problems, "imageCaption", a.image().flatMap(Image::caption).orElse(null));
        sameList(problems, "authors", a.authors());
        sameList(problems, "tags", a.tags());
        sameList(
                problems,
                "relatedLinks",
                a.relatedLinks().stream().map(RelatedLink::title).toList());
        sameList(problems, "teasers", a.teasers().stream().map(Teaser::title).toList());
        sameList(
                problems,
                "blockTypes",
                a.body().stream().map(b -> b.getClass().getSimpleName()).toList());
        if (expected.has("paragraphs")
                && expected.get("paragraphs").asInt() != a.body().size())
            problems.add("body has " + a.body().size() + " blocks, expected "
                    + expected.get("paragraphs").asInt() + ": " + a.paragraphs());
        String text = a.plainText();
        if (text.indexOf('\uFFFD') >= 0) problems.add("body has a replacement character (garbled charset)");
        expected.path("with").forEach(s -> {
            if (!text.contains(s.asText())) problems.add("body lacks '" + s.asText() + "'");
        });
        expected.path("without").forEach(s -> {
            if (text.contains(s.asText())) problems.add("body contains boilerplate '" + s.asText() + "'");
        });
        checkEmbeds(a.embeds(), problems);
    }

    private void checkEmbeds(List<Embed> embeds, List<String> problems) {
        JsonNode want = expected.path("embeds");
        if (want.isMissingNode()) return;
        if (want.size() != embeds.size()) {
            problems.add(embeds.size() + " embeds, expected " + want.size() + ": " + embeds);
            return;
        }
        for (int i = 0; i < want.size(); i++) {
            JsonNode w = want.get(i);
            Embed e = embeds.get(i);
            check(
                    problems,
                    "embed " + i + " platform",
                    w.path("platform").asText(null),
                    e.platform().name());
            check(
                    problems,
                    "embed " + i + " handle",
                    w.path("handle").asText(null),
                    e.handle().orElse(null));
            check(
                    problems,
                    "embed " + i + " author",
                    w.path("author").asText(null),
                    e.author().orElse(null));
            check(
                    problems,
                    "embed " + i + " date",
                    w.path("date").asText(null),
                    e.date().map(Object::toString).orElse(null));
            check(
                    problems,
                    "embed " + i + " url",
                    w.path("url").asText(null),
                    e.url().map(URI::toString).orElse(null));
            if (w.has("afterBlocks") && w.get("afterBlocks").asInt() != e.afterBlocks())
                problems.add("embed " + i + " stands after " + e.afterBlocks() + " blocks, expected "
                        + w.get("afterBlocks").asInt());
            String text = w.path("text").asText(null);
            if (text != null && !e.text().contains(text))
                problems.add("embed " + i + " text is '" + e.text() + "', expected it to hold '" + text + "'");
        }
    }

    private static void check(List<String> problems, String what, String want, String got) {
        if (want != null && !want.equals(got)) problems.add(what + " is '" + got + "', expected '" + want + "'");
    }

    private void same(List<String> problems, String key, String actual) {
        if (!expected.has(key)) return;
        String want = expected.get(key).isNull() ? null : expected.get(key).asText();
        if (!java.util.Objects.equals(want, actual))
            problems.add(key + " is '" + actual + "', expected '" + want + "'");
    }

    private void sameList(List<String> problems, String key, List<String> actual) {
        if (!expected.has(key)) return;
        List<String> want = new ArrayList<>();
        expected.get(key).forEach(n -> want.add(n.asText()));
        if (!want.equals(actual)) problems.add(key + " are " + actual + ", expected " + want);
    }

    Optional<String> firstProblem(ExtractionOutcome outcome) {
        return check(outcome).stream().findFirst();
    }
}
