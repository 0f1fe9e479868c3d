package dev.marsad.crawl;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one crawl run did.
 *
 * @param listingsRead feeds, sitemaps and start pages fetched (including 304s and failures)
 * @param discovered URLs new to the frontier in this run
 * @param finished frontier URLs that reached a final state in this run, by state
 * @param leftPending frontier URLs still due after the run (page budgets reached)
 * @param elapsed the run's wall-clock time
 */
public record CrawlSummary(
        int listingsRead, int discovered, Map<UrlState, Integer> finished, int leftPending, Duration elapsed) {

    public CrawlSummary {
        Objects.requireNonNull(elapsed, "elapsed");
        var copy = new EnumMap<UrlState, Integer>(UrlState.class);
        for (UrlState state : UrlState.values()) copy.put(state, finished.getOrDefault(state, 0));
        copy.remove(UrlState.PENDING);
        finished = java.util.Collections.unmodifiableMap(copy);
    }

    /** How many frontier URLs this run finished in {@code state}. */
    public int count(UrlState state) {
        return finished.getOrDefault(state, 0);
    }

    /** How many frontier URLs this run finished, in any state. */
    public int total() {
        return finished.values().stream().mapToInt(Integer::intValue).sum();
    }
}
