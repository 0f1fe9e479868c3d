package dev.marsad.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Puts URLs in one canonical form so an article is not fetched twice under trivial variants:
 * lower-case scheme and host, default port dropped, dot segments resolved, fragment dropped,
 * percent-encoding made uniform (crawler-commons {@link BasicURLNormalizer}) and common tracking
 * parameters removed. Only http and https URLs are kept.
 */
final class UrlNormalizer {

    /** Query parameters that only track a click and never change the article served. */
    static final List<String> TRACKING_PARAMETERS =
            List.of("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "fbclid", "gclid");

    private final BasicURLNormalizer normalizer = BasicURLNormalizer.newBuilder()
            .queryParamsToRemove(TRACKING_PARAMETERS)
            .build();

    /** The canonical form of {@code url}, or empty when it is not an absolute http(s) URL. */
    Optional<URI> normalize(String url) {
        if (url == null || url.isBlank()) return Optional.empty();
        String filtered;
        try {
            filtered = normalizer.filter(url.strip());
        } catch (IndexOutOfBoundsException e) {
            // crawler-commons reads past the end of some query strings ending in ';' (found by fuzzing)
            return Optional.empty();
        }
        if (filtered == null) return Optional.empty();
        try {
            URI uri = new URI(filtered);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) return Optional.empty();
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The canonical form of a URI, or empty when it is not an absolute http(s) URL. */
    Optional<URI> normalize(URI uri) {
        return normalize(uri.toString());
    }

    /** The politeness key of a URL: scheme, host and port ("http://127.0.0.1:8080"). */
    static String hostKey(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
