package dev.marsad.media;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * The picture cache in the data folder ({@code images/}): content-addressed scaled copies, and for
 * each source URL a small record saying which picture it gave (or why it gave none). It survives
 * restarts, and its copies are bounded in size: past {@link #maxBytes()} the oldest copies go.
 *
 * <pre>
 * images/files/3f/3fa…9c-320.jpg      a copy: SHA-256 of the fetched bytes, width, format
 * images/sources/a1/a1b…07.json       the record of one source URL (named by the SHA-256 of the URL)
 * </pre>
 *
 * <p>Files are written to a temporary name and moved into place, so a reader in another process
 * (the web server of {@code marsad serve}) never sees half a file. Thread-safe.
 */
public final class ImageStore {

    /** How large the copies may grow by default: 512 MB, about 20,000 articles' pictures. */
    public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

    /** When the copies grow past the bound, the oldest go until they fill this share of it. */
    private static final double EVICT_TO = 0.9;

    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final Path files;
    private final Path sources;
    private final long maxBytes;
    private long bytes = -1; // the copies' total size, counted at the first write

    private ImageStore(Path root, long maxBytes) {
        this.files = root.resolve("files");
        this.sources = root.resolve("sources");
        this.maxBytes = maxBytes;
    }

    /**
     * The cache in {@code root} (created on the first write), its copies bounded by {@code maxBytes}.
     *
     * @throws IllegalArgumentException when maxBytes is not positive
     */
    public static ImageStore open(Path root, long maxBytes) {
        Objects.requireNonNull(root, "root");
        if (maxBytes < 1) throw new IllegalArgumentException("image cache bound must be positive, got " + maxBytes);
        return new ImageStore(root, maxBytes);
    }

    /** The cache in {@code root} with the {@link #DEFAULT_MAX_BYTES} bound. */
    public static ImageStore open(Path root) {
        return open(root, DEFAULT_MAX_BYTES);
    }

    /** The bound on the copies' total size, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The picture {@code source} gave, when it was stored and its copies are still here; empty when
     * it was never fetched, was refused, or its copies were evicted.
     */
    public Optional<StoredImage> find(URI source) {
        return readRecord(source)
                .flatMap(SourceRecord::image)
                .filter(image -> isWhole(image.fileName(image.widths().getFirst())));
    }

    /**
     * Whether {@code source} was fetched recently enough not to fetch it again: stored (a picture at a
     * URL is taken not to change; a new picture comes with a new URL), or refused less than {@code
     * retryAfter} before {@code now}. A stored picture with a copy that is not whole ({@link
     * CopyIntegrity}) is not settled: fetched again, its copies are written anew.
     */
    public boolean isSettled(URI source, Duration retryAfter, Instant now) {
        return readRecord(source)
                .map(r -> r.image()
                        .map(image -> !hasDamagedCopy(image))
                        .orElseGet(() -> r.at().plus(retryAfter).isAfter(now)))
                .orElse(false);
    }

    /** Whether a copy of {@code image} is here but not whole (an evicted copy is no damage). */
    private boolean hasDamagedCopy(StoredImage image) {
        return image.widths().stream()
                .map(image::fileName)
                .anyMatch(name -> Files.exists(copyPath(name)) && !isWhole(name));
    }

    /**
     * The copy named {@code fileName} ({@code <hash>-<width>.<jpg|png>}), when it is here; any other
     * name (a path, another extension) is none, and so is a copy that is not whole ({@link
     * CopyIntegrity}), so that a damaged file is never served.
     */
    public Optional<Path> file(String fileName) {
        if (!StoredImage.FILE_NAME.matcher(fileName).matches()) return Optional.empty();
        return isWhole(fileName) ? Optional.of(copyPath(fileName)) : Optional.empty();
    }

    /** Whether the copy named {@code fileName} (a valid copy name) is here and whole. */
    private boolean isWhole(String fileName) {
        Path path = copyPath(fileName);
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
        return Files.isRegularFile(path) && CopyIntegrity.isWhole(path, StoredImage.Format.ofExtension(extension));
    }

    /**
     * Scales the picture fetched from {@code source} to the widths of {@code kind}, keeps the copies
     * (once per picture, whatever its URL) and records what {@code source} gave.
     *
     * @throws ImageRejected when the bytes are no picture that may be kept (see {@link ImageScaler})
     * @throws UncheckedIOException when the cache cannot be written
     */
    public StoredImage put(URI source, byte[] original, ImageKind kind, Instant now) throws ImageRejected {
        String hash = sha256(original);
        ImageScaler.Scaled scaled = ImageScaler.scale(original, kind, source.toString());
        var image = new StoredImage(
                source,
                hash,
                scaled.width(),
                scaled.height(),
                List.copyOf(scaled.copies().keySet()),
                kind.format(),
                now);
        synchronized (this) {
            for (Map.Entry<Integer, byte[]> copy : scaled.copies().entrySet())
                writeCopy(image.fileName(copy.getKey()), copy.getValue());
            writeRecord(source, SourceRecord.of(image));
            evictIfFull();
        }
        return image;
    }

    /** Records that {@code source} gave no picture, and why, so it is not fetched again at once. */
    synchronized void putRefusal(URI source, String reason, Instant now) {
        writeRecord(source, new SourceRecord(source.toString(), null, 0, 0, null, null, now.toString(), reason));
    }

    /** The copies' total size in bytes, as last counted or written. */
    public synchronized long sizeBytes() {
        return countedBytes();
    }

    // ---- files ----

    private Path copyPath(String fileName) {
        return files.resolve(fileName.substring(0, 2)).resolve(fileName);
    }

    private Path recordPath(URI source) {
        String key = sha256(source.toString().getBytes(StandardCharsets.UTF_8));
        return sources.resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    private void writeCopy(String fileName, byte[] content) {
        Path path = copyPath(fileName);
        if (isWhole(fileName)) {
            touch(path); // the same picture again: keep it as if new, it is in use
            return;
        }
        long damaged = sizeOrZero(path); // a copy that is not whole is replaced
        writeAtomically(path, content);
        bytes = countedBytes() - damaged + content.length;
    }

    private static long sizeOrZero(Path path) {
        try {
            return Files.isRegularFile(path) ? Files.size(path) : 0;
        } catch (IOException e) {
            return 0; // gone meanwhile
        }
    }

    private Optional<SourceRecord> readRecord(URI source) {
        Path path = recordPath(source);
        try {
            SourceRecord record = JSON.readValue(Files.readAllBytes(path), SourceRecord.class);
            return record.source().equals(source.toString()) ? Optional.of(record) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            // a record cut short by a crash, or edited by hand: as if never fetched
            return Optional.empty();
        }
    }

    private void writeRecord(URI source, SourceRecord record) {
        try {
            writeAtomically(recordPath(source), JSON.writeValueAsBytes(record));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the image record of " + source, e);
        }
    }

    /**
     * Writes {@code content} to a temporary file beside {@code path}, forces it to the device and
     * then moves it into place: a crash or a failed write leaves either the old file or the whole new
     * one (never a renamed file whose content the device has not written yet), and a failed write
     * leaves no temporary file behind.
     */
    private static void writeAtomically(Path path, byte[] content) {
        Path temp = null;
        try {
            Files.createDirectories(path.getParent());
            temp = Files.createTempFile(path.getParent(), ".part-", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) channel.write(buffer);
                channel.force(false);
            }
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp, e);
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path temp, IOException cause) {
        if (temp == null) return;
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private static void touch(Path path) {
        try {
            Files.setLastModifiedTime(path, FileTime.from(Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot touch " + path + ": " + e.getMessage(), e);
        }
    }

    // ---- the bound ----

    private long countedBytes() {
        if (bytes < 0) bytes = copies().stream().mapToLong(Copy::size).sum();
        return bytes;
    }

    /** Deletes the oldest copies (by last write) until they fill {@link #EVICT_TO} of the bound. */
    private void evictIfFull() {
        if (countedBytes() <= maxBytes) return;
        List<Copy> oldestFirst = new ArrayList<>(copies());
        oldestFirst.sort(Comparator.comparing(Copy::modified));
        long target = (long) (maxBytes * EVICT_TO);
        long total = oldestFirst.stream().mapToLong(Copy::size).sum();
        for (Copy c : oldestFirst) {
            if (total <= target) break;
            try {
                Files.deleteIfExists(c.path());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot evict " + c.path() + ": " + e.getMessage(), e);
            }
            total -= c.size();
        }
        bytes = total;
    }

    private record Copy(Path path, long size, FileTime modified) {}

    private List<Copy> copies() {
        if (!Files.isDirectory(files)) return List.of();
        try (Stream<Path> walk = Files.walk(files)) {
            List<Copy> result = new ArrayList<>();
            for (Path p : (Iterable<Path>) walk::iterator) {
                Matcher m = StoredImage.FILE_NAME.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p))
                    result.add(new Copy(p, Files.size(p), Files.getLastModifiedTime(p)));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the image cache " + files + ": " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /**
     * What one source URL gave, as kept on disk: the picture's fields, or the refusal's reason.
     * Jackson reads and writes it; absent fields are null on disk only.
     */
    record SourceRecord(
            String source,
            String hash,
            int width,
            int height,
            List<Integer> widths,
            String format,
            String storedAt,
            String refused) {

        static SourceRecord of(StoredImage image) {
            return new SourceRecord(
                    image.source().toString(),
                    image.hash(),
                    image.width(),
                    image.height(),
                    image.widths(),
                    image.format().extension(),
                    image.storedAt().toString(),
                    null);
        }

        Instant at() {
            return Instant.parse(storedAt);
        }

        Optional<StoredImage> image() {
            if (refused != null || hash == null || widths == null || format == null) return Optional.empty();
            try {
                return Optional.of(new StoredImage(
                        URI.create(source), hash, width, height, widths, StoredImage.Format.ofExtension(format), at()));
            } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
                return Optional.empty(); // a record edited by hand: as if never fetched
            }
        }
    }
}
