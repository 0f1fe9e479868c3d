package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcRoundTripTest {

    @TempDir
    Path dir;

    private static CapturedResponse exchange(String url, byte[] body, String contentType, Instant at) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of(contentType));
        headers.put("Content-Encoding", List.of("gzip"));
        headers.put("Content-Length", List.of("123"));
        headers.put("ETag", List.of("\"abc\""));
        return new CapturedResponse(
                URI.create(url),
                Map.of("User-Agent", List.of(CrawlConfig.DEFAULT_USER_AGENT)),
                at,
                200,
                headers,
                body,
                Optional.of("gzip"),
                false);
    }

    private static List<Page> readAll(Path file) {
        List<Page> pages = new ArrayList<>();
        try (WarcPages warc = WarcPages.open(file)) {
            warc.forEach(pages::add);
        }
        return pages;
    }

    private static final RecordLabels PAGE = RecordLabels.of(DocumentKind.PAGE, "test");

    @Test
    void writtenBodiesReadBackByteIdenticalWithFetchTime() throws IOException {
        byte[] utf8 = TestSite.resourceBytes("article-utf8.html");
        byte[] cp1256 = TestSite.resourceBytes("article-windows-1256.html");
        byte[] binary = new byte[5000];
        new Random(7).nextBytes(binary);
        Instant at = Instant.parse("2023-09-20T10:15:30Z");
        try (var capture = new WarcCapture(dir, 1L << 30, "Marsad test")) {
            capture.write(exchange("http://a.example/1", utf8, "text/html; charset=utf-8", at), PAGE);
            capture.write(exchange("http://a.example/2", cp1256, "text/html", at.plusSeconds(1)), PAGE);
            capture.write(exchange("http://a.example/3", binary, "image/jpeg", at.plusSeconds(2)), PAGE);
        }
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.toList();
        }
        assertThat(files).hasSize(1);
        assertThat(files.getFirst().getFileName().toString()).endsWith(".warc.gz");
        List<Page> pages = readAll(files.getFirst());
        assertThat(pages)
                .extracting(p -> p.url().toString())
                .containsExactly("http://a.example/1", "http://a.example/2", "http://a.example/3");
        assertThat(pages.get(0).body()).isEqualTo(utf8);
        assertThat(pages.get(1).body()).isEqualTo(cp1256);
        assertThat(pages.get(2).body()).isEqualTo(binary);
        assertThat(pages.get(0).fetchedAt()).isEqualTo(at.truncatedTo(ChronoUnit.SECONDS));
        assertThat(pages.get(0).header("ETag")).contains("\"abc\"");
        assertThat(pages.get(0).header("Content-Encoding"))
                .as("the stored body is decoded")
                .isEmpty();
        assertThat(pages.get(0).header("X-Crawler-Content-Encoding")).contains("gzip");
    }

    @Test
    void filesRotateOncePastTheSizeLimit() throws IOException {
        byte[] body = new byte[20_000];
        new Random(1).nextBytes(body); // incompressible, so each record passes the limit
        try (var capture = new WarcCapture(dir, 10_000, "Marsad test")) {
            for (int i = 0; i < 3; i++)
                capture.write(exchange("http://a.example/" + i, body, "application/pdf", Instant.now()), PAGE);
        }
        try (var list = Files.list(dir)) {
            List<Path> files = list.sorted().toList();
            assertThat(files).hasSize(3);
            int total = 0;
            for (Path file : files) total += readAll(file).size();
            assertThat(total).isEqualTo(3);
        }
    }

    @Test
    void readsForeignArchivesWithGzipContentEncodingAndSkipsNonResponses() throws IOException {
        byte[] html = "<html><body><p>خبر من أرشيف قديم</p></body></html>".getBytes(StandardCharsets.UTF_8);
        var gz = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(gz)) {
            out.write(html);
        }
        var http = new ByteArrayOutputStream();
        http.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
                        + "Content-Length: " + gz.size() + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        http.write(gz.toByteArray());
        Path file = dir.resolve("foreign.warc");
        try (var writer = new WarcWriter(
                Files.newByteChannel(
                        file, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE),
                WarcCompression.NONE)) {
            writer.write(new WarcResource.Builder(URI.create("http://old.example/logo.png"))
                    .body(MediaType.OCTET_STREAM, new byte[] {1, 2, 3})
                    .build());
            writer.write(new WarcResponse.Builder(URI.create("http://old.example/story"))
                    .date(Instant.parse("2019-05-01T00:00:00Z"))
                    .body(MediaType.HTTP_RESPONSE, http.toByteArray())
                    .build());
        }
        List<Page> pages = readAll(file);
        assertThat(pages).hasSize(1);
        assertThat(pages.getFirst().body()).isEqualTo(html);
        assertThat(pages.getFirst().fetchedAt()).isEqualTo(Instant.parse("2019-05-01T00:00:00Z"));
    }

    @Test
    void fileCutByACrashYieldsItsCompleteRecordsThenAnErrorNamingFileAndOffset() throws IOException {
        byte[] body = TestSite.resourceBytes("article-utf8.html");
        try (var capture = new WarcCapture(dir, 1L << 30, "Marsad test")) {
            capture.write(exchange("http://a.example/1", body, "text/html", Instant.now()), PAGE);
            capture.write(exchange("http://a.example/2", body, "text/html", Instant.now()), PAGE);
        }
        Path file;
        try (var list = Files.list(dir)) {
            file = list.findFirst().orElseThrow();
        }
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 200));

        List<Page> pages = new ArrayList<>();
        assertThatThrownBy(() -> {
                    try (WarcPages warc = WarcPages.open(file)) {
                        warc.forEach(pages::add);
                    }
                })
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("offset");
        assertThat(pages).extracting(p -> p.url().toString()).containsExactly("http://a.example/1");
    }

    @Test
    void notAWarcFileGivesAnErrorNamingTheFile() throws IOException {
        Path file = dir.resolve("notes.warc");
        Files.writeString(file, "هذا ليس ملف أرشيف", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString());
    }
}
