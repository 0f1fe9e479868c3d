package dev.marsad.crawl;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The poll schedule table of the crawl database: one row per listing (source, URL, kind) with its
 * next due time, current interval, last poll, last change and last result. Times are epoch
 * milliseconds, so that they compare as numbers. A listing without a row has never been polled.
 * Not thread-safe on its own; {@link CrawlState} serialises access.
 */
final class ListingSchedule {

    /** Idempotent, so that a crawl database of an earlier version gains the table when opened. */
    static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS listing_schedule(
              source_id TEXT NOT NULL, url TEXT NOT NULL, kind TEXT NOT NULL,
              next_due INTEGER NOT NULL, interval_millis INTEGER NOT NULL, last_poll INTEGER NOT NULL,
              last_change INTEGER, last_result TEXT NOT NULL, PRIMARY KEY(source_id, url, kind));
            """;

    private final SqliteFile db;

    ListingSchedule(SqliteFile db) {
        this.db = db;
    }

    /**
     * Records a poll and schedules the next one: the first poll of a listing sets {@link
     * PollPolicy#initial()}, every later one adapts the listing's interval ({@link PollPolicy#next}).
     */
    void record(ListingPoll poll, PollPolicy policy) {
        ListingUrl listing = poll.listing();
        List<String> key = List.of(
                listing.sourceId(), listing.url().toString(), listing.kind().label());
        db.inTransaction(() -> {
            Optional<Duration> current = db.query(
                    "SELECT interval_millis FROM listing_schedule WHERE source_id=? AND url=? AND kind=?",
                    key,
                    rows -> rows.next() ? Optional.of(Duration.ofMillis(rows.getLong(1))) : Optional.<Duration>empty());
            Duration interval = current.map(c -> policy.next(c, poll.result())).orElse(policy.initial());
            long at = poll.at().toEpochMilli();
            return db.update(
                    "INSERT INTO listing_schedule(source_id, url, kind, next_due, interval_millis, last_poll, "
                            + "last_change, last_result) VALUES (?,?,?,?,?,?,?,?) "
                            + "ON CONFLICT(source_id, url, kind) DO UPDATE SET next_due=excluded.next_due, "
                            + "interval_millis=excluded.interval_millis, last_poll=excluded.last_poll, "
                            + "last_change=coalesce(excluded.last_change, listing_schedule.last_change), "
                            + "last_result=excluded.last_result",
                    Arrays.asList(
                            key.get(0),
                            key.get(1),
                            key.get(2),
                            at + interval.toMillis(),
                            interval.toMillis(),
                            at,
                            poll.result() == PollResult.NEW_URLS ? at : null,
                            poll.result().label()));
        });
    }

    /** Every stored schedule, by listing (rows of an unknown kind or result are left out). */
    Map<ListingUrl, ListingTimes> load() {
        return db.query(
                "SELECT source_id, url, kind, next_due, interval_millis, last_poll, last_change, last_result "
                        + "FROM listing_schedule",
                List.of(),
                rows -> {
                    Map<ListingUrl, ListingTimes> times = new HashMap<>();
                    while (rows.next()) {
                        Optional<DocumentKind> kind = DocumentKind.ofLabel(rows.getString(3));
                        Optional<PollResult> result = PollResult.ofLabel(rows.getString(8));
                        if (kind.isEmpty() || result.isEmpty()) continue;
                        long lastChange = rows.getLong(7);
                        Optional<Instant> changed =
                                rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(lastChange));
                        times.put(
                                new ListingUrl(rows.getString(1), URI.create(rows.getString(2)), kind.get()),
                                new ListingTimes(
                                        Instant.ofEpochMilli(rows.getLong(4)),
                                        Duration.ofMillis(rows.getLong(5)),
                                        Instant.ofEpochMilli(rows.getLong(6)),
                                        changed,
                                        result.get()));
                    }
                    return times;
                });
    }
}
