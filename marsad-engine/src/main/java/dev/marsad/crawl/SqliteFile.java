package dev.marsad.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One SQLite database file in WAL mode behind one JDBC connection: statements with bound parameters,
 * transactions, and every {@link SQLException} turned into an {@link UncheckedIOException} naming the
 * file. Not thread-safe on its own; {@link CrawlState} serialises access.
 */
final class SqliteFile implements AutoCloseable {

    /** A unit of work inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    /** Reads a result set into a value. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** How long a statement waits for a lock held by another process before failing. */
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final Path file;
    private final Connection connection;

    private SqliteFile(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens or creates {@code file} and runs {@code schema} (statements separated by ';', each
     * idempotent: CREATE … IF NOT EXISTS).
     */
    static SqliteFile open(Path file, String schema) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                // WAL with synchronous=NORMAL survives a process crash; only a power cut may lose the last commits.
                statement.execute("PRAGMA synchronous=NORMAL");
                statement.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MILLIS);
                for (String ddl : schema.split(";")) {
                    if (!ddl.isBlank()) statement.execute(ddl);
                }
            }
            return new SqliteFile(file, connection);
        } catch (IOException | SQLException e) {
            throw new UncheckedIOException(
                    "cannot open crawl database " + file + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    <T> T inTransaction(Work<T> work) {
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

    /** Runs an INSERT/UPDATE/DELETE; returns the number of rows changed. */
    int update(String sql, List<?> parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Runs one statement once per parameter row (call inside a transaction); returns the rows changed. */
    int updateEach(String sql, List<List<?>> rows) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int changed = 0;
            for (List<?> row : rows) {
                bind(statement, row);
                changed += statement.executeUpdate();
            }
            return changed;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Runs a SELECT and reads its rows with {@code reader}. */
    <T> T query(String sql, List<?> parameters, RowReader<T> reader) {
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
    public void close() {
        try (connection;
                var statement = connection.createStatement()) {
            // Fold the write-ahead log into the database file, so a closed crawl.db is one file.
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw failure(e);
        }
    }
}
