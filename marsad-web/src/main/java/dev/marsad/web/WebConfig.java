package dev.marsad.web;

import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How the reader site presents itself.
 *
 * @param siteName the name shown in the header, page titles and the feed
 * @param publicUri the address readers use (behind a proxy, say); feeds and the sitemap link to it.
 *     When empty, the server's own address is used
 * @param zone the time zone in which dates are shown and stories are split into days
 * @param pageSize how many stories or articles a listing page shows, 1 to 100
 * @param limits what one client may ask of the server: request rate, searches at once, trusted
 *     proxies
 */
public record WebConfig(String siteName, Optional<URI> publicUri, ZoneId zone, int pageSize, AccessLimits limits) {

    /** The site name used by {@link #defaults()}: "مرصد". */
    static final String DEFAULT_SITE_NAME = "\u0645\u0631\u0635\u062F";

    /** Listing length by default: enough to fill a phone screen three times over. */
    static final int DEFAULT_PAGE_SIZE = 20;

    /** The longest listing page a configuration may ask for. */
    static final int MAX_PAGE_SIZE = 100;

    public WebConfig {
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(publicUri, "publicUri");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(limits, "limits");
        if (siteName.isBlank()) throw new IllegalArgumentException("web config: blank site name");
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE)
            throw new IllegalArgumentException(
                    "web config: page size must be 1 to " + MAX_PAGE_SIZE + ", got " + pageSize);
        publicUri.ifPresent(u -> {
            if (!u.isAbsolute())
                throw new IllegalArgumentException("web config: public URI '" + u + "' is not absolute");
        });
    }

    /** A configuration with the default {@link AccessLimits}. */
    public WebConfig(String siteName, Optional<URI> publicUri, ZoneId zone, int pageSize) {
        this(siteName, publicUri, zone, pageSize, AccessLimits.defaults());
    }

    /**
     * The site "مرصد" in UTC, 20 items per page, linking to the server's own address, with the
     * default {@link AccessLimits}.
     */
    public static WebConfig defaults() {
        return new WebConfig(DEFAULT_SITE_NAME, Optional.empty(), ZoneId.of("UTC"), DEFAULT_PAGE_SIZE);
    }

    /** This configuration with another public address. */
    public WebConfig withPublicUri(URI uri) {
        return new WebConfig(siteName, Optional.of(uri), zone, pageSize, limits);
    }

    /** This configuration with other access limits. */
    public WebConfig withLimits(AccessLimits newLimits) {
        return new WebConfig(siteName, publicUri, zone, pageSize, newLimits);
    }
}
