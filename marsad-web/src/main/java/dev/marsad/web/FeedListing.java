package dev.marsad.web;

import dev.marsad.index.IndexedArticle;
import java.util.List;
import java.util.Objects;

/**
 * A listing as its feeds show it: what it is called, the page it is the feed of, and its latest
 * articles. Any listing page (home, tag, section, publisher, search, and the entity, story and
 * storyline pages) makes one of these and hands it to {@link Feeds#register}.
 *
 * @param title what the listing is ("كاراباخ"); the site's name is added to the feed's title
 * @param pagePath the listing's page on the site ("/tag/karabakh"), the feeds' alternate link
 * @param query the page's query string when it is part of the listing ("q=…" for a search), else ""
 * @param articles the latest articles, newest first
 */
record FeedListing(String title, String pagePath, String query, List<IndexedArticle> articles) {

    FeedListing {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pagePath, "pagePath");
        Objects.requireNonNull(query, "query");
        if (!pagePath.startsWith("/"))
            throw new IllegalArgumentException("feed page path must start with '/': " + pagePath);
        articles = List.copyOf(articles);
    }

    /** A listing whose page has no query string. */
    FeedListing(String title, String pagePath, List<IndexedArticle> articles) {
        this(title, pagePath, "", articles);
    }

    /** The feed's own path and query in {@code format}. */
    String feedPath(FeedFormat format) {
        return withQuery(format.path(pagePath));
    }

    /** The page's path and query. */
    String pageHref() {
        return withQuery(pagePath);
    }

    private String withQuery(String path) {
        return query.isEmpty() ? path : path + "?" + query;
    }
}
