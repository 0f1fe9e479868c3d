package dev.marsad.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The sources of a data folder, kept in {@code <data>/sources.json} in the format of {@link
 * SourceList}: what {@code marsad run} crawls and {@code marsad sources} edits.
 *
 * <p>Every change is written atomically (a temporary file, synced, then moved over the old one), so
 * a reader in another process sees the old list or the new one, never part of one; changes from
 * several processes are serialised by a lock on {@code sources.json.lock}. {@link #sources()}
 * re-parses the file only when its bytes have changed, so a running crawl can call it at every turn
 * and picks up a source that another process has just added. Use one registry per file in a process.
 */
public final class SourceRegistry {

    /** The registry's file name inside a data folder. */
    public static final String FILE_NAME = "sources.json";

    /** What {@link #merge} did with each incoming source, by id. */
    public record Merged(List<String> added, List<String> extended, List<String> unchanged) {
        public Merged {
            added = List.copyOf(added);
            extended = List.copyOf(extended);
            unchanged = List.copyOf(unchanged);
        }
    }

    private final Path file;
    private byte[] lastBytes = new byte[0];
    private SourceList lastList = new SourceList(List.of());

    /** The registry kept in {@code file}; nothing is read or written until asked. */
    public SourceRegistry(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The registry of a data folder: {@code <dataDir>/sources.json}. */
    public static SourceRegistry inDataFolder(Path dataDir) {
        return new SourceRegistry(dataDir.resolve(FILE_NAME));
    }

    /** The file the sources are kept in. */
    public Path file() {
        return file;
    }

    /**
     * The sources as the file holds them now; an empty list when it does not exist yet.
     *
     * @throws IllegalArgumentException naming the file and the entry when it is malformed
     * @throws UncheckedIOException when it cannot be read
     */
    public synchronized SourceList read() {
        byte[] bytes = bytesOnDisk();
        if (!Arrays.equals(bytes, lastBytes)) {
            lastList = bytes.length == 0 ? new SourceList(List.of()) : SourceList.parse(bytes, file);
            lastBytes = bytes;
        }
        return lastList;
    }

    /** {@link #read()}'s sources: the supplier a {@link ContinuousCrawl} calls at every turn. */
    public List<Source> sources() {
        return read().sources();
    }

    /**
     * Adds {@code source}.
     *
     * @throws IllegalArgumentException when a source with its id is already registered
     */
    public void add(Source source) {
        update(list -> {
            if (list.find(source.id()).isPresent())
                throw new IllegalArgumentException("a source with id '" + source.id() + "' is already in " + file);
            List<Source> sources = new ArrayList<>(list.sources());
            sources.add(source);
            return new SourceList(sources);
        });
    }

    /**
     * Removes the source with id {@code id} and returns it.
     *
     * @throws IllegalArgumentException naming the known ids when there is no such source
     */
    public Source remove(String id) {
        List<Source> removed = new ArrayList<>();
        update(list -> {
            Source source = list.find(id)
                    .orElseThrow(() -> new IllegalArgumentException("no source with id '" + id + "' in " + file
                            + " (known: "
                            + String.join(
                                    ", ",
                                    list.sources().stream().map(Source::id).toList())
                            + ")"));
            removed.add(source);
            return new SourceList(
                    list.sources().stream().filter(s -> s != source).toList());
        });
        return removed.getFirst();
    }

    /**
     * Merges {@code incoming} into the registry (an import): a source with a new id is added; one
     * whose id is known gives the registered source the feeds, sitemaps and start pages it lacks
     * (its name and delay stay as registered).
     */
    public Merged merge(List<Source> incoming) {
        List<String> added = new ArrayList<>();
        List<String> extended = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        update(list -> {
            added.clear();
            extended.clear();
            unchanged.clear();
            List<Source> sources = new ArrayList<>(list.sources());
            for (Source source : incoming) {
                int at = indexOf(sources, source.id());
                if (at < 0) {
                    sources.add(source);
                    added.add(source.id());
                    continue;
                }
                Source joined = join(sources.get(at), source);
                (joined.equals(sources.get(at)) ? unchanged : extended).add(source.id());
                sources.set(at, joined);
            }
            return new SourceList(sources);
        });
        return new Merged(added, extended, unchanged);
    }

    private static int indexOf(List<Source> sources, String id) {
        for (int i = 0; i < sources.size(); i++) if (sources.get(i).id().equals(id)) return i;
        return -1;
    }

    /** {@code kept} with the listings of {@code more} that it lacks appended. */
    private static Source join(Source kept, Source more) {
        return new Source(
                kept.id(),
                kept.name(),
                union(kept.feeds(), more.feeds()),
                union(kept.sitemaps(), more.sitemaps()),
                union(kept.startPages(), more.startPages()),
                kept.delay());
    }

    private static List<URI> union(List<URI> a, List<URI> b) {
        var all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** Reads, changes and atomically rewrites the file, holding the cross-process lock throughout. */
    private synchronized void update(UnaryOperator<SourceList> change) {
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel lockChannel =
                            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = lockChannel.lock()) {
                byte[] before = bytesOnDisk();
                SourceList current = before.length == 0 ? new SourceList(List.of()) : SourceList.parse(before, file);
                write(change.apply(current).toJson());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update source file " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(byte[] json) throws IOException {
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), FILE_NAME + ".", ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(json);
                while (buffer.hasRemaining()) out.write(buffer);
                out.force(true); // the new list is on disk before it replaces the old one
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private byte[] bytesOnDisk() {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read source file " + file + ": " + e.getMessage(), e);
        }
    }
}
