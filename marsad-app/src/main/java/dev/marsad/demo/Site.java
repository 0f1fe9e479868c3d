package dev.marsad.demo;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One running demo publisher.
 *
 * @param id the publisher id used in the sources file ("nafitha")
 * @param name the publisher's name as its pages show it ("نافذة العرب")
 * @param base the base URI of its server, ending in '/' ("http://127.0.0.1:41234/")
 * @param feeds its RSS or Atom feeds, possibly none
 * @param sitemaps its news sitemaps, possibly none
 * @param startPages pages a crawler may start from (home and section pages)
 * @param nonArticlePages pages served with status 200 that are no articles and must not be indexed
 *     as such: home, sections, "about", a soft 404
 * @param disallowedPages pages that the site's robots.txt closes to every crawler; a polite crawl
 *     never fetches them
 */
public record Site(
        String id,
        String name,
        URI base,
        List<URI> feeds,
        List<URI> sitemaps,
        List<URI> startPages,
        List<URI> nonArticlePages,
        List<URI> disallowedPages) {

    public Site {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(base, "base");
        feeds = List.copyOf(feeds);
        sitemaps = List.copyOf(sitemaps);
        startPages = List.copyOf(startPages);
        nonArticlePages = List.copyOf(nonArticlePages);
        disallowedPages = List.copyOf(disallowedPages);
    }

    /** The robots.txt of this site. */
    public URI robots() {
        return base.resolve("robots.txt");
    }
}
