package dev.marsad.crawl;

import java.util.Locale;
import java.util.Optional;

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

    /** The kind whose {@link #label()} is {@code label} (ignoring case and surrounding blanks), if any. */
    static Optional<DocumentKind> ofLabel(String label) {
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        for (DocumentKind k : values()) if (k.label().equals(wanted)) return Optional.of(k);
        return Optional.empty();
    }
}
