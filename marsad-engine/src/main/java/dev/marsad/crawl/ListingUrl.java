package dev.marsad.crawl;

import java.net.URI;
import java.util.Objects;

/**
 * One feed, sitemap or start page of a source, as its poll schedule knows it.
 *
 * @param kind {@link DocumentKind#FEED}, {@link DocumentKind#SITEMAP} or {@link DocumentKind#START_PAGE}
 */
record ListingUrl(String sourceId, URI url, DocumentKind kind) {

    ListingUrl {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        if (kind == DocumentKind.PAGE || kind == DocumentKind.ROBOTS)
            throw new IllegalArgumentException(kind + " is not a listing: " + url);
    }
}
