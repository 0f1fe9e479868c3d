package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad extract|analyze URL} fetch through the crawler's guarded, bounded fetcher (issue 10). */
@SuppressForbidden(reason = "com.sun.net.httpserver is the real test server (module jdk.httpserver)")
class PageFetcherTest {

    @TempDir
    Path data;

    private TestSite site;

    @BeforeEach
    void start() {
        site = TestSite.start();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private PageFetcher fetcher(List<AddressRange> allowed) {
        return new PageFetcher(CrawlConfig.builder(data)
                .allowedAddresses(allowed)
                .maxBodyBytes(256 * 1024)
                .readTimeout(Duration.ofMillis(700))
                .build());
    }

    @Test
    void followsRedirectsToThePage() throws InterruptedException {
        site.redirect("/old", 301, "/new").page("/new", "text/html", "<p>خبر</p>".getBytes(StandardCharsets.UTF_8));
        try (var fetcher = fetcher(TestSite.LOOPBACK)) {
            Page page = fetcher.fetch(site.url("/old"));
            assertThat(page.url()).isEqualTo(site.url("/new"));
            assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<p>خبر</p>");
        }
    }

    @Test
    void anEndlessResponseEndsWithAClearErrorAtTheSizeLimit() {
        site.route("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[8192];
            try (OutputStream body = exchange.getResponseBody()) {
                while (true) body.write(chunk);
            } catch (IOException clientHungUp) {
                // expected: the fetcher stops reading at the limit
            }
        });
        try (var fetcher = fetcher(TestSite.LOOPBACK)) {
            assertThatThrownBy(() -> fetcher.fetch(site.url("/endless")))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining(site.url("/endless").toString())
                    .hasMessageContaining("exceeds 262144 bytes");
        }
    }

    @Test
    void aTricklingResponseEndsWithAClearErrorAtTheTimeLimit() {
        site.route("/trickle", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    body.write(' ');
                    body.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException clientHungUp) {
                // expected: the fetcher gives up at its time limit
            }
        });
        long start = System.nanoTime();
        try (var fetcher = fetcher(TestSite.LOOPBACK)) {
            assertThatThrownBy(() -> fetcher.fetch(site.url("/trickle")))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("no complete response from " + site.url("/trickle") + " within 700 ms");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void refusesLoopbackUnlessAllowedAndOnEveryRedirectHop() {
        site.page("/secret", "text/plain", "s3cr3t".getBytes(StandardCharsets.UTF_8));
        try (var other = TestSite.startOn("127.0.0.2", 0)) {
            other.redirect("/go", 302, site.base() + "/secret");
            try (var strict = fetcher(List.of())) {
                assertThatThrownBy(() -> strict.fetch(site.url("/secret")))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("127.0.0.1 is a loopback address");
            }
            try (var onlyTheOther = fetcher(List.of(AddressRange.parse("127.0.0.2")))) {
                assertThatThrownBy(() -> onlyTheOther.fetch(other.url("/go")))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("refused to fetch " + site.base() + "/secret");
            }
            assertThat(other.hits("/go")).isEqualTo(1);
        }
        assertThat(site.hits("/secret")).isZero();
    }

    @Test
    void aNotFoundPageIsStillAPage() throws InterruptedException {
        try (var fetcher = fetcher(TestSite.LOOPBACK)) {
            assertThat(fetcher.fetch(site.url("/missing")).status()).isEqualTo(404);
        }
    }
}
