package dev.marsad.crawl;

/**
 * What happens to a fetched page after it is safely stored: the pipeline (extract, analyze, index)
 * plugs in here. Called once per fetched article page, from one thread at a time, after the response
 * is in the WARC file. A thrown exception is recorded as a failure of that URL (stage "handle") and
 * the crawl goes on.
 */
@FunctionalInterface
public interface PageHandler {

    /**
     * Handles one page (status 2xx, body as received).
     *
     * @return whether the page was kept, and if not, why
     */
    PageVerdict handle(Page page);
}
