package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Issue 9, point 7: a rebuild replays what the crawl stored, in its order, with what it knew. */
class WarcArchiveTest {

    @TempDir
    Path dir;

    private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");

    private static CapturedResponse response(String url, int status, String contentType, String body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of(contentType));
        return new CapturedResponse(
                URI.create(url),
                Map.of(),
                AT,
                status,
                headers,
                body.getBytes(StandardCharsets.UTF_8),
                Optional.empty(),
                false);
    }

    private static RecordLabels page(String source, String name, String title) {
        return new RecordLabels(
                DocumentKind.PAGE, source, Optional.of(name), new Hints(Optional.of(title), Optional.of(AT)));
    }

    @Test
    void replaysStoredPagesInStoreOrderWithSourceAndHintsAndLeavesOutWhatTheCrawlRejected() {
        try (var warc = new WarcCapture(dir, 1L << 30, "Marsad test")) {
            warc.write(
                    response("http://a.example/rss.xml", 200, "application/rss+xml", "<rss/>"),
                    RecordLabels.of(DocumentKind.FEED, "a"));
            WarcLocation first = warc.write(
                    response("http://a.example/1", 200, "text/html", "<p>one</p>"),
                    page("a", "صدى الأرز", "عنوان أول"));
            WarcLocation second = warc.write(
                    response("http://a.example/2", 200, "text/html", "<p>two</p>"), page("a", "صدى الأرز", "ثان"));
            WarcLocation about = warc.write(
                    response("http://a.example/about", 200, "text/html", "<p>about</p>"), page("a", "x", "y"));
            warc.write(response("http://a.example/missing", 404, "text/html", "gone"), page("a", "x", "y"));
            WarcLocation unjudged =
                    warc.write(response("http://a.example/3", 200, "text/html", "<p>three</p>"), page("a", "x", "z"));
            // The store took the second page before the first (two hosts in parallel, say).
            warc.writeVerdict(URI.create("http://a.example/2"), second, new PageVerdict.Accepted(7, "new_story"));
            warc.writeVerdict(URI.create("http://a.example/1"), first, new PageVerdict.Accepted(8, "copy"));
            warc.writeVerdict(
                    URI.create("http://a.example/about"),
                    about,
                    new PageVerdict.Rejected("extract", "not_an_article", "no publication date"));
            assertThat(unjudged.offset()).isPositive();
        }

        WarcArchive.Plan plan = WarcArchive.plan(dir);

        assertThat(plan.pages())
                .extracting(e -> e.url().getPath())
                .as("stored in store order, then the page without a verdict")
                .containsExactly("/2", "/1", "/3");
        assertThat(plan.rejectedByCrawl()).isEqualTo(1);
        assertThat(plan.skipped()).as("the feed and the 404").isEqualTo(2);
        assertThat(plan.problems()).isEmpty();
        Capture replayed = WarcArchive.read(plan.pages().get(1));
        assertThat(replayed.sourceId()).isEqualTo("a");
        assertThat(replayed.sourceName()).contains("صدى الأرز");
        assertThat(replayed.hints().title()).contains("عنوان أول");
        assertThat(replayed.hints().published()).contains(AT);
        assertThat(new String(replayed.page().body(), StandardCharsets.UTF_8)).isEqualTo("<p>one</p>");
        assertThat(replayed.warc()).isPresent();
    }

    @Test
    void aBadFileIsReportedAndTheOtherFilesAreStillRead() throws IOException {
        try (var warc = new WarcCapture(dir, 1L << 30, "Marsad test")) {
            warc.write(response("http://a.example/1", 200, "text/html", "<p>one</p>"), page("a", "A", "t"));
        }
        Files.writeString(dir.resolve("zz-broken.warc"), "WARC/1.1\r\nthis is not a record\r\n\r\n");

        WarcArchive.Plan plan = WarcArchive.plan(dir);

        assertThat(plan.pages()).extracting(e -> e.url().getPath()).containsExactly("/1");
        assertThat(plan.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.detail()).contains("zz-broken.warc"));
    }

    @Test
    void aForeignArchiveGivesItsHtmlPagesOnly() throws IOException {
        // Records without Marsad's labels, as another crawler writes them.
        try (var writer = new WarcWriter(
                FileChannel.open(dir.resolve("other.warc"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
            writer.write(foreign("http://b.example/story", "text/html; charset=utf-8"));
            writer.write(foreign("http://b.example/logo.png", "image/png"));
        }
        WarcArchive.Plan plan = WarcArchive.plan(dir);
        assertThat(plan.pages()).extracting(e -> e.url().getPath()).containsExactly("/story");
        assertThat(WarcArchive.read(plan.pages().getFirst()).sourceId()).isEqualTo(Capture.NO_SOURCE);
    }

    private static WarcResponse foreign(String url, String contentType) {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: 3\r\n\r\nabc")
                .getBytes(StandardCharsets.ISO_8859_1);
        return new WarcResponse.Builder(URI.create(url))
                .date(AT)
                .body(MediaType.HTTP_RESPONSE, http)
                .build();
    }
}
