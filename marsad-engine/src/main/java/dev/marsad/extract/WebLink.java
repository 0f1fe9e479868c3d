package dev.marsad.extract;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for links taken from crawled pages: a reader may follow an absolute http or https
 * URL with a host, and nothing else. Extraction applies it to every link of an article, and the
 * web layer again to what it serves.
 */
public final class WebLink {

    private WebLink() {}

    /**
     * {@code uri} when a reader may follow it. {@code javascript:alert(1)}, {@code data:text/html,…},
     * {@code vbscript:…}, {@code file:///etc/passwd}, {@code //host/path} and relative paths give
     * empty.
     */
    public static Optional<URI> of(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null || uri.getHost() == null) return Optional.empty();
        String lower = scheme.toLowerCase(Locale.ROOT);
        return lower.equals("http") || lower.equals("https") ? Optional.of(uri) : Optional.empty();
    }
}
