package dev.marsad.crawl;

import java.util.Locale;

/** The step of the crawl in which a URL reached its final state; stored with the reason. */
enum Stage {
    /** robots.txt allowed or refused the URL. */
    ROBOTS,
    /** The HTTP exchange itself (network, status, size, redirects). */
    FETCH,
    /** Writing the WARC record. */
    STORE,
    /** Parsing a feed, sitemap or start page for links. */
    DISCOVER,
    /** The page handler (extraction and everything after it). */
    HANDLE;

    /** The lower-case name stored in the crawl database. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
