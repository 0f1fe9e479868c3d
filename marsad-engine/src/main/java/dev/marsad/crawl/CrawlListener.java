package dev.marsad.crawl;

/**
 * Receives {@link CrawlEvent}s while a crawl runs, from the crawl's worker threads (possibly several
 * at once): implementations must be thread-safe and quick.
 */
@FunctionalInterface
public interface CrawlListener {

    /** Does nothing. */
    CrawlListener NONE = event -> {};

    /**
     * Receives one event. Must not throw: an exception stops the crawl thread that delivered it (the
     * URLs it had not finished stay pending for the next run).
     */
    void onEvent(CrawlEvent event);
}
