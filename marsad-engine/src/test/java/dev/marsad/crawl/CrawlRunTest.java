package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole crawl runs against real HTTP servers on 127.0.0.1 and a real SQLite file. */
@SuppressForbidden(reason = "com.sun.net.httpserver is the real test server (module jdk.httpserver)")
class CrawlRunTest {

    @TempDir
    Path data;

    private TestSite site;
    private CrawlState state;
    private final Map<String, byte[]> handled = new ConcurrentHashMap<>();
    private final List<CrawlEvent> events = new CopyOnWriteArrayList<>();

    /** Accepts pages, except two that exercise the other verdicts. */
    private final PageHandler handler = capture -> {
        Page page = capture.page();
        if (page.url().getPath().equals("/news/10")) throw new IllegalStateException("extractor bug on purpose");
        handled.put(page.url().getPath(), page.body());
        if (page.url().getPath().equals("/section/news/11"))
            return new PageVerdict.Rejected("extract", "not_an_article", "no body");
        return new PageVerdict.Accepted(handled.size(), "new_story");
    };

    @BeforeEach
    void start() {
        site = TestSite.start();
        state = CrawlState.open(data.resolve("crawl.db"));
    }

    @AfterEach
    void stop() {
        state.close();
        site.close();
    }

    private CrawlSummary crawl(CrawlConfig config, Source... sources) {
        return new CrawlRun(config, state, handler, events::add).run(List.of(sources));
    }

    private CrawlSummary crawl(Source... sources) {
        return crawl(
                CrawlConfig.builder(data)
                        .allowedAddresses(TestSite.LOOPBACK)
                        .readTimeout(Duration.ofSeconds(2))
                        .build(),
                sources);
    }

    private Source source(String id, List<String> feeds, List<String> sitemaps, List<String> startPages) {
        return new Source(
                id,
                "مصدر " + id,
                feeds.stream().map(site::url).toList(),
                sitemaps.stream().map(site::url).toList(),
                startPages.stream().map(site::url).toList(),
                Duration.ZERO);
    }

    private UrlState stateOf(String path) {
        return state.state(site.url(path)).orElseThrow(() -> new AssertionError(path + " not in the frontier"));
    }

    @Test
    void crawlsFeedSitemapIndexAndStartPageAndEndsEveryUrlInAFinalState() {
        byte[] legacy = TestSite.resourceBytes("article-windows-1256.html");
        site.fixture("/rss.xml", "application/rss+xml", "rss-feed.xml")
                .fixture("/sitemap.xml", "application/xml", "sitemap-index.xml")
                .fixture("/sitemaps/news-1.xml", "application/xml", "news-sitemap.xml")
                .fixture("/sitemaps/news-2.xml", "application/xml", "news-sitemap-2.xml")
                .fixture("/section/politics", "text/html; charset=utf-8", "section-page.html")
                .page("/news/2", "text/html", legacy)
                .redirect("/news/3", 301, "/news/3-final")
                .redirect("/sm/s3", 302, "/sm/s3-b")
                .redirect("/sm/s3-b", 302, "/sm/s3");
        site.route(
                "/robots.txt",
                e -> TestSite.send(
                        e,
                        200,
                        "text/plain",
                        "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.US_ASCII)));
        site.articles("/news/1", "/news/3-final", "/sm/s1", "/news/10", "/section/news/11");

        CrawlSummary summary =
                crawl(source("s", List.of("/rss.xml"), List.of("/sitemap.xml"), List.of("/section/politics")));

        assertThat(state.counts().get(UrlState.PENDING))
                .as("nothing left pending")
                .isZero();
        assertThat(stateOf("/news/1")).isEqualTo(UrlState.FETCHED);
        assertThat(stateOf("/news/2")).as("utm_source dropped, fetched once").isEqualTo(UrlState.FETCHED);
        assertThat(stateOf("/news/3")).isEqualTo(UrlState.FETCHED);
        assertThat(stateOf("/news/3-final")).isEqualTo(UrlState.FETCHED);
        assertThat(stateOf("/sm/s1")).isEqualTo(UrlState.FETCHED);
        assertThat(stateOf("/sm/s2")).as("404").isEqualTo(UrlState.FAILED);
        assertThat(stateOf("/sm/s3")).as("redirect loop").isEqualTo(UrlState.FAILED);
        assertThat(state.logOf(site.url("/sm/s3"))).last().asString().contains("redirect loop");
        assertThat(stateOf("/news/10")).as("handler crash").isEqualTo(UrlState.FAILED);
        assertThat(state.logOf(site.url("/news/10")))
                .last()
                .asString()
                .startsWith("failed handle")
                .contains("extractor bug on purpose");
        assertThat(stateOf("/section/news/11")).isEqualTo(UrlState.REJECTED);
        assertThat(state.logOf(site.url("/section/news/11")))
                .last()
                .asString()
                .isEqualTo("rejected extract not_an_article: no body");

        assertThat(handled.get("/news/2")).as("bytes kept raw").isEqualTo(legacy);
        assertThat(handled).containsKey("/news/3-final");
        for (String path : List.of("/news/1", "/news/2", "/news/3", "/news/3-final", "/sm/s1", "/news/10"))
            assertThat(site.hits(path)).as(path).isEqualTo(1);
        assertThat(site.hits("/robots.txt")).isEqualTo(1);
        assertThat(summary.discovered())
                .as("3 from the feed, 3 from the sitemaps, 2 from the start page")
                .isEqualTo(8);
        assertThat(summary.count(UrlState.FETCHED)).isEqualTo(4);
        assertThat(summary.leftPending()).isZero();
        assertThat(events).filteredOn(CrawlEvent.UrlFinished.class::isInstance).hasSize(summary.total());
        assertThat(events).last().isInstanceOf(CrawlEvent.RunFinished.class);
    }

    @Test
    void everyResponseIsInTheWarcFilesWithItsBody() throws IOException {
        site.fixture("/rss.xml", "application/rss+xml", "rss-feed.xml");
        byte[] legacy = TestSite.resourceBytes("article-windows-1256.html");
        site.page("/news/2", "text/html", legacy);
        site.articles("/news/1");
        crawl(source("s", List.of("/rss.xml"), List.of(), List.of()));

        List<Page> pages = new ArrayList<>();
        try (var files = Files.list(data.resolve("warc"))) {
            for (Path file : files.toList()) {
                try (WarcPages warc = WarcPages.open(file)) {
                    warc.forEach(pages::add);
                }
            }
        }
        assertThat(pages)
                .extracting(p -> p.url().getPath())
                .contains("/robots.txt", "/rss.xml", "/news/1", "/news/2", "/news/3");
        Page stored = pages.stream()
                .filter(p -> p.url().getPath().equals("/news/2"))
                .findFirst()
                .orElseThrow();
        assertThat(stored.body()).isEqualTo(legacy).isEqualTo(handled.get("/news/2"));
        assertThat(pages.stream()
                        .filter(p -> p.url().getPath().equals("/news/3"))
                        .findFirst()
                        .orElseThrow()
                        .status())
                .isEqualTo(404);
    }

    @Test
    void secondRunAsksConditionallyAndFetchesNothingAgain() {
        AtomicInteger conditional = new AtomicInteger();
        byte[] feed = new String(TestSite.resourceBytes("rss-feed.xml"), StandardCharsets.UTF_8)
                .replace("{base}", site.base())
                .getBytes(StandardCharsets.UTF_8);
        site.route("/rss.xml", e -> {
            if ("\"feed-v1\"".equals(e.getRequestHeaders().getFirst("If-None-Match"))) {
                conditional.incrementAndGet();
                e.sendResponseHeaders(304, -1);
                e.close();
                return;
            }
            e.getResponseHeaders().add("ETag", "\"feed-v1\"");
            TestSite.send(e, 200, "application/rss+xml", feed);
        });
        site.articles("/news/1", "/news/2", "/news/3");
        Source source = source("s", List.of("/rss.xml"), List.of(), List.of());

        CrawlSummary first = crawl(source);
        CrawlSummary second = crawl(source);

        assertThat(first.count(UrlState.FETCHED)).isEqualTo(3);
        assertThat(conditional).hasValue(1);
        assertThat(second.discovered()).isZero();
        assertThat(second.total()).isZero();
        assertThat(state.logOf(site.url("/rss.xml"))).last().asString().startsWith("unchanged");
        for (String path : List.of("/news/1", "/news/2", "/news/3"))
            assertThat(site.hits(path)).isEqualTo(1);
        assertThat(state.counts().get(UrlState.FETCHED)).isEqualTo(3);
    }

    @Test
    void unchangedSitemapIndexStillAsksEachChildSoNewArticlesAreFound() {
        site.route("/sitemap.xml", e -> {
            if ("\"index-v1\"".equals(e.getRequestHeaders().getFirst("If-None-Match"))) {
                e.sendResponseHeaders(304, -1);
                e.close();
                return;
            }
            e.getResponseHeaders().add("ETag", "\"index-v1\"");
            TestSite.send(e, 200, "application/xml", fixtureText("sitemap-index.xml"));
        });
        site.fixture("/sitemaps/news-1.xml", "application/xml", "news-sitemap.xml");
        site.fixture("/sitemaps/news-2.xml", "application/xml", "news-sitemap-2.xml");
        site.articles("/sm/s1", "/sm/s2", "/sm/s3", "/sm/s4");
        Source source = source("s", List.of(), List.of("/sitemap.xml"), List.of());
        crawl(source);
        site.page("/sitemaps/news-2.xml", "application/xml", sitemap("/sm/s3", "/sm/s4"));

        CrawlSummary second = crawl(source);

        assertThat(state.logOf(site.url("/sitemap.xml"))).last().asString().startsWith("unchanged");
        assertThat(second.discovered()).isEqualTo(1);
        assertThat(stateOf("/sm/s4")).isEqualTo(UrlState.FETCHED);
    }

    @Test
    void robotsDisallowRejectsTheUrlWithoutRequestingIt() {
        site.fixture("/robots.txt", "text/plain", "robots-disallow.txt");
        site.page("/rss.xml", "application/rss+xml", site.rss("/private/memo", "/news/1"));
        site.articles("/news/1", "/private/memo");

        crawl(source("s", List.of("/rss.xml"), List.of(), List.of()));

        assertThat(stateOf("/private/memo")).isEqualTo(UrlState.REJECTED);
        assertThat(state.logOf(site.url("/private/memo")))
                .last()
                .asString()
                .startsWith("rejected robots disallowed by");
        assertThat(site.hits("/private/memo")).isZero();
        assertThat(stateOf("/news/1")).as("marsad's own group allows it").isEqualTo(UrlState.FETCHED);
    }

    @Test
    void robotsServerErrorDisallowsTheHostForNowAndKeepsItsUrlsRetryable() {
        try (TestSite other = TestSite.start()) {
            other.status("/robots.txt", 503);
            other.fixture("/a", "text/html", "article-utf8.html");
            site.page("/rss.xml", "application/rss+xml", TestSite.rssOf(other.base() + "/a"));

            crawl(source("s", List.of("/rss.xml"), List.of(), List.of()));

            URI a = other.url("/a");
            assertThat(state.state(a)).contains(UrlState.FAILED);
            assertThat(state.logOf(a))
                    .last()
                    .asString()
                    .startsWith("failed robots")
                    .contains("503");
            assertThat(other.hits("/a")).isZero();
            assertThat(state.due(CrawlConfig.DEFAULT_MAX_ATTEMPTS))
                    .extracting(FrontierEntry::url)
                    .contains(a);
        }
    }

    @Test
    void missingRobotsMeansEverythingIsAllowed() {
        site.page("/rss.xml", "application/rss+xml", site.rss("/news/1"));
        site.articles("/news/1");
        crawl(source("s", List.of("/rss.xml"), List.of(), List.of()));
        assertThat(site.hits("/robots.txt")).isEqualTo(1);
        assertThat(stateOf("/news/1")).isEqualTo(UrlState.FETCHED);
    }

    @Test
    void brokenFeedIsRecordedAsFailedAndTheOtherListingsStillWork() {
        site.fixture("/broken.xml", "application/rss+xml", "broken-feed.xml");
        site.page("/rss.xml", "application/rss+xml", site.rss("/news/1"));
        site.articles("/news/1");

        crawl(source("s", List.of("/broken.xml", "/rss.xml"), List.of(), List.of()));

        assertThat(state.logOf(site.url("/broken.xml")))
                .last()
                .asString()
                .startsWith("failed discover cannot parse feed " + site.url("/broken.xml"));
        assertThat(events)
                .filteredOn(CrawlEvent.ListingRead.class::isInstance)
                .map(e -> ((CrawlEvent.ListingRead) e).outcome())
                .anyMatch(o -> o.startsWith("failed: cannot parse feed"));
        assertThat(stateOf("/news/1")).isEqualTo(UrlState.FETCHED);
    }

    @Test
    void crawlDelayFromRobotsSpacesRequestsToTheHost() {
        site.fixture("/robots.txt", "text/plain", "robots-crawl-delay.txt");
        site.page("/rss.xml", "application/rss+xml", site.rss("/news/1", "/news/2"));
        site.articles("/news/1", "/news/2");

        crawl(source("s", List.of("/rss.xml"), List.of(), List.of()));

        List<TestSite.Request> requests = site.requests();
        assertThat(requests)
                .extracting(TestSite.Request::path)
                .containsExactly("/robots.txt", "/rss.xml", "/news/1", "/news/2");
        for (int i = 2; i < requests.size(); i++) {
            long gapMillis = (requests.get(i).atNanos() - requests.get(i - 1).atNanos()) / 1_000_000;
            assertThat(gapMillis).as("gap before " + requests.get(i).path()).isGreaterThanOrEqualTo(950);
        }
    }

    @Test
    void aHostIsNeverAskedTwiceAtOnce() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        String[] paths = {"/news/1", "/news/2", "/news/3", "/news/4"};
        for (String path : paths) {
            site.route(path, e -> {
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                inFlight.decrementAndGet();
                TestSite.send(e, 200, "text/html", new byte[] {'o', 'k'});
            });
        }
        site.page("/rss.xml", "application/rss+xml", site.rss(paths));
        site.page("/rss2.xml", "application/rss+xml", site.rss(paths));

        crawl(
                source("a", List.of("/rss.xml"), List.of(), List.of()),
                source("b", List.of("/rss2.xml"), List.of(), List.of()));

        assertThat(maxInFlight).hasValue(1);
        for (String path : paths) assertThat(site.hits(path)).isEqualTo(1);
    }

    @Test
    void budgetLeavesTheRestPendingAndTheNextRunFinishesWithoutDuplicates() {
        String[] paths = {"/news/1", "/news/2", "/news/3", "/news/4", "/news/5"};
        site.page("/rss.xml", "application/rss+xml", site.rss(paths));
        site.articles(paths);
        Source source = source("s", List.of("/rss.xml"), List.of(), List.of());

        CrawlSummary first = crawl(
                CrawlConfig.builder(data)
                        .allowedAddresses(TestSite.LOOPBACK)
                        .maxPages(2)
                        .build(),
                source);
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.leftPending()).isEqualTo(3);
        assertThat(state.counts().get(UrlState.PENDING)).isEqualTo(3);

        CrawlSummary second = crawl(source);
        assertThat(second.total()).isEqualTo(3);
        assertThat(state.counts().get(UrlState.PENDING)).isZero();
        assertThat(state.counts().get(UrlState.FETCHED)).isEqualTo(5);
        for (String path : paths) assertThat(site.hits(path)).as(path).isEqualTo(1);
    }

    @Test
    void perSourceBudgetKeepsOneSourceFromTakingTheWholeRun() {
        site.page("/a.xml", "application/rss+xml", site.rss("/a/1", "/a/2", "/a/3"));
        site.page("/b.xml", "application/rss+xml", site.rss("/b/1"));
        site.articles("/a/1", "/a/2", "/a/3", "/b/1");
        crawl(
                CrawlConfig.builder(data)
                        .allowedAddresses(TestSite.LOOPBACK)
                        .maxPagesPerSource(2)
                        .build(),
                source("a", List.of("/a.xml"), List.of(), List.of()),
                source("b", List.of("/b.xml"), List.of(), List.of()));
        assertThat(stateOf("/a/3")).isEqualTo(UrlState.PENDING);
        assertThat(stateOf("/b/1")).isEqualTo(UrlState.FETCHED);
    }

    @Test
    void transientFailureIsRetriedOnTheNextRunUntilItSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        site.page("/rss.xml", "application/rss+xml", site.rss("/flaky"));
        site.route(
                "/flaky",
                e -> TestSite.send(e, calls.incrementAndGet() == 1 ? 503 : 200, "text/html", new byte[] {'x'}));
        Source source = source("s", List.of("/rss.xml"), List.of(), List.of());

        crawl(source);
        assertThat(stateOf("/flaky")).isEqualTo(UrlState.FAILED);
        crawl(source);
        assertThat(stateOf("/flaky")).isEqualTo(UrlState.FETCHED);
        assertThat(state.logOf(site.url("/flaky"))).hasSize(2);
    }

    @Test
    void oversizedPageIsRejectedAtFetchAndKeptTruncatedInTheWarc() throws IOException {
        site.page("/rss.xml", "application/rss+xml", site.rss("/big"));
        site.page("/big", "text/html", new byte[50_000]);
        crawl(
                CrawlConfig.builder(data)
                        .allowedAddresses(TestSite.LOOPBACK)
                        .maxBodyBytes(10_000)
                        .build(),
                source("s", List.of("/rss.xml"), List.of(), List.of()));

        assertThat(stateOf("/big")).isEqualTo(UrlState.REJECTED);
        assertThat(state.logOf(site.url("/big")))
                .last()
                .asString()
                .startsWith("rejected fetch")
                .contains("10000 bytes");
        assertThat(handled).doesNotContainKey("/big");
        try (var files = Files.list(data.resolve("warc"))) {
            Path warc = files.findFirst().orElseThrow();
            try (var reader = new org.netpreserve.jwarc.WarcReader(warc)) {
                var truncated = reader.records()
                        .filter(r -> r instanceof org.netpreserve.jwarc.WarcResponse w
                                && w.target().endsWith("/big"))
                        .map(org.netpreserve.jwarc.WarcRecord::truncated)
                        .toList();
                assertThat(truncated).containsExactly(org.netpreserve.jwarc.WarcTruncationReason.LENGTH);
            }
        }
    }

    @Test
    void slowPageFailsWithATimeoutAndStaysRetryable() {
        site.page("/rss.xml", "application/rss+xml", site.rss("/slow"));
        site.route("/slow", e -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            TestSite.send(e, 200, "text/html", new byte[] {'x'});
        });
        crawl(
                CrawlConfig.builder(data)
                        .allowedAddresses(TestSite.LOOPBACK)
                        .readTimeout(Duration.ofMillis(300))
                        .build(),
                source("s", List.of("/rss.xml"), List.of(), List.of()));
        assertThat(stateOf("/slow")).isEqualTo(UrlState.FAILED);
        assertThat(state.logOf(site.url("/slow"))).last().asString().startsWith("failed fetch no complete response");
        assertThat(state.due(CrawlConfig.DEFAULT_MAX_ATTEMPTS))
                .extracting(FrontierEntry::url)
                .contains(site.url("/slow"));
    }

    @Test
    void urlsGivenDirectlyAreFetchedOnceThroughTheSamePath() {
        site.fixture("/robots.txt", "text/plain", "robots-disallow.txt");
        site.articles("/news/1", "/private/memo");
        var run = new CrawlRun(
                CrawlConfig.builder(data).allowedAddresses(TestSite.LOOPBACK).build(), state, handler, events::add);
        List<URI> urls = List.of(site.url("/news/1#top"), site.url("/private/memo"));

        CrawlSummary first = run.fetch(urls, Duration.ZERO);
        CrawlSummary second = run.fetch(urls, Duration.ZERO);

        assertThat(first.count(UrlState.FETCHED)).isEqualTo(1);
        assertThat(first.count(UrlState.REJECTED)).as("robots.txt").isEqualTo(1);
        assertThat(second.total()).isZero();
        assertThat(site.hits("/news/1")).isEqualTo(1);
        assertThat(handled).containsKey("/news/1");
    }

    @Test
    void directUrlThatIsNotHttpIsRefusedByName() {
        var run = new CrawlRun(
                CrawlConfig.builder(data).allowedAddresses(TestSite.LOOPBACK).build(), state, handler, events::add);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> run.fetch(List.of(URI.create("ftp://files.example/a")), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ftp://files.example/a");
    }

    private byte[] fixtureText(String name) {
        return new String(TestSite.resourceBytes(name), StandardCharsets.UTF_8)
                .replace("{base}", site.base())
                .getBytes(StandardCharsets.UTF_8);
    }

    private byte[] sitemap(String... paths) {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String path : paths)
            xml.append("<url><loc>").append(site.base()).append(path).append("</loc></url>");
        return xml.append("</urlset>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
