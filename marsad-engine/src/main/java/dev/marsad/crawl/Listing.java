package dev.marsad.crawl;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/** What a feed, sitemap or start page yielded: article URLs (and child sitemaps), or why nothing. */
sealed interface Listing {

    /** The article URLs found and, for a sitemap index, the sitemaps it lists. */
    record Found(List<Discovered> articles, List<URI> sitemaps) implements Listing {
        public Found {
            articles = List.copyOf(articles);
            sitemaps = List.copyOf(sitemaps);
        }
    }

    /** The document could not be read as a listing; {@code detail} names it and the problem. */
    record Broken(String detail) implements Listing {
        public Broken {
            Objects.requireNonNull(detail, "detail");
        }
    }
}
