package dev.marsad.bench.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads evaluation sets from their own layouts, without copying them: the scrapinghub layout
 * ({@code html/<id>.html.gz} or {@code .html}, {@code ground-truth.json} id → {articleBody, url})
 * and the WCXB layout ({@code html/<id>.html.gz}, {@code ground-truth/<id>.json} with
 * {@code ground_truth.main_content}), converted to the same {@link GoldPage} form in memory.
 */
public final class GoldFiles {

    /** Pages larger than this after inflation are cut (bounded memory on a gzip bomb). */
    static final int MAX_PAGE_BYTES = 64 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldFiles() {}

    /** The pages of a scrapinghub-layout folder, in id order. */
    public static List<GoldPage> scrapinghub(Path dir) {
        JsonNode truth = readJson(dir.resolve("ground-truth.json"));
        List<GoldPage> pages = new ArrayList<>();
        truth.fieldNames().forEachRemaining(id -> {
            Optional<Path> html = htmlFile(dir.resolve("html"), id);
            if (html.isEmpty()) return;
            JsonNode entry = truth.get(id);
            pages.add(new GoldPage(
                    id,
                    uri(entry.path("url").asText("")),
                    read(html.get()),
                    entry.path("articleBody").asText("")));
        });
        pages.sort(java.util.Comparator.comparing(GoldPage::id));
        return pages;
    }

    /** The pages of a WCXB folder (ground-truth/ per page), converted to gold pages. */
    public static List<GoldPage> wcxb(Path dir) {
        List<GoldPage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("ground-truth"))) {
            for (Path gt : files.sorted().toList()) {
                String id = gt.getFileName().toString().replaceFirst("\\.json$", "");
                Optional<Path> html = htmlFile(dir.resolve("html"), id);
                if (html.isEmpty()) continue;
                JsonNode entry = readJson(gt);
                String body = entry.path("ground_truth").path("main_content").asText("");
                pages.add(new GoldPage(id, uri(entry.path("url").asText("")), read(html.get()), body));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return pages;
    }

    /**
     * The pages of a newspaper4k fixtures folder (html/, txt/ with the expected body, metadata/
     * with the url), converted to gold pages; pages without an expected text are left out.
     */
    static List<GoldPage> newspaperFixtures(Path dir) {
        List<GoldPage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("txt"))) {
            for (Path txt : files.sorted().toList()) {
                String id = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                Optional<Path> html = htmlFile(dir.resolve("html"), id);
                if (html.isEmpty()) continue;
                Path meta = dir.resolve("metadata").resolve(id + ".json");
                String url = Files.exists(meta) ? readJson(meta).path("url").asText("") : "";
                pages.add(new GoldPage(
                        id,
                        url.startsWith("http") ? uri(url) : URI.create("https://example.invalid/" + id),
                        read(html.get()),
                        new String(read(txt), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return pages;
    }

    static Optional<Path> htmlFile(Path htmlDir, String id) {
        for (String ext : List.of(".html.gz", ".html", ".gz", "")) {
            Path p = htmlDir.resolve(id + ext);
            if (Files.isRegularFile(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The bytes of a file, inflated when it is gzip, at most {@link #MAX_PAGE_BYTES}. */
    static byte[] read(Path file) {
        try (InputStream raw = Files.newInputStream(file)) {
            byte[] head = raw.readNBytes(2);
            boolean gzip = head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
            try (InputStream whole = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), raw);
                    InputStream in = gzip ? new GZIPInputStream(whole) : whole) {
                return in.readNBytes(MAX_PAGE_BYTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static URI uri(String s) {
        try {
            return s.isBlank()
                    ? URI.create("https://example.invalid/")
                    : new URI(s.strip().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return URI.create("https://example.invalid/");
        }
    }
}
