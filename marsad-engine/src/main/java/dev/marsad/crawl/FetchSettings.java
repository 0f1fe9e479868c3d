package dev.marsad.crawl;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The HTTP side of {@link CrawlConfig}: what {@link HttpFetcher} needs.
 *
 * @param allowedAddresses the special (private, loopback, …) addresses that may be fetched nonetheless
 */
record FetchSettings(
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        int maxBodyBytes,
        List<AddressRange> allowedAddresses) {

    FetchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        allowedAddresses = List.copyOf(allowedAddresses);
        if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
    }
}
