package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SuppressForbidden(reason = "com.sun.net.httpserver is the real test server (module jdk.httpserver)")
class HttpFetcherTest {

    private static final int LIMIT = 64 * 1024;
    private TestSite site;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() {
        site = TestSite.start();
        fetcher = new HttpFetcher(new FetchSettings(
                CrawlConfig.DEFAULT_USER_AGENT,
                Duration.ofSeconds(2),
                Duration.ofMillis(800),
                LIMIT,
                TestSite.LOOPBACK));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    @Test
    void sendsUserAgentNamingMarsadAndAcceptEncoding() throws InterruptedException {
        site.page("/a", "text/html", "<p>نص</p>".getBytes(StandardCharsets.UTF_8));
        fetcher.fetch(site.url("/a"), Validators.NONE);
        TestSite.Request request = site.requests().getFirst();
        assertThat(request.header("User-Agent")).contains("Marsad");
        assertThat(request.header("Accept-Encoding")).contains("gzip");
    }

    @Test
    void keepsBodyBytesRawWhateverTheCharset() throws InterruptedException {
        byte[] cp1256 = TestSite.resourceBytes("article-windows-1256.html");
        site.page("/legacy", "text/html", cp1256);
        FetchOutcome outcome = fetcher.fetch(site.url("/legacy"), Validators.NONE);
        assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(((FetchOutcome.Fetched) outcome).captured().body()).isEqualTo(cp1256);
    }

    @Test
    void decodesGzipBodies() throws IOException, InterruptedException {
        byte[] plain = TestSite.resourceBytes("article-utf8.html");
        byte[] gz = gzip(plain);
        site.route("/gz", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            TestSite.send(exchange, 200, "text/html; charset=utf-8", gz);
        });
        var fetched = (FetchOutcome.Fetched) fetcher.fetch(site.url("/gz"), Validators.NONE);
        assertThat(fetched.captured().body()).isEqualTo(plain);
        assertThat(fetched.captured().contentEncoding()).contains("gzip");
    }

    @Test
    void decodesDeflateBodies() throws IOException, InterruptedException {
        byte[] plain = TestSite.resourceBytes("article-utf8.html");
        var out = new ByteArrayOutputStream();
        try (var deflate = new DeflaterOutputStream(out)) {
            deflate.write(plain);
        }
        site.route("/deflate", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "deflate");
            TestSite.send(exchange, 200, "text/html", out.toByteArray());
        });
        var fetched = (FetchOutcome.Fetched) fetcher.fetch(site.url("/deflate"), Validators.NONE);
        assertThat(fetched.captured().body()).isEqualTo(plain);
    }

    @Test
    void cutsHugeBodyAtLimitAndRejectsIt() throws InterruptedException {
        site.route("/huge", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked, endless
            byte[] chunk = new byte[8192];
            try (OutputStream body = exchange.getResponseBody()) {
                for (int i = 0; i < 10_000; i++) body.write(chunk);
            } catch (IOException clientHungUp) {
                // expected: the fetcher stops reading at the limit
            }
        });
        FetchOutcome outcome = fetcher.fetch(site.url("/huge"), Validators.NONE);
        assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
        var failed = (FetchOutcome.Failed) outcome;
        assertThat(failed.kind()).isEqualTo(FailureKind.BODY_TOO_LARGE);
        assertThat(failed.kind().state()).isEqualTo(UrlState.REJECTED);
        assertThat(failed.captured()).hasValueSatisfying(c -> {
            assertThat(c.truncated()).isTrue();
            assertThat(c.body()).hasSize(LIMIT);
        });
    }

    @Test
    void gzipBombIsCutAtTheDecodedLimit() throws IOException, InterruptedException {
        byte[] bomb = gzip(new byte[LIMIT * 20]);
        site.route("/bomb", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            TestSite.send(exchange, 200, "text/html", bomb);
        });
        var failed = (FetchOutcome.Failed) fetcher.fetch(site.url("/bomb"), Validators.NONE);
        assertThat(failed.kind()).isEqualTo(FailureKind.BODY_TOO_LARGE);
        assertThat(failed.captured().orElseThrow().body()).hasSize(LIMIT);
    }

    @Test
    void slowServerTimesOut() throws InterruptedException {
        site.route("/slow", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            TestSite.send(exchange, 200, "text/html", new byte[10]);
        });
        FetchOutcome outcome = fetcher.fetch(site.url("/slow"), Validators.NONE);
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.TIMEOUT);
            assertThat(f.kind().isRetryable()).isTrue();
            assertThat(f.detail()).contains("/slow").contains("800 ms");
        });
    }

    @Test
    void bodyThatStallsHalfWayTimesOut() throws InterruptedException {
        site.route("/stall", exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write(new byte[10]);
            exchange.getResponseBody().flush();
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        var failed = (FetchOutcome.Failed) fetcher.fetch(site.url("/stall"), Validators.NONE);
        assertThat(failed.kind()).isEqualTo(FailureKind.TIMEOUT);
    }

    @Test
    void conditionalGetWithMatchingEtagIsNotModified() throws InterruptedException {
        site.route("/feed", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            TestSite.send(exchange, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
        });
        var first = (FetchOutcome.Fetched) fetcher.fetch(site.url("/feed"), Validators.NONE);
        var validators = new Validators(first.captured().header("ETag"), Optional.empty());
        assertThat(fetcher.fetch(site.url("/feed"), validators)).isInstanceOf(FetchOutcome.NotModified.class);
    }

    @Test
    void redirectIsReturnedWithResolvedLocationNotFollowed() throws InterruptedException {
        site.redirect("/old", 301, "/new?id=5");
        var redirected = (FetchOutcome.Redirected) fetcher.fetch(site.url("/old"), Validators.NONE);
        assertThat(redirected.location()).isEqualTo(site.url("/new?id=5"));
        assertThat(site.hits("/new?id=5")).isZero();
    }

    @Test
    void redirectWithoutLocationIsABadRedirect() throws InterruptedException {
        site.status("/nowhere", 302);
        var failed = (FetchOutcome.Failed) fetcher.fetch(site.url("/nowhere"), Validators.NONE);
        assertThat(failed.kind()).isEqualTo(FailureKind.BAD_REDIRECT);
    }

    @Test
    void clientAndServerErrorsAreFailuresWithTheResponseKept() throws InterruptedException {
        site.status("/gone", 410).status("/down", 503);
        var gone = (FetchOutcome.Failed) fetcher.fetch(site.url("/gone"), Validators.NONE);
        var down = (FetchOutcome.Failed) fetcher.fetch(site.url("/down"), Validators.NONE);
        assertThat(gone.kind()).isEqualTo(FailureKind.CLIENT_ERROR);
        assertThat(gone.kind().isRetryable()).isFalse();
        assertThat(down.kind()).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(down.kind().isRetryable()).isTrue();
        assertThat(down.captured())
                .hasValueSatisfying(c -> assertThat(c.status()).isEqualTo(503));
    }

    @Test
    void refusedConnectionIsAConnectFailure() throws IOException, InterruptedException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var failed = (FetchOutcome.Failed) fetcher.fetch(URI.create("http://127.0.0.1:" + port + "/"), Validators.NONE);
        assertThat(failed.kind()).isIn(FailureKind.CONNECT, FailureKind.TIMEOUT);
        assertThat(failed.detail()).contains("127.0.0.1:" + port);
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }
}
