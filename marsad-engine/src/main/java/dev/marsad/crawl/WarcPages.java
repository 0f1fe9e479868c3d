package dev.marsad.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTTP responses of a WARC file back as {@link Page}s: Marsad's own captures and existing
 * archives alike, plain ({@code .warc}) or gzip-compressed ({@code .warc.gz}).
 *
 * <p>Only {@code response} records holding an HTTP response become pages; warcinfo, request,
 * metadata, revisit and non-HTTP records are skipped. Every response is returned, whatever its
 * status or media type (3xx, 404, robots.txt …): callers filter on {@link Page#status()} and {@link
 * Page#mediaType()}. Bodies are returned as stored, with any Content-Encoding (gzip, deflate, br)
 * undone; no charset decoding happens here. {@link Page#fetchedAt()} is the record's WARC-Date, to
 * the second.
 *
 * <pre>{@code
 * try (WarcPages pages = WarcPages.open(file)) {
 *     for (Page page : pages) if (page.status() == 200) handler.handle(page);
 * }
 * }</pre>
 */
public final class WarcPages implements Iterable<Page>, AutoCloseable {

    private final Path file;
    private final WarcReader reader;
    private boolean iterated;

    private WarcPages(Path file, WarcReader reader) {
        this.file = file;
        this.reader = reader;
    }

    /**
     * Opens a WARC file for reading.
     *
     * @throws UncheckedIOException naming the file when it cannot be opened or is not a WARC file
     */
    public static WarcPages open(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return new WarcPages(file, new WarcReader(file));
        } catch (IOException | IllegalArgumentException e) {
            throw new UncheckedIOException(
                    "cannot open WARC file " + file + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    /**
     * The pages in file order. May be iterated once; a record that cannot be read ends the iteration
     * with an {@link UncheckedIOException} naming the file and the record offset.
     */
    @Override
    public Iterator<Page> iterator() {
        if (iterated) throw new IllegalStateException("WarcPages of " + file + " can be iterated only once");
        iterated = true;
        return new Iterator<>() {
            private Page next;
            private boolean ended;

            @Override
            public boolean hasNext() {
                if (next == null && !ended) {
                    next = advance();
                    ended = next == null;
                }
                return next != null;
            }

            @Override
            public Page next() {
                if (!hasNext()) throw new NoSuchElementException("no more pages in " + file);
                Page page = next;
                next = null;
                return page;
            }
        };
    }

    /** The next page, or null at the end of the file. */
    private Page advance() {
        long position = reader.position();
        try {
            Optional<WarcRecord> record;
            while ((record = reader.next()).isPresent()) {
                position = record.get().position();
                Optional<Page> page = toPage(record.get());
                if (page.isPresent()) return page.get();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(
                    "cannot read WARC record at offset " + position + " of " + file + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static Optional<Page> toPage(WarcRecord record) throws IOException {
        if (!(record instanceof WarcResponse response)) return Optional.empty();
        if (!response.contentType().base().equals(org.netpreserve.jwarc.MediaType.HTTP)) return Optional.empty();
        URI url = response.targetURI();
        if (url == null || url.getScheme() == null || !url.getScheme().startsWith("http")) return Optional.empty();
        HttpResponse http = response.http();
        byte[] body = http.bodyDecoded().stream().readAllBytes();
        Instant at = response.date();
        return Optional.of(new Page(url, http.status(), http.headers().map(), body, at));
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close WARC file " + file, e);
        }
    }
}
