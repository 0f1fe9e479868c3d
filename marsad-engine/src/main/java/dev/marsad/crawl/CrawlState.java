package dev.marsad.crawl;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The crawl's memory, one SQLite file in WAL mode: sources, the frontier (every article URL ever
 * discovered, with its hints and state), the fetch log (every request and how it ended), the cache
 * validators of listings and their poll schedule ({@link ListingSchedule}). A URL is inserted once (its canonical form is the key), so re-running a
 * crawl duplicates nothing, and a URL stays pending until its final state is written, so a crawl
 * killed half-way resumes where it stopped.
 *
 * <p>One connection, serialised by this object's monitor; safe for use by several threads.
 */
public final class CrawlState implements AutoCloseable {

    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS source(
              id TEXT PRIMARY KEY, name TEXT NOT NULL, definition TEXT NOT NULL, updated_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS frontier(
              url TEXT PRIMARY KEY, source_id TEXT NOT NULL, via TEXT NOT NULL, discovered_at TEXT NOT NULL,
              title_hint TEXT, published_hint TEXT,
              status TEXT NOT NULL DEFAULT 'pending', stage TEXT, reason TEXT,
              retryable INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, updated_at TEXT);
            CREATE INDEX IF NOT EXISTS frontier_status ON frontier(status, source_id);
            CREATE TABLE IF NOT EXISTS fetch_log(
              id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL, source_id TEXT NOT NULL, kind TEXT NOT NULL,
              at TEXT NOT NULL, status TEXT NOT NULL, stage TEXT NOT NULL, reason TEXT NOT NULL,
              http_status INTEGER NOT NULL, warc_file TEXT, warc_offset INTEGER);
            CREATE INDEX IF NOT EXISTS fetch_log_url ON fetch_log(url);
            CREATE TABLE IF NOT EXISTS validator(url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT);
            CREATE TABLE IF NOT EXISTS child_sitemap(
              parent TEXT NOT NULL, child TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY(parent, child));
            """;

    private final SqliteFile db;
    private final ListingSchedule schedule;

    private CrawlState(SqliteFile db) {
        this.db = db;
        this.schedule = new ListingSchedule(db);
    }

    /**
     * Opens (creating if needed) the crawl database at {@code file}, usually {@code <data>/crawl.db}.
     *
     * A database of an earlier version gains the tables it lacks.
     *
     * @throws UncheckedIOException naming the file when it cannot be created or is not a crawl database
     */
    public static CrawlState open(Path file) {
        return new CrawlState(SqliteFile.open(file, SCHEMA + ListingSchedule.SCHEMA));
    }

    /** How many frontier URLs are in each state; every state is present, zero when empty. */
    public synchronized Map<UrlState, Long> counts() {
        var counts = new EnumMap<UrlState, Long>(UrlState.class);
        for (UrlState state : UrlState.values()) counts.put(state, 0L);
        db.query("SELECT status, count(*) FROM frontier GROUP BY status", List.of(), rows -> {
            while (rows.next())
                counts.put(UrlState.valueOf(rows.getString(1).toUpperCase(java.util.Locale.ROOT)), rows.getLong(2));
            return null;
        });
        return counts;
    }

    /** Records a source's current definition (insert or update). */
    synchronized void saveSource(Source source) {
        db.update(
                "INSERT INTO source(id, name, definition, updated_at) VALUES (?,?,?,?) "
                        + "ON CONFLICT(id) DO UPDATE SET name=excluded.name, definition=excluded.definition, "
                        + "updated_at=excluded.updated_at",
                List.of(
                        source.id(),
                        source.name(),
                        source.toString(),
                        Instant.now().toString()));
    }

    /** Adds newly discovered URLs in one transaction; known URLs are left as they are. Returns how many were new. */
    synchronized int enqueue(String sourceId, String via, List<Discovered> found) {
        String sql = "INSERT OR IGNORE INTO frontier(url, source_id, via, discovered_at, title_hint, published_hint) "
                + "VALUES (?,?,?,?,?,?)";
        String now = Instant.now().toString();
        List<List<?>> rows = found.stream()
                .<List<?>>map(d -> Arrays.asList(
                        d.url().toString(),
                        sourceId,
                        via,
                        now,
                        d.hints().title().orElse(null),
                        d.hints().publishedLabel().orElse(null)))
                .toList();
        return db.inTransaction(() -> db.updateEach(sql, rows));
    }

    /**
     * The URLs to fetch, oldest first: pending ones, and failed ones whose failure was transient and
     * that have had fewer than {@code maxAttempts} attempts.
     */
    synchronized List<FrontierEntry> due(int maxAttempts) {
        return due(maxAttempts, Duration.ZERO, Instant.now());
    }

    /**
     * As {@link #due(int)}, but a transiently failed URL is due again only once {@code retryDelay} has
     * passed since its last attempt.
     */
    synchronized List<FrontierEntry> due(int maxAttempts, Duration retryDelay, Instant now) {
        return db.query(
                "SELECT url, source_id, title_hint, published_hint, status, updated_at FROM frontier "
                        + "WHERE status='pending' OR (status='failed' AND retryable=1 AND attempts < ?) ORDER BY rowid",
                List.of(maxAttempts),
                rows -> {
                    List<FrontierEntry> due = new ArrayList<>();
                    while (rows.next()) {
                        // Instants are stored as ISO text of varying precision: compared here, not in SQL.
                        String triedAt = rows.getString(6);
                        if (rows.getString(5).equals("failed")
                                && triedAt != null
                                && Instant.parse(triedAt).plus(retryDelay).isAfter(now)) continue;
                        Hints hints = Hints.ofLabel(
                                Optional.ofNullable(rows.getString(3)), Optional.ofNullable(rows.getString(4)));
                        due.add(new FrontierEntry(URI.create(rows.getString(1)), rows.getString(2), hints));
                    }
                    return due;
                });
    }

    /** Whether {@code url} is in the frontier, in any state. */
    synchronized boolean isKnown(URI url) {
        return db.query("SELECT 1 FROM frontier WHERE url=?", List.of(url.toString()), ResultSet::next);
    }

    /** The state of a frontier URL, if known. */
    synchronized Optional<UrlState> state(URI url) {
        return db.query(
                "SELECT status FROM frontier WHERE url=?",
                List.of(url.toString()),
                rows -> rows.next()
                        ? Optional.of(UrlState.valueOf(rows.getString(1).toUpperCase(java.util.Locale.ROOT)))
                        : Optional.<UrlState>empty());
    }

    /**
     * Writes a frontier URL's final state and its fetch-log line in one transaction. A URL reached
     * only through a redirect is inserted as well, so it is never fetched again under its own name.
     */
    synchronized void finish(FetchRecord record, boolean retryable) {
        db.inTransaction(() -> {
            appendLog(record);
            db.update(
                    "INSERT OR IGNORE INTO frontier(url, source_id, via, discovered_at) VALUES (?,?,'redirect',?)",
                    List.of(
                            record.url().toString(),
                            record.sourceId(),
                            record.at().toString()));
            db.update(
                    "UPDATE frontier SET status=?, stage=?, reason=?, retryable=?, attempts=attempts+1, updated_at=? "
                            + "WHERE url=?",
                    List.of(
                            label(record.state()),
                            record.stage(),
                            record.reason(),
                            retryable ? 1 : 0,
                            record.at().toString(),
                            record.url().toString()));
            return null;
        });
    }

    /** Appends a fetch-log line for a URL outside the frontier (robots.txt, feeds, sitemaps, start pages). */
    synchronized void log(FetchRecord record) {
        db.inTransaction(() -> {
            appendLog(record);
            return null;
        });
    }

    /** The validators stored for a listing URL, or {@link Validators#NONE}. */
    synchronized Validators validators(URI url) {
        return db.query(
                "SELECT etag, last_modified FROM validator WHERE url=?",
                List.of(url.toString()),
                rows -> rows.next()
                        ? new Validators(Optional.ofNullable(rows.getString(1)), Optional.ofNullable(rows.getString(2)))
                        : Validators.NONE);
    }

    /** Stores the validators of a listing's latest 200 response. */
    synchronized void saveValidators(URI url, Validators validators) {
        db.update(
                "INSERT INTO validator(url, etag, last_modified) VALUES (?,?,?) ON CONFLICT(url) DO UPDATE SET "
                        + "etag=excluded.etag, last_modified=excluded.last_modified",
                Arrays.asList(
                        url.toString(),
                        validators.etag().orElse(null),
                        validators.lastModified().orElse(null)));
    }

    /** The child sitemaps a sitemap index listed when it was last read, in its order. */
    synchronized List<URI> childSitemaps(URI index) {
        return db.query(
                "SELECT child FROM child_sitemap WHERE parent=? ORDER BY position", List.of(index.toString()), rows -> {
                    List<URI> children = new ArrayList<>();
                    while (rows.next()) children.add(URI.create(rows.getString(1)));
                    return children;
                });
    }

    /** Replaces the remembered children of a sitemap (none for a plain sitemap). */
    synchronized void saveChildSitemaps(URI sitemap, List<URI> children) {
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < children.size(); i++)
            rows.add(List.of(sitemap.toString(), children.get(i).toString(), i));
        db.inTransaction(() -> {
            db.update("DELETE FROM child_sitemap WHERE parent=?", List.of(sitemap.toString()));
            return db.updateEach("INSERT OR IGNORE INTO child_sitemap(parent, child, position) VALUES (?,?,?)", rows);
        });
    }

    /** Records a poll of a listing and schedules its next one by {@code policy}. */
    synchronized void recordPoll(ListingPoll poll, PollPolicy policy) {
        schedule.record(poll, policy);
    }

    /** The stored poll schedule of every listing ever polled. */
    synchronized Map<ListingUrl, ListingTimes> listingTimes() {
        return schedule.load();
    }

    /**
     * When the listings of each of {@code sources} were last polled and are next due, by source id
     * in the order of {@code sources}.
     */
    public Map<String, PollTimes> pollTimes(List<Source> sources) {
        var view = ScheduleView.of(sources, listingTimes());
        Map<String, PollTimes> times = new LinkedHashMap<>();
        sources.forEach(s -> times.put(s.id(), view.pollTimes(s.id())));
        return times;
    }

    /** The fetch-log lines of one URL, oldest first, as "state stage reason" strings (for tests and tools). */
    synchronized List<String> logOf(URI url) {
        return db.query(
                "SELECT status, stage, reason FROM fetch_log WHERE url=? ORDER BY id",
                List.of(url.toString()),
                rows -> {
                    List<String> lines = new ArrayList<>();
                    while (rows.next())
                        lines.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
                    return lines;
                });
    }

    private void appendLog(FetchRecord r) {
        db.update(
                "INSERT INTO fetch_log(url, source_id, kind, at, status, stage, reason, http_status, warc_file, "
                        + "warc_offset) VALUES (?,?,?,?,?,?,?,?,?,?)",
                Arrays.asList(
                        r.url().toString(),
                        r.sourceId(),
                        r.kind().label(),
                        r.at().toString(),
                        label(r.state()),
                        r.stage(),
                        r.reason(),
                        r.httpStatus(),
                        r.warc().map(WarcLocation::file).orElse(null),
                        r.warc().map(WarcLocation::offset).orElse(null)));
    }

    private static String label(UrlState state) {
        return state.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public synchronized void close() {
        db.close();
    }
}
