package dev.marsad.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.marsad.crawl.AddressRange;
import dev.marsad.crawl.CrawlConfig;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures come through the crawler's fetcher and its rules (issue 15, part 1). */
@SuppressForbidden(reason = "com.sun.net.httpserver is the real test server (module jdk.httpserver)")
class ImageFetcherTest {

    @TempDir
    Path data;

    private HttpServer server;
    private ImageStore store;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        answer("/lead.jpg", "image/jpeg", TestPictures.drawn(800, 450, "jpeg", Color.ORANGE));
        answer("/page.html", "text/html", "<p>not a picture</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        answer("/huge.png", "image/png", TestPictures.drawn(1400, 1300, "bmp", Color.GRAY));
        answer("/favicon.ico", "image/x-icon", TestPictures.drawn(48, 48, "bmp", Color.RED));
        server.start();
        store = ImageStore.open(data.resolve("images"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(String path, String type, byte[] body) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private ImageFetcher fetcher(List<AddressRange> allowed) {
        return new ImageFetcher(
                CrawlConfig.builder(data).allowedAddresses(allowed).build(), store, Clock.systemUTC());
    }

    private static final List<AddressRange> LOOPBACK = List.of(AddressRange.parse("127.0.0.1"));

    @Test
    void storesAPictureTheSiteServes() throws InterruptedException {
        try (var fetcher = fetcher(LOOPBACK)) {
            ImageOutcome outcome = fetcher.fetch(url("/lead.jpg"), ImageKind.PHOTO);
            assertThat(outcome).isInstanceOf(ImageOutcome.Stored.class);
            assertThat(store.find(url("/lead.jpg")).orElseThrow().widths()).containsExactly(160, 320, 640);
        }
    }

    @Test
    void refusesWhatTheCrawlersAddressRulesRefuse() throws InterruptedException {
        try (var fetcher = fetcher(List.of())) {
            ImageOutcome outcome = fetcher.fetch(url("/lead.jpg"), ImageKind.PHOTO);
            assertThat(outcome).isInstanceOf(ImageOutcome.Refused.class);
            assertThat(((ImageOutcome.Refused) outcome).reason()).contains("127.0.0.1");
            assertThat(store.find(url("/lead.jpg"))).isEmpty();
        }
    }

    @Test
    void refusesAnAnswerThatIsNoPictureByItsContentType() throws InterruptedException {
        try (var fetcher = fetcher(LOOPBACK)) {
            var outcome = (ImageOutcome.Refused) fetcher.fetch(url("/page.html"), ImageKind.PHOTO);
            assertThat(outcome.reason()).contains("text/html");
        }
    }

    @Test
    void refusesAFileLargerThanAPhotoMayBe() throws InterruptedException {
        try (var fetcher = fetcher(LOOPBACK)) {
            var outcome = (ImageOutcome.Refused) fetcher.fetch(url("/huge.png"), ImageKind.PHOTO);
            assertThat(outcome.reason()).contains("bytes, more than");
        }
    }

    @Test
    void refusesAMissingPictureAndRemembersIt() throws InterruptedException {
        try (var fetcher = fetcher(LOOPBACK)) {
            var outcome = (ImageOutcome.Refused) fetcher.fetch(url("/nothing.jpg"), ImageKind.PHOTO);
            assertThat(outcome.reason()).contains("404");
            assertThat(store.isSettled(url("/nothing.jpg"), java.time.Duration.ofDays(1), java.time.Instant.now()))
                    .isTrue();
        }
    }

    @Test
    void readsASiteIconAsASmallPng() throws InterruptedException {
        try (var fetcher = fetcher(LOOPBACK)) {
            var outcome = (ImageOutcome.Stored) fetcher.fetch(url("/favicon.ico"), ImageKind.ICON);
            assertThat(outcome.image().widths()).containsExactly(32);
            assertThat(outcome.image().format()).isEqualTo(StoredImage.Format.PNG);
        }
    }

    @Test
    void theIconOfASiteIsItsFaviconWhereBrowsersLook() {
        assertThat(ArticleImages.siteIcon(URI.create("https://news.example:8443/a/b?c=1")))
                .contains(URI.create("https://news.example:8443/favicon.ico"));
        assertThat(ArticleImages.siteIcon(URI.create("file:///tmp/a.html"))).isEmpty();
    }
}
