package dev.marsad.demo;

import java.util.List;

/**
 * One fictional publisher: its name and how its site looks. Each implementation renders every
 * page of the site once, in its own layout, encoding and URL scheme.
 */
sealed interface PublisherSite permits AggregatorSite, JsonLdSite, LegacySite, SitemapSite {

    /** The site's template with the pieces of page it fills like the other sites. */
    SiteLayout layout();

    /** The publisher id, as article files name it. */
    default String id() {
        return layout().siteId();
    }

    /** The name its pages show. */
    default String name() {
        return layout().name();
    }

    /**
     * The path (with query, if the site uses one) of an article.
     *
     * @param number a number unique within the site, stable across starts
     */
    String articlePath(CorpusEntry entry, int number);

    /** Renders the whole site for the articles of this publisher. */
    RenderedSite render(SiteArticles articles);

    /** Paths of its feeds, relative to the base URI, possibly none. */
    List<String> feedPaths();

    /** Paths of its news sitemaps; most sites have none. */
    default List<String> sitemapPaths() {
        return List.of();
    }

    /** Paths of the pages a crawler may start from: the home page, and section pages where a site has no feed. */
    default List<String> startPaths(SiteArticles site) {
        return List.of(layout().homePath());
    }
}
