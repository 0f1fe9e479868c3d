package dev.marsad.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The crawl's memory, one SQLite file in WAL mode: sources, the frontier (every article URL ever
 * discovered, with its hints and state), the fetch log (every request and how it ended) and the cache
 * validators of listings. A URL is inserted once (its canonical form is the key), so re-running a
 * crawl duplicates nothing, and a URL stays pending until its final state is written, so a crawl
 * killed half-way resumes where it stopped.
 *
 * <p>One connection serialised by this object's monitor; safe for use by several threads.
 */
public final class CrawlState implements AutoCloseable {

    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS source(
              id TEXT PRIMARY KEY, name TEXT NOT NULL, definition TEXT NOT NULL, updated_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS frontier(
              url TEXT PRIMARY KEY, source_id TEXT NOT NULL, via TEXT NOT NULL, discovered_at TEXT NOT NULL,
              title_hint TEXT, published_hint TEXT,
              status TEXT NOT NULL DEFAULT 'pending', stage TEXT, reason TEXT, final_url TEXT,
              retryable INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, updated_at TEXT);
            CREATE INDEX IF NOT EXISTS frontier_status ON frontier(status, source_id);
            CREATE TABLE IF NOT EXISTS fetch_log(
              id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL, source_id TEXT NOT NULL, kind TEXT NOT NULL,
              at TEXT NOT NULL, status TEXT NOT NULL, stage TEXT NOT NULL, reason TEXT NOT NULL,
              http_status INTEGER NOT NULL, warc_file TEXT, warc_offset INTEGER);
            CREATE INDEX IF NOT EXISTS fetch_log_url ON fetch_log(url);
            CREATE TABLE IF NOT EXISTS validator(url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT);
            """;

    private final Path file;
    private final Connection connection;

    private CrawlState(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (creating if needed) the crawl database at {@code file}, usually {@code <data>/crawl.db}.
     *
     * @throws UncheckedIOException naming the file when it cannot be created or is not a crawl database
     */
    public static CrawlState open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                // WAL with synchronous=NORMAL survives a process crash; only a power cut may lose the last commits.
                statement.execute("PRAGMA synchronous=NORMAL");
                statement.execute("PRAGMA busy_timeout=5000");
                for (String ddl : SCHEMA.split(";")) {
                    if (!ddl.isBlank()) statement.execute(ddl);
                }
            }
            return new CrawlState(file, connection);
        } catch (IOException | SQLException e) {
            throw new UncheckedIOException(
                    "cannot open crawl database " + file + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** How many frontier URLs are in each state; every state is present, zero when empty. */
    public synchronized Map<UrlState, Long> counts() {
        var counts = new EnumMap<UrlState, Long>(UrlState.class);
        for (UrlState state : UrlState.values()) counts.put(state, 0L);
        query("SELECT status, count(*) FROM frontier GROUP BY status", List.of(), rows -> {
            while (rows.next())
                counts.put(UrlState.valueOf(rows.getString(1).toUpperCase(java.util.Locale.ROOT)), rows.getLong(2));
            return null;
        });
        return counts;
    }

    /** Records a source's current definition (insert or update). */
    synchronized void saveSource(Source source) {
        update(
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
        return inTransaction(() -> {
            int added = 0;
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                String now = Instant.now().toString();
                for (Discovered d : found) {
                    insert.setString(1, d.url().toString());
                    insert.setString(2, sourceId);
                    insert.setString(3, via);
                    insert.setString(4, now);
                    insert.setString(5, d.hints().title().orElse(null));
                    insert.setString(
                            6, d.hints().published().map(Instant::toString).orElse(null));
                    added += insert.executeUpdate();
                }
            }
            return added;
        });
    }

    /**
     * The URLs to fetch, oldest first: pending ones, and failed ones whose failure was transient and
     * that have had fewer than {@code maxAttempts} attempts.
     */
    synchronized List<FrontierEntry> due(int maxAttempts) {
        return query(
                "SELECT url, source_id, title_hint, published_hint FROM frontier "
                        + "WHERE status='pending' OR (status='failed' AND retryable=1 AND attempts < ?) ORDER BY rowid",
                List.of(maxAttempts),
                rows -> {
                    List<FrontierEntry> due = new ArrayList<>();
                    while (rows.next()) {
                        Hints hints = new Hints(
                                Optional.ofNullable(rows.getString(3)),
                                Optional.ofNullable(rows.getString(4)).map(Instant::parse));
                        due.add(new FrontierEntry(URI.create(rows.getString(1)), rows.getString(2), hints));
                    }
                    return due;
                });
    }

    /** Whether {@code url} is in the frontier, in any state. */
    synchronized boolean isKnown(URI url) {
        return query("SELECT 1 FROM frontier WHERE url=?", List.of(url.toString()), ResultSet::next);
    }

    /** The state of a frontier URL, if known. */
    synchronized Optional<UrlState> state(URI url) {
        return query(
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
        inTransaction(() -> {
            appendLog(record);
            update(
                    "INSERT OR IGNORE INTO frontier(url, source_id, via, discovered_at) VALUES (?,?,'redirect',?)",
                    List.of(
                            record.url().toString(),
                            record.sourceId(),
                            record.at().toString()));
            update(
                    "UPDATE frontier SET status=?, stage=?, reason=?, retryable=?, attempts=attempts+1, updated_at=? "
                            + "WHERE url=?",
                    List.of(
                            label(record.state()),
                            record.stage().label(),
                            record.reason(),
                            retryable ? 1 : 0,
                            record.at().toString(),
                            record.url().toString()));
            return null;
        });
    }

    /** Appends a fetch-log line for a URL outside the frontier (robots.txt, feeds, sitemaps, start pages). */
    synchronized void log(FetchRecord record) {
        inTransaction(() -> {
            appendLog(record);
            return null;
        });
    }

    /** The validators stored for a listing URL, or {@link Validators#NONE}. */
    synchronized Validators validators(URI url) {
        return query(
                "SELECT etag, last_modified FROM validator WHERE url=?",
                List.of(url.toString()),
                rows -> rows.next()
                        ? new Validators(Optional.ofNullable(rows.getString(1)), Optional.ofNullable(rows.getString(2)))
                        : Validators.NONE);
    }

    /** Stores the validators of a listing's latest 200 response. */
    synchronized void saveValidators(URI url, Validators validators) {
        update(
                "INSERT INTO validator(url, etag, last_modified) VALUES (?,?,?) ON CONFLICT(url) DO UPDATE SET "
                        + "etag=excluded.etag, last_modified=excluded.last_modified",
                java.util.Arrays.asList(
                        url.toString(),
                        validators.etag().orElse(null),
                        validators.lastModified().orElse(null)));
    }

    /** The fetch-log lines of one URL, oldest first, as "state stage reason" strings (for tests and tools). */
    synchronized List<String> logOf(URI url) {
        return query(
                "SELECT status, stage, reason FROM fetch_log WHERE url=? ORDER BY id",
                List.of(url.toString()),
                rows -> {
                    List<String> lines = new ArrayList<>();
                    while (rows.next())
                        lines.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
                    return lines;
                });
    }

    private void appendLog(FetchRecord r) throws SQLException {
        update(
                "INSERT INTO fetch_log(url, source_id, kind, at, status, stage, reason, http_status, warc_file, "
                        + "warc_offset) VALUES (?,?,?,?,?,?,?,?,?,?)",
                java.util.Arrays.asList(
                        r.url().toString(),
                        r.sourceId(),
                        r.kind().label(),
                        r.at().toString(),
                        label(r.state()),
                        r.stage().label(),
                        r.reason(),
                        r.httpStatus(),
                        r.warc().map(WarcCapture.Location::file).orElse(null),
                        r.warc().map(WarcCapture.Location::offset).orElse(null)));
    }

    private static String label(UrlState state) {
        return state.name().toLowerCase(java.util.Locale.ROOT);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T inTransaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private int update(String sql, List<?> parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private <T> T query(String sql, List<?> parameters, RowReader<T> reader) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) statement.setObject(i + 1, parameters.get(i));
    }

    private UncheckedIOException failure(SQLException e) {
        return new UncheckedIOException(new IOException("crawl database " + file + ": " + e.getMessage(), e));
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }
}
