package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, "polite under load": a crawl over 50 real servers on 127.0.0.2–51, some answering 429 or
 * 503 with Retry-After (in seconds and as an HTTP-date), some slow, some asking for a Crawl-delay. No
 * host ever gets requests faster than its limit, and the slow hosts do not hold up the others.
 */
@SuppressForbidden(reason = "com.sun.net.httpserver is the real test server (module jdk.httpserver)")
class PolitenessUnderLoadTest {

    private static final int HOSTS = 50;
    private static final int PAGES = 4;
    /** The source's politeness delay. */
    private static final Duration DELAY = Duration.ofMillis(150);
    /** How long a slow host takes for every answer. */
    private static final Duration SLOW = Duration.ofMillis(1500);

    private static final Duration CRAWL_DELAY = Duration.ofSeconds(1);

    /** What a host does, by its number modulo 5. */
    private enum Behaviour {
        RETRY_AFTER_SECONDS,
        RETRY_AFTER_DATE,
        SLOW,
        CRAWL_DELAY,
        PLAIN
    }

    @TempDir
    Path data;

    private final List<TestSite> sites = new ArrayList<>();

    @AfterEach
    void stop() {
        sites.forEach(TestSite::close);
    }

    private static Behaviour behaviour(int host) {
        return Behaviour.values()[host % Behaviour.values().length];
    }

    private TestSite site(int host) {
        TestSite site = TestSite.startOn("127.0.0." + (host + 2), 0);
        Behaviour behaviour = behaviour(host);
        for (int p = 0; p < PAGES; p++) {
            String path = "/news/" + p;
            var refusedOnce = new AtomicBoolean();
            site.route(path, exchange -> {
                if (behaviour == Behaviour.SLOW) pause(SLOW);
                if (p(path) == 1 && !refusedOnce.getAndSet(true)) {
                    if (behaviour == Behaviour.RETRY_AFTER_SECONDS) {
                        exchange.getResponseHeaders().add("Retry-After", "1");
                        TestSite.send(exchange, 429, "text/plain", new byte[0]);
                        return;
                    }
                    if (behaviour == Behaviour.RETRY_AFTER_DATE) {
                        exchange.getResponseHeaders().add("Retry-After", httpDate(retryDateOf(Instant.now())));
                        TestSite.send(exchange, 503, "text/plain", new byte[0]);
                        return;
                    }
                }
                TestSite.send(exchange, 200, "text/html; charset=utf-8", "<p>خبر</p>".getBytes(StandardCharsets.UTF_8));
            });
        }
        site.route("/robots.txt", exchange -> {
            if (behaviour == Behaviour.SLOW) pause(SLOW);
            String rules = behaviour == Behaviour.CRAWL_DELAY ? "User-agent: *\nCrawl-delay: 1\n" : "User-agent: *\n";
            TestSite.send(exchange, 200, "text/plain", rules.getBytes(StandardCharsets.UTF_8));
        });
        return site;
    }

    @Test
    void noHostIsAskedFasterThanItsLimitAndASlowHostSlowsNoOther() {
        List<URI> urls = new ArrayList<>();
        for (int host = 0; host < HOSTS; host++) {
            TestSite site = site(host);
            sites.add(site);
            for (int p = 0; p < PAGES; p++) urls.add(site.url("/news/" + p));
        }
        CrawlSummary summary;
        try (var state = CrawlState.open(data.resolve("crawl.db"))) {
            var config = CrawlConfig.builder(data)
                    .allowedAddresses(TestSite.LOOPBACK)
                    .build();
            summary = new CrawlRun(config, state, c -> PageVerdict.accepted(1), CrawlListener.NONE).fetch(urls, DELAY);
        }
        assertThat(summary.count(UrlState.FETCHED)).isEqualTo(HOSTS * PAGES - 20); // 20 hosts refused one page once
        assertThat(summary.count(UrlState.FAILED)).isEqualTo(20);

        // Times count from the first request any host received: what came before is the crawl's start-up.
        long start = sites.stream()
                .mapToLong(s -> s.requests().getFirst().atNanos())
                .min()
                .orElseThrow();
        long slowest = 0;
        long plainLatest = 0;
        for (int host = 0; host < HOSTS; host++) {
            List<TestSite.Request> requests = sites.get(host).requests();
            assertThat(requests).as("host %d", host).hasSize(PAGES + 1);
            Behaviour behaviour = behaviour(host);
            for (int i = 1; i < requests.size(); i++) {
                TestSite.Request before = requests.get(i - 1);
                TestSite.Request after = requests.get(i);
                Duration gap = Duration.ofNanos(after.atNanos() - before.atNanos());
                assertThat(gap)
                        .as("host %d (%s): %s → %s", host, behaviour, before.path(), after.path())
                        .isGreaterThanOrEqualTo(limitAfter(behaviour, before));
            }
            long finished = requests.getLast().atNanos() - start;
            if (behaviour == Behaviour.SLOW) slowest = Math.max(slowest, finished);
            if (behaviour == Behaviour.PLAIN) plainLatest = Math.max(plainLatest, finished);
        }
        // The last page of a slow host is asked for after robots.txt and three pages, each SLOW plus the delay.
        assertThat(Duration.ofNanos(slowest))
                .as("the slow hosts' last request")
                .isGreaterThanOrEqualTo(SLOW.plus(DELAY).multipliedBy(PAGES));
        // Had the slow hosts held the others up, the plain hosts would have finished with them.
        System.out.printf(
                java.util.Locale.ROOT,
                "politeness under load: slow hosts' last request at %d ms, plain hosts' last at %d ms%n",
                slowest / 1_000_000,
                plainLatest / 1_000_000);
        assertThat(Duration.ofNanos(plainLatest))
                .as("the plain hosts' last request, while the slow ones still answer")
                .isLessThan(Duration.ofNanos(slowest / 2));
    }

    /** The least time that must pass after {@code request} before the next one to its host. */
    private static Duration limitAfter(Behaviour behaviour, TestSite.Request request) {
        boolean refused = request.path().equals("/news/1");
        return switch (behaviour) {
            case RETRY_AFTER_SECONDS -> refused ? Duration.ofSeconds(1) : DELAY;
            case RETRY_AFTER_DATE -> refused ? Duration.ofSeconds(1) : DELAY; // the date is 1–2 s ahead
            case CRAWL_DELAY -> request.path().equals("/robots.txt") ? DELAY : CRAWL_DELAY;
            case SLOW, PLAIN -> DELAY;
        };
    }

    @Test
    void subdomainsOfOnePublisherShareOneLimit() throws Exception {
        Duration delay = Duration.ofMillis(300);
        TestSite a = TestSite.startOn("127.0.0.60", 0);
        sites.add(a);
        TestSite b = TestSite.startOn("127.0.0.61", a.port()); // the same port: one registrable domain, one key
        sites.add(b);
        TestSite c = TestSite.startOn("127.0.0.62", a.port());
        sites.add(c);
        List<URI> urls = new ArrayList<>();
        String[] names = {"a.akhbar.com", "b.akhbar.com", "c.sahafa.com"};
        String[] addresses = {"127.0.0.60", "127.0.0.61", "127.0.0.62"};
        List<PinnedNames.Pin> pins = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                // no DNS server knows these names: pinning gives them their test address
                pins.add(PinnedNames.pin(names[i], List.of(InetAddress.getByName(addresses[i]))));
                sites.get(i).articles("/n/1", "/n/2", "/n/3");
                for (int p = 1; p <= 3; p++) urls.add(URI.create("http://" + names[i] + ":" + a.port() + "/n/" + p));
            }
            try (var state = CrawlState.open(data.resolve("crawl.db"))) {
                var config = CrawlConfig.builder(data)
                        .allowedAddresses(TestSite.LOOPBACK)
                        .build();
                new CrawlRun(config, state, cap -> PageVerdict.accepted(1), CrawlListener.NONE).fetch(urls, delay);
            }
        } finally {
            pins.forEach(PinnedNames.Pin::close);
        }
        List<TestSite.Request> akhbar = new ArrayList<>(a.requests());
        akhbar.addAll(b.requests());
        akhbar.sort((x, y) -> Long.compare(x.atNanos(), y.atNanos()));
        assertThat(akhbar).hasSize(8); // robots.txt of each host and three pages each
        for (int i = 1; i < akhbar.size(); i++)
            assertThat(Duration.ofNanos(
                            akhbar.get(i).atNanos() - akhbar.get(i - 1).atNanos()))
                    .as("requests %d and %d to akhbar.com", i - 1, i)
                    .isGreaterThanOrEqualTo(delay);
        long firstOfOther = c.requests().getFirst().atNanos();
        assertThat(firstOfOther)
                .as("another publisher is crawled alongside, not after")
                .isLessThan(akhbar.get(3).atNanos());
    }

    private static int p(String path) {
        return Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
    }

    /** A Retry-After date one to two seconds ahead (HTTP-dates have whole seconds). */
    private static Instant retryDateOf(Instant now) {
        return now.plusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static String httpDate(Instant at) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
    }

    private static void pause(Duration time) throws IOException {
        try {
            Thread.sleep(time);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
