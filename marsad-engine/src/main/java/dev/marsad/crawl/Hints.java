package dev.marsad.crawl;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a feed or news sitemap said about an article before it was fetched: its title and
 * publication time. Kept in the frontier and in the page's WARC record as hints for later stages;
 * never trusted over the page.
 *
 * @param title the listing's title of the article, stripped, absent when blank
 * @param published the listing's publication time
 */
public record Hints(Optional<String> title, Optional<Instant> published) {

    /** No hints: a URL given directly or found on a start page. */
    public static final Hints NONE = new Hints(Optional.empty(), Optional.empty());

    public Hints {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        title = title.map(String::strip).filter(t -> !t.isEmpty());
    }
}
