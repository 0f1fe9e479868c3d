package dev.marsad.crawl;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a {@link ContinuousCrawl} is doing at one moment, for a console and {@code /health}. Immutable.
 *
 * @param at when this snapshot was taken
 * @param startedAt when the crawl was created
 * @param sources how many sources it follows
 * @param sourcesDue how many of them have a listing due at {@code at}
 * @param listings how many feeds, sitemaps and start pages they have
 * @param listingsDue how many of those are due at {@code at} (never polled, or past their next poll)
 * @param nextDue when the next listing is due: {@code at} when some are due now; empty without listings
 * @param pages frontier URLs finished since the start, by final state (every state but PENDING, zero
 *     when none)
 * @param pagesPerSecond URLs finished per second over the last minute (since the start, if shorter)
 * @param pagesDue URLs still due after the latest fetch slice (0 when the crawl has caught up)
 * @param errorsByHost failed pages and listings since the start, by host ("http://host:port")
 * @param lastPollBySource when each source's listings were last polled (by this process or an
 *     earlier one), by source id; sources never polled are absent
 * @param problem why the latest turn of the loop went wrong (sources unreadable, database error), if
 *     it did
 */
public record CrawlStats(
        Instant at,
        Instant startedAt,
        int sources,
        int sourcesDue,
        int listings,
        int listingsDue,
        Optional<Instant> nextDue,
        Map<UrlState, Long> pages,
        double pagesPerSecond,
        int pagesDue,
        Map<String, Long> errorsByHost,
        Map<String, Instant> lastPollBySource,
        Optional<String> problem) {

    public CrawlStats {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(nextDue, "nextDue");
        Objects.requireNonNull(problem, "problem");
        var byState = new EnumMap<UrlState, Long>(UrlState.class);
        for (UrlState state : UrlState.values())
            if (state != UrlState.PENDING) byState.put(state, pages.getOrDefault(state, 0L));
        pages = Collections.unmodifiableMap(byState);
        errorsByHost = Collections.unmodifiableMap(new TreeMap<>(errorsByHost));
        lastPollBySource = Collections.unmodifiableMap(new TreeMap<>(lastPollBySource));
    }

    /** Pages fetched and accepted by the handler since the start. */
    public long pagesFetched() {
        return pages.get(UrlState.FETCHED);
    }

    /** Frontier URLs finished since the start, in any state. */
    public long pagesFinished() {
        return pages.values().stream().mapToLong(Long::longValue).sum();
    }
}
