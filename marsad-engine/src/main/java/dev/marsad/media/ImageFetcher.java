package dev.marsad.media;

import dev.marsad.crawl.CrawlConfig;
import dev.marsad.crawl.Page;
import dev.marsad.crawl.PageFetcher;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * Fetches one picture into the {@link ImageStore} through the crawler's own fetcher: only absolute
 * http(s) URLs, the crawler's address guard on every redirect hop (no loopback, private or
 * link-local address unless the configuration allows it), its time limits and body limit. Then the
 * checks of the picture's {@link ImageKind}: a 200 answer, an image Content-Type of the kind, at most
 * its bytes, and a picture whose size the {@link ImageScaler} accepts before decoding it.
 *
 * <p>robots.txt is not asked: the page that names the picture was fetched within it, and a reader
 * would load the picture with the page. Thread-safe.
 */
public final class ImageFetcher implements AutoCloseable {

    private final PageFetcher fetcher;
    private final ImageStore store;
    private final Clock clock;

    /**
     * A fetcher with the fetch settings of {@code config}, storing into {@code store}.
     *
     * @throws IllegalStateException when the crawler's DNS pinning resolver is not installed
     */
    public ImageFetcher(CrawlConfig config, ImageStore store, Clock clock) {
        this.fetcher = new PageFetcher(Objects.requireNonNull(config, "config"));
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Fetches, checks, scales and stores the picture at {@code url}; a refusal is recorded in the
     * store too (so that it is not fetched again at once) and returned with its reason.
     *
     * @throws InterruptedException when interrupted; nothing is recorded
     */
    public ImageOutcome fetch(URI url, ImageKind kind) throws InterruptedException {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        try {
            Page page = fetcher.fetch(url);
            checkAnswer(page, kind);
            return new ImageOutcome.Stored(url, store.put(url, page.body(), kind, clock.instant()));
        } catch (ImageRejected | IllegalArgumentException | UncheckedIOException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            store.putRefusal(url, reason, clock.instant());
            return new ImageOutcome.Refused(url, reason);
        }
    }

    private static void checkAnswer(Page page, ImageKind kind) throws ImageRejected {
        if (page.status() != 200)
            throw new ImageRejected("HTTP " + page.status() + " from " + page.url() + ": no picture");
        String type = page.mediaType().orElse("");
        if (!kind.mediaTypes().contains(type.toLowerCase(Locale.ROOT)))
            throw new ImageRejected(page.url() + " answers Content-Type '" + type + "', not a picture of the kinds "
                    + kind.mediaTypes());
        if (page.byteCount() > kind.maxBytes())
            throw new ImageRejected(page.url() + " is " + page.byteCount() + " bytes, more than the " + kind.maxBytes()
                    + " a " + kind.name().toLowerCase(Locale.ROOT) + " may have");
    }

    /** The store the pictures go to. */
    ImageStore store() {
        return store;
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
