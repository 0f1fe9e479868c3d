package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The poll schedule in crawl.db: what a poll writes, what a reopened database reads, and upgrades. */
class ListingScheduleTest {

    private static final PollPolicy POLICY = CrawlConfig.DEFAULT_POLL_POLICY;
    private static final Instant T0 = Instant.parse("2024-10-14T08:00:00Z");

    @TempDir
    Path dir;

    private final Source source = new Source(
            "s",
            "مصدر",
            List.of(URI.create("http://a.example/rss.xml")),
            List.of(URI.create("http://a.example/news-sitemap.xml")),
            List.of(),
            Duration.ZERO);
    private final ListingUrl feed = source.listings().get(0);
    private final ListingUrl sitemap = source.listings().get(1);

    @Test
    void theFirstPollSetsTheInitialIntervalAndLaterOnesAdaptIt() {
        try (CrawlState state = CrawlState.open(dir.resolve("crawl.db"))) {
            state.recordPoll(new ListingPoll(feed, PollResult.NEW_URLS, T0), POLICY);
            ListingTimes first = state.listingTimes().get(feed);
            assertThat(first.interval())
                    .as("first poll: initial, whatever it found")
                    .isEqualTo(POLICY.initial());
            assertThat(first.nextDue()).isEqualTo(T0.plus(POLICY.initial()));
            assertThat(first.lastChange()).contains(T0);

            Instant t1 = T0.plus(POLICY.initial());
            state.recordPoll(new ListingPoll(feed, PollResult.NOTHING_NEW, t1), POLICY);
            ListingTimes second = state.listingTimes().get(feed);
            assertThat(second.interval()).isEqualTo(Duration.ofSeconds(450));
            assertThat(second.lastPoll()).isEqualTo(t1);
            assertThat(second.lastChange())
                    .as("kept from the poll that found something")
                    .contains(T0);
            assertThat(second.lastResult()).isEqualTo(PollResult.NOTHING_NEW);
        }
    }

    @Test
    void schedulesSurviveReopeningAndTellEachSourcesPollTimes() {
        Path file = dir.resolve("crawl.db");
        try (CrawlState state = CrawlState.open(file)) {
            state.recordPoll(new ListingPoll(feed, PollResult.NEW_URLS, T0), POLICY);
        }
        try (CrawlState state = CrawlState.open(file)) {
            assertThat(state.pollTimes(List.of(source)))
                    .as("the sitemap was never polled: due at once")
                    .containsEntry("s", new PollTimes(java.util.Optional.of(T0), java.util.Optional.empty()));
            state.recordPoll(new ListingPoll(sitemap, PollResult.FAILED, T0.plusSeconds(10)), POLICY);
            assertThat(state.pollTimes(List.of(source)).get("s"))
                    .isEqualTo(new PollTimes(
                            java.util.Optional.of(T0.plusSeconds(10)),
                            java.util.Optional.of(T0.plus(POLICY.initial()))));
        }
    }

    @Test
    void aDatabaseOfTheEarlierSchemaGainsTheScheduleAndKeepsItsFrontier() throws SQLException {
        Path file = dir.resolve("crawl.db");
        // The schema before listing_schedule existed, with one pending URL in it.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE source(id TEXT PRIMARY KEY, name TEXT NOT NULL, definition TEXT NOT NULL,"
                    + " updated_at TEXT NOT NULL)");
            s.execute("CREATE TABLE frontier(url TEXT PRIMARY KEY, source_id TEXT NOT NULL, via TEXT NOT NULL,"
                    + " discovered_at TEXT NOT NULL, title_hint TEXT, published_hint TEXT,"
                    + " status TEXT NOT NULL DEFAULT 'pending', stage TEXT, reason TEXT,"
                    + " retryable INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, updated_at TEXT)");
            s.execute("INSERT INTO frontier(url, source_id, via, discovered_at) VALUES"
                    + " ('http://a.example/news/1', 's', 'feed', '2024-10-14T07:00:00Z')");
        }

        try (CrawlState state = CrawlState.open(file)) {
            assertThat(state.counts()).containsEntry(UrlState.PENDING, 1L);
            Map<ListingUrl, ListingTimes> none = state.listingTimes();
            assertThat(none).isEmpty();
            state.recordPoll(new ListingPoll(feed, PollResult.NOTHING_NEW, T0), POLICY);
            assertThat(state.listingTimes()).containsKey(feed);
        }
    }

    @Test
    void aCrawlRunRecordsThePollOfEveryListing() {
        try (TestSite site = TestSite.start();
                CrawlState state = CrawlState.open(dir.resolve("crawl.db"))) {
            site.page("/rss.xml", "application/rss+xml", site.rss());
            var polled = new Source("p", "مصدر", List.of(site.url("/rss.xml")), List.of(), List.of(), Duration.ZERO);
            Instant before = Instant.now();

            new CrawlRun(
                            CrawlConfig.builder(dir)
                                    .allowedAddresses(TestSite.LOOPBACK)
                                    .build(),
                            state,
                            c -> PageVerdict.accepted(1),
                            CrawlListener.NONE)
                    .run(List.of(polled));

            PollTimes times = state.pollTimes(List.of(polled)).get("p");
            assertThat(times.lastPoll()).hasValueSatisfying(t -> assertThat(t).isAfterOrEqualTo(before));
            assertThat(times.nextDue()).hasValueSatisfying(t -> assertThat(t).isAfter(before));
        }
    }
}
