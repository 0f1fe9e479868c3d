package dev.marsad.crawl;

/**
 * Receives {@link CrawlEvent}s while a crawl runs, from the crawl's worker threads (possibly several
 * at once): implementations must be thread-safe and quick.
 */
@FunctionalInterface
public interface CrawlListener {

    /** Does nothing. */
    CrawlListener NONE = event -> {};

    void onEvent(CrawlEvent event);
}
