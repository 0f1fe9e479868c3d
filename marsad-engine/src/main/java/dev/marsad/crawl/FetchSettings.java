package dev.marsad.crawl;

import java.time.Duration;
import java.util.Objects;

/** The HTTP side of {@link CrawlConfig}: what {@link HttpFetcher} needs. */
record FetchSettings(String userAgent, Duration connectTimeout, Duration readTimeout, int maxBodyBytes) {

    FetchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
    }
}
