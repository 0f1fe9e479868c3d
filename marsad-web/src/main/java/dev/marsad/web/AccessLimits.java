package dev.marsad.web;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What one client may ask of the server, so that no client can slow it for the others.
 *
 * @param requestsPerSecond search and API requests a client may make per second, sustained (0: no
 *     limit); past the limit it is answered 429 with Retry-After
 * @param burst requests a client may make at once before the rate applies
 * @param searches searches that run at once; more wait up to {@code searchWait} for their turn
 * @param expensiveSearches searches with prefixes, OR lists, phrases or deep pages that run at once
 *     (also counted in {@code searches}), so that such searches cannot take every turn
 * @param searchWait how long a search waits for its turn before it is answered 503 with
 *     Retry-After
 * @param trustedProxies addresses (IP literals, "127.0.0.1", "::1") of reverse proxies whose
 *     X-Forwarded-For header names the client; from any other address the header is ignored, since
 *     a client could send one to pass for many
 */
public record AccessLimits(
        double requestsPerSecond,
        int burst,
        int searches,
        int expensiveSearches,
        Duration searchWait,
        Set<String> trustedProxies) {

    /** A reader searches a few times a minute; a program reading the API a few times a second. */
    static final double DEFAULT_REQUESTS_PER_SECOND = 5;

    /** A page of results and its facet links clicked in a row. */
    static final int DEFAULT_BURST = 20;

    /** The longest a search waits for its turn. */
    static final Duration DEFAULT_SEARCH_WAIT = Duration.ofSeconds(1);

    public AccessLimits {
        Objects.requireNonNull(searchWait, "searchWait");
        trustedProxies = Set.copyOf(trustedProxies);
        if (!(requestsPerSecond >= 0) || Double.isInfinite(requestsPerSecond))
            throw new IllegalArgumentException(
                    "requests per second must be 0 (no limit) or more, got " + requestsPerSecond);
        if (burst < 1) throw new IllegalArgumentException("burst must be at least 1, got " + burst);
        if (searches < 1 || expensiveSearches < 1 || expensiveSearches > searches)
            throw new IllegalArgumentException("searches at once must be at least 1 and expensive ones 1 to " + searches
                    + ", got " + searches + " and " + expensiveSearches);
        if (searchWait.isNegative()) throw new IllegalArgumentException("search wait must not be negative");
    }

    /**
     * 5 requests a second with bursts of 20 per client, two searches per core at once (one of them
     * expensive), no trusted proxy.
     */
    public static AccessLimits defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new AccessLimits(
                DEFAULT_REQUESTS_PER_SECOND,
                DEFAULT_BURST,
                2 * cores,
                Math.max(1, cores / 2),
                DEFAULT_SEARCH_WAIT,
                Set.of());
    }

    /** These limits without a request rate (tests that call the server many times in a row). */
    public AccessLimits withoutRate() {
        return new AccessLimits(0, burst, searches, expensiveSearches, searchWait, trustedProxies);
    }

    /** These limits with another request rate and burst; a rate of 0 means no limit. */
    public AccessLimits withRate(double perSecond, int newBurst) {
        return new AccessLimits(perSecond, newBurst, searches, expensiveSearches, searchWait, trustedProxies);
    }

    /** These limits, reading the client from X-Forwarded-For when a request comes from one of {@code proxies}. */
    public AccessLimits withTrustedProxies(Set<String> proxies) {
        return new AccessLimits(requestsPerSecond, burst, searches, expensiveSearches, searchWait, proxies);
    }
}
