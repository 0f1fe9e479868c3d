package dev.marsad.crawl;

/**
 * Where a URL stands in the crawl. Every URL of the frontier ends a run in one of the final states
 * (all but {@link #PENDING}), stored with the stage and the reason.
 */
public enum UrlState {
    /** Discovered, not yet fetched (or a transient failure waiting for a retry). */
    PENDING,
    /** Fetched and handed to the page handler, which accepted it. */
    FETCHED,
    /** The server answered 304 Not Modified to a conditional request. */
    UNCHANGED,
    /** The URL redirects to a URL that is crawled under its own entry. */
    REDIRECTED,
    /** Deliberately not kept: robots.txt, size limit, or the page handler's verdict. */
    REJECTED,
    /** Could not be fetched or handled: network, HTTP error, handler crash. */
    FAILED
}
