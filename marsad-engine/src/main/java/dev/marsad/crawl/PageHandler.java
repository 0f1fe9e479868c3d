package dev.marsad.crawl;

/**
 * What happens to a fetched page after it is safely archived: the ingest pipeline plugs in here.
 * Called once per fetched article page, possibly from several threads at once (one per host), after
 * the response is in the WARC file. A thrown exception is recorded as a failure of that URL (stage
 * "handle") and the crawl goes on.
 */
@FunctionalInterface
public interface PageHandler {

    /**
     * Handles one page (status 2xx, body as received). An {@link PageVerdict.Accepted} verdict means
     * the page is durable in the store: the crawl records the URL as done only then.
     *
     * @return whether the page was kept, and if not, which stage rejected it and why
     */
    PageVerdict handle(Capture capture) throws InterruptedException;
}
