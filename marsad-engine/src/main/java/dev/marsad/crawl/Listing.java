package dev.marsad.crawl;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a feed, sitemap or start page yielded: article URLs (and child sitemaps), or why nothing. */
sealed interface Listing {

    /**
     * The article URLs found and, for a sitemap index, the sitemaps it lists.
     *
     * @param title the listing's own title (a feed's), when it has one
     */
    record Found(List<Discovered> articles, List<URI> sitemaps, Optional<String> title) implements Listing {
        public Found {
            articles = List.copyOf(articles);
            sitemaps = List.copyOf(sitemaps);
            title = title.map(String::strip).filter(t -> !t.isEmpty());
        }

        /** A listing without a title of its own. */
        Found(List<Discovered> articles, List<URI> sitemaps) {
            this(articles, sitemaps, Optional.empty());
        }
    }

    /** The document could not be read as a listing; {@code detail} names it and the problem. */
    record Broken(String detail) implements Listing {
        public Broken {
            Objects.requireNonNull(detail, "detail");
        }
    }
}
