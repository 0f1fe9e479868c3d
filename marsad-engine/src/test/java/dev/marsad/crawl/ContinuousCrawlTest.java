package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The continuous crawl against real HTTP servers on 127.0.0.1 and a real SQLite file; waits are bounded polls. */
@SuppressForbidden(reason = "com.sun.net.httpserver is the real test server (module jdk.httpserver)")
class ContinuousCrawlTest {

    /** Short intervals so that several polls happen within a test: 200 ms first, 100 to 400 ms. */
    private static final PollPolicy FAST = new PollPolicy(
            Duration.ofMillis(200), Duration.ofMillis(100), Duration.ofMillis(400), 2.0, 0.5, Duration.ofMillis(100));

    @TempDir
    Path data;

    private TestSite site;
    private CrawlState state;
    private final Map<String, Integer> handled = new ConcurrentHashMap<>();
    private final PageHandler handler = capture -> {
        handled.merge(capture.page().url().getPath(), 1, Integer::sum);
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

    private CrawlConfig config() {
        return CrawlConfig.builder(data)
                .allowedAddresses(TestSite.LOOPBACK)
                .readTimeout(Duration.ofSeconds(5))
                .pollPolicy(FAST)
                .build();
    }

    private Source source(String id, String... feedPaths) {
        return new Source(
                id,
                "مصدر " + id,
                List.of(feedPaths).stream().map(site::url).toList(),
                List.of(),
                List.of(),
                Duration.ZERO);
    }

    private ContinuousCrawl crawl(List<Source> sources, PageHandler pageHandler) {
        return new ContinuousCrawl(config(), state, () -> sources, pageHandler, CrawlListener.NONE);
    }

    private ListingTimes timesOf(Source source) {
        return state.listingTimes().get(source.listings().getFirst());
    }

    @Test
    void picksUpArticlesThatAFeedListsLater() {
        List<String> listed = new CopyOnWriteArrayList<>(List.of("/news/1"));
        site.route(
                "/rss.xml", e -> TestSite.send(e, 200, "application/rss+xml", site.rss(listed.toArray(String[]::new))));
        site.articles("/news/1", "/news/2");

        try (var crawl = crawl(List.of(source("s", "/rss.xml")), handler)) {
            crawl.start();
            Waits.until("the first article is handled", () -> handled.containsKey("/news/1"));
            listed.add("/news/2");
            Waits.until("the article listed later is handled", () -> handled.containsKey("/news/2"));
        }

        assertThat(handled).containsEntry("/news/1", 1).containsEntry("/news/2", 1);
        assertThat(site.hits("/rss.xml")).as("polled again").isGreaterThanOrEqualTo(2);
    }

    @Test
    void aListingThatDoesNotChangeIsPolledLessOftenAndConditionally() {
        AtomicInteger conditional = new AtomicInteger();
        byte[] feed = site.rss("/news/1");
        site.route("/rss.xml", e -> {
            if ("\"v1\"".equals(e.getRequestHeaders().getFirst("If-None-Match"))) {
                conditional.incrementAndGet();
                e.sendResponseHeaders(304, -1);
                e.close();
                return;
            }
            e.getResponseHeaders().add("ETag", "\"v1\"");
            TestSite.send(e, 200, "application/rss+xml", feed);
        });
        site.articles("/news/1");
        Source source = source("s", "/rss.xml");

        try (var crawl = crawl(List.of(source), handler)) {
            crawl.start();
            Waits.until(
                    "the interval reaches the maximum",
                    () -> timesOf(source) != null && timesOf(source).interval().equals(FAST.max()));
        }

        ListingTimes times = timesOf(source);
        assertThat(times.lastResult()).isEqualTo(PollResult.NOTHING_NEW);
        assertThat(times.lastChange()).as("the first poll found the article").isPresent();
        assertThat(times.nextDue()).isEqualTo(times.lastPoll().plus(FAST.max()));
        assertThat(conditional.get())
                .as("polls after the first are conditional")
                .isPositive();
        assertThat(handled).containsOnlyKeys("/news/1");
    }

    @Test
    void aListingWithNewsAtEveryPollIsPolledMoreOften() {
        AtomicInteger polls = new AtomicInteger();
        site.route("/rss.xml", e -> {
            int n = polls.incrementAndGet();
            TestSite.send(e, 200, "application/rss+xml", site.rss("/news/" + n));
        });
        Source source = source("s", "/rss.xml");

        try (var crawl = crawl(List.of(source), handler)) {
            crawl.start();
            Waits.until(
                    "the interval reaches the minimum",
                    () -> timesOf(source) != null && timesOf(source).interval().equals(FAST.min()));
        }

        assertThat(timesOf(source).lastResult()).isEqualTo(PollResult.NEW_URLS);
    }

    @Test
    void aSourceAddedToTheRegistryWhileRunningIsCrawled() {
        site.page("/a.xml", "application/rss+xml", site.rss("/a/1"));
        site.page("/b.xml", "application/rss+xml", site.rss("/b/1"));
        site.articles("/a/1", "/b/1");
        var registry = SourceRegistry.inDataFolder(data);
        registry.add(source("a", "/a.xml"));

        try (var crawl = new ContinuousCrawl(config(), state, registry::sources, handler, CrawlListener.NONE)) {
            crawl.start();
            Waits.until("source a is crawled", () -> handled.containsKey("/a/1"));
            // Another process (here: another registry on the same file) adds a source.
            SourceRegistry.inDataFolder(data).add(source("b", "/b.xml"));
            Waits.until("source b is crawled", () -> handled.containsKey("/b/1"));
            assertThat(crawl.stats().sources()).isEqualTo(2);
        }
    }

    @Test
    void closeLetsThePageBeingHandledFinishAndStartsNoOther() throws InterruptedException {
        site.page("/rss.xml", "application/rss+xml", site.rss("/news/1", "/news/2"));
        site.articles("/news/1", "/news/2");
        var entered = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        var given = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        PageHandler slow = capture -> {
            given.add(capture.page().url().getPath());
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw e;
            }
            return handler.handle(capture);
        };
        var crawl = crawl(List.of(source("s", "/rss.xml")), slow);
        crawl.start();
        assertThat(entered.await(Waits.PATIENCE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS))
                .isTrue();

        Thread closer = Thread.ofVirtual().name("test-closer").start(crawl::close);
        Waits.until("close() waits for the page", () -> closer.getState() == Thread.State.WAITING);
        release.countDown();
        closer.join();

        assertThat(interrupted).as("the handler is never interrupted").isFalse();
        assertThat(state.state(site.url("/news/1"))).contains(UrlState.FETCHED);
        assertThat(state.state(site.url("/news/2")))
                .as("not started after close")
                .contains(UrlState.PENDING);
        // its fetch may have been under way beside the first page's handling; it is never handled
        assertThat(given).containsExactly("/news/1");
    }

    /**
     * close() asks for the stop before its interrupt reaches the workers (through the crawl's own
     * thread); a page finished in that moment must not be followed by another. Here the stop is asked
     * with no interrupt at all, from inside the first page's handling.
     */
    @Test
    void aStopAskedWithoutAnInterruptStartsNoFurtherPage() throws InterruptedException {
        site.page("/rss.xml", "application/rss+xml", site.rss("/news/1", "/news/2"));
        site.articles("/news/1", "/news/2");
        var stop = new AtomicBoolean();
        var given = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        PageHandler stopping = capture -> {
            given.add(capture.page().url().getPath());
            stop.set(true);
            return handler.handle(capture);
        };
        Source source = source("s", "/rss.xml");
        state.saveSource(source);
        try (var session = new CrawlSession(config(), state, stop::get)) {
            assertThat(session.discovery(CrawlListener.NONE)
                            .run(List.of(source), listing -> true, java.time.Instant.MAX)
                            .discovered())
                    .isEqualTo(2);
            FrontierPass.Result result = session.frontier(stopping, CrawlListener.NONE)
                    .run(FrontierPass.SourceTerms.of(List.of(source)), FrontierPass.Limits.NONE);

            assertThat(given).hasSize(1);
            assertThat(result.leftPending()).isEqualTo(1);
            assertThat(state.counts()).containsEntry(UrlState.PENDING, 1L).containsEntry(UrlState.FETCHED, 1L);
        }
    }

    @Test
    void interruptingTheThreadInRunStopsIt() throws InterruptedException {
        site.page("/rss.xml", "application/rss+xml", site.rss("/news/1"));
        site.articles("/news/1");
        var crawl = crawl(List.of(source("s", "/rss.xml")), handler);
        Thread thread = Thread.ofVirtual().name("test-crawl").start(crawl::run);
        Waits.until("the article is handled", () -> handled.containsKey("/news/1"));

        thread.interrupt();
        thread.join();

        int polls = site.hits("/rss.xml");
        crawl.close();
        assertThat(site.hits("/rss.xml")).as("no poll after the stop").isEqualTo(polls);
    }

    @Test
    void statsShowSourcesPagesRateErrorsByHostAndLastPolls() {
        site.page("/rss.xml", "application/rss+xml", site.rss("/news/1", "/missing"));
        site.articles("/news/1");

        try (var crawl = crawl(List.of(source("s", "/rss.xml")), handler)) {
            crawl.start();
            Waits.until("both pages are finished", () -> crawl.stats().pagesFinished() == 2);
            CrawlStats stats = crawl.stats();

            assertThat(stats.sources()).isEqualTo(1);
            assertThat(stats.listings()).isEqualTo(1);
            assertThat(stats.pagesFetched()).isEqualTo(1);
            assertThat(stats.pages()).containsEntry(UrlState.FAILED, 1L).doesNotContainKey(UrlState.PENDING);
            assertThat(stats.errorsByHost()).containsEntry(UrlNormalizer.hostKey(site.url("/")), 1L);
            assertThat(stats.pagesPerSecond()).isPositive();
            assertThat(stats.lastPollBySource()).containsKey("s");
            assertThat(stats.nextDue()).isPresent();
            assertThat(stats.problem()).isEmpty();
        }
    }

    @Test
    void statsTellWhenTheNextListingIsDue() {
        site.page("/rss.xml", "application/rss+xml", site.rss("/news/1"));
        site.articles("/news/1");
        var hourly = new PollPolicy(
                Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofHours(2), 1.5, 0.5, Duration.ofMillis(100));
        var config = CrawlConfig.builder(data)
                .allowedAddresses(TestSite.LOOPBACK)
                .pollPolicy(hourly)
                .build();

        try (var crawl = new ContinuousCrawl(
                config, state, () -> List.of(source("s", "/rss.xml")), handler, CrawlListener.NONE)) {
            crawl.start();
            Waits.until("the article is handled", () -> crawl.stats().pagesFetched() == 1);
            CrawlStats stats = crawl.stats();

            assertThat(stats.sourcesDue()).isZero();
            assertThat(stats.listingsDue()).isZero();
            assertThat(stats.nextDue())
                    .contains(stats.lastPollBySource().get("s").plus(Duration.ofHours(1)));
            assertThat(stats.pagesDue()).isZero();
        }
    }

    @Test
    void sourcesThatCannotBeReadLeaveThePreviousOnesInUseAndAreReported() {
        site.page("/rss.xml", "application/rss+xml", site.rss("/news/1"));
        site.articles("/news/1");
        List<Source> first = List.of(source("s", "/rss.xml"));
        AtomicInteger calls = new AtomicInteger();
        java.util.function.Supplier<List<Source>> flaky = () -> {
            if (calls.incrementAndGet() > 1) throw new IllegalArgumentException("cannot parse source file x.json");
            return first;
        };

        try (var crawl = new ContinuousCrawl(config(), state, flaky, handler, CrawlListener.NONE)) {
            crawl.start();
            Waits.until("the problem is reported", () -> crawl.stats().problem().isPresent());
            Waits.until("the article is handled all the same", () -> handled.containsKey("/news/1"));
            assertThat(crawl.stats().problem().orElseThrow()).contains("x.json");
            assertThat(crawl.stats().sources()).isEqualTo(1);
        }
    }

    @Test
    void hostDelaysHoldAcrossPolls() {
        site.fixture("/robots.txt", "text/plain", "robots-crawl-delay.txt");
        site.page("/rss.xml", "application/rss+xml", site.rss());

        try (var crawl = crawl(List.of(source("s", "/rss.xml")), handler)) {
            crawl.start();
            Waits.until("four requests", () -> site.requests().size() >= 4);
        }

        List<TestSite.Request> requests = site.requests();
        for (int i = 2; i < requests.size(); i++) {
            long gapMillis = (requests.get(i).atNanos() - requests.get(i - 1).atNanos()) / 1_000_000;
            assertThat(gapMillis).as("gap before request " + i).isGreaterThanOrEqualTo(950);
        }
    }

    @Test
    void aPageThatFailedTransientlyWaitsForTheRetryDelay() {
        AtomicInteger calls = new AtomicInteger();
        site.page("/rss.xml", "application/rss+xml", site.rss("/flaky"));
        site.route(
                "/flaky",
                e -> TestSite.send(e, calls.incrementAndGet() == 1 ? 503 : 200, "text/html", new byte[] {'x'}));
        var config = CrawlConfig.builder(data)
                .allowedAddresses(TestSite.LOOPBACK)
                .pollPolicy(FAST)
                .retryDelay(Duration.ofMillis(300))
                .build();

        try (var crawl = new ContinuousCrawl(
                config, state, () -> List.of(source("s", "/rss.xml")), handler, CrawlListener.NONE)) {
            crawl.start();
            Waits.until("the page is fetched on a later try", () -> handled.containsKey("/flaky"));
        }

        assertThat(state.logOf(site.url("/flaky")))
                .hasSize(2)
                .first()
                .asString()
                .startsWith("failed fetch HTTP 503");
        List<TestSite.Request> tries =
                site.requests().stream().filter(r -> r.path().equals("/flaky")).toList();
        long gapMillis = (tries.get(1).atNanos() - tries.get(0).atNanos()) / 1_000_000;
        assertThat(gapMillis).as("the retry waited for the delay").isGreaterThanOrEqualTo(300);
    }
}
