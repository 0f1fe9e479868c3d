package dev.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary folder for one benchmark run (a data folder, an index), deleted with everything in
 * it on close.
 *
 * <pre>{@code
 * try (var tmp = TempFolder.create("marsad-bench")) { run(tmp.path()); }
 * }</pre>
 */
public final class TempFolder implements AutoCloseable {

    private final Path path;

    private TempFolder(Path path) {
        this.path = path;
    }

    /**
     * A new empty folder in the system's temporary folder, its name starting with {@code prefix}.
     *
     * @throws UncheckedIOException when it cannot be created
     */
    public static TempFolder create(String prefix) {
        try {
            return new TempFolder(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    /** Deletes the folder and everything in it. */
    @Override
    public void close() {
        delete(path);
    }

    /**
     * Deletes {@code dir} and everything in it; nothing when it does not exist.
     *
     * @throws UncheckedIOException naming the folder when a file cannot be deleted
     */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
