package dev.marsad.crawl;

import java.util.Locale;

/** What a fetched URL was for: a listing that yields article URLs, robots.txt, or an article page. */
enum DocumentKind {
    ROBOTS,
    FEED,
    SITEMAP,
    START_PAGE,
    PAGE;

    /** The lower-case name stored in the crawl database ("start-page"). */
    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
