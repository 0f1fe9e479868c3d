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
     * @param leftOut how many items the listing had beyond the item limit ({@link
     *     CrawlConfig#maxListingItems()}), left out
     */
    record Found(List<Discovered> articles, List<URI> sitemaps, Optional<String> title, int leftOut)
            implements Listing {
        public Found {
            articles = List.copyOf(articles);
            sitemaps = List.copyOf(sitemaps);
            title = title.map(String::strip).filter(t -> !t.isEmpty());
            if (leftOut < 0) throw new IllegalArgumentException("leftOut must be >= 0, got " + leftOut);
        }

        /** A listing without a title of its own. */
        Found(List<Discovered> articles, List<URI> sitemaps) {
            this(articles, sitemaps, Optional.empty(), 0);
        }

        /** A listing within the item limit. */
        Found(List<Discovered> articles, List<URI> sitemaps, Optional<String> title) {
            this(articles, sitemaps, title, 0);
        }

        /** This listing with at most {@code limit} articles and {@code limit} child sitemaps; the rest is counted as left out. */
        Found limitedTo(int limit) {
            int over = Math.max(0, articles.size() - limit) + Math.max(0, sitemaps.size() - limit);
            if (over == 0) return this;
            return new Found(
                    articles.subList(0, Math.min(limit, articles.size())),
                    sitemaps.subList(0, Math.min(limit, sitemaps.size())),
                    title,
                    leftOut + over);
        }
    }

    /** The document could not be read as a listing; {@code detail} names it and the problem. */
    record Broken(String detail) implements Listing {
        public Broken {
            Objects.requireNonNull(detail, "detail");
        }
    }
}
