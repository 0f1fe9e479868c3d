package dev.marsad.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One publisher to crawl: where its article URLs are discovered and how politely to fetch them.
 *
 * <p>At least one of {@code feeds}, {@code sitemaps} and {@code startPages} is non-empty.
 *
 * @param id a short stable identifier ("alosboa"), letters, digits, '-' and '_'
 * @param name the publisher's display name ("الأسبوع")
 * @param feeds RSS 2.0, Atom or JSON Feed URLs
 * @param sitemaps sitemap, sitemap index or Google news sitemap URLs
 * @param startPages section pages whose same-host links are queued (depth 1)
 * @param delay the minimum pause between two requests to one of this source's hosts
 */
public record Source(
        String id, String name, List<URI> feeds, List<URI> sitemaps, List<URI> startPages, Duration delay) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(delay, "delay");
        if (!id.matches("[A-Za-z0-9_-]+"))
            throw new IllegalArgumentException("source id '" + id + "' must use only letters, digits, '-' and '_'");
        if (name.isBlank()) throw new IllegalArgumentException("source " + id + ": blank name");
        if (delay.isNegative()) throw new IllegalArgumentException("source " + id + ": negative delay " + delay);
        feeds = List.copyOf(feeds);
        sitemaps = List.copyOf(sitemaps);
        startPages = List.copyOf(startPages);
        if (feeds.isEmpty() && sitemaps.isEmpty() && startPages.isEmpty())
            throw new IllegalArgumentException(
                    "source " + id + ": needs at least one of feeds, sitemaps or startPages");
        for (List<URI> uris : List.of(feeds, sitemaps, startPages)) {
            for (URI uri : uris) requireHttp(id, uri);
        }
    }

    /**
     * An id for a source derived from a URL's host: lower case, a leading "www." dropped, every run of
     * other characters than letters and digits made one '-', and the port appended when the URL names
     * one. {@code https://www.Example.com/news} → "example-com"; {@code http://127.0.0.1:8181/} →
     * "127-0-0-1-8181".
     *
     * @throws IllegalArgumentException when {@code url} has no host
     */
    public static String idFor(URI url) {
        String host = url.getHost();
        if (host == null) throw new IllegalArgumentException("'" + url + "' has no host to name a source after");
        String id = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        if (url.getPort() >= 0) id += "-" + url.getPort();
        id = id.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "source" : id;
    }

    /** Every feed, sitemap and start page of this source, in that order: what its schedule polls. */
    List<ListingUrl> listings() {
        List<ListingUrl> listings = new ArrayList<>();
        feeds.forEach(u -> listings.add(new ListingUrl(id, u, DocumentKind.FEED)));
        sitemaps.forEach(u -> listings.add(new ListingUrl(id, u, DocumentKind.SITEMAP)));
        startPages.forEach(u -> listings.add(new ListingUrl(id, u, DocumentKind.START_PAGE)));
        return listings;
    }

    private static void requireHttp(String id, URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null
                || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null)
            throw new IllegalArgumentException("source " + id + ": '" + uri + "' is not an absolute http(s) URL");
    }
}
