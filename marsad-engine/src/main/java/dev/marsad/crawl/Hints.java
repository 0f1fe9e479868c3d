package dev.marsad.crawl;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a feed or news sitemap said about an article before it was fetched: its title and
 * publication time. Kept in the frontier as hints for later stages; never trusted over the page.
 */
record Hints(Optional<String> title, Optional<Instant> published) {

    static final Hints NONE = new Hints(Optional.empty(), Optional.empty());

    Hints {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        title = title.map(String::strip).filter(t -> !t.isEmpty());
    }
}
