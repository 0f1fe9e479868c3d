package dev.marsad.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what a continuous crawl's URLs came to, for {@link CrawlStats}: finished URLs by state,
 * failures by host (pages and listings), and URLs finished in each of the last sixty seconds. Passes
 * every event on to the next listener. Thread-safe.
 */
final class CrawlTally implements CrawlListener {

    /** The pages-per-second rate is taken over this many seconds: one minute. */
    static final int RATE_SECONDS = 60;

    private final CrawlListener next;
    private final long startSecond;
    private final Map<UrlState, LongAdder> pages = new EnumMap<>(UrlState.class);
    private final ConcurrentHashMap<String, LongAdder> errorsByHost = new ConcurrentHashMap<>();
    /** URLs finished in the second {@code second[i]}: a ring indexed by epoch second modulo its size. */
    private final long[] finishedIn = new long[RATE_SECONDS];
    /** The epoch second that each slot of {@link #finishedIn} counts. */
    private final long[] second = new long[RATE_SECONDS];

    CrawlTally(CrawlListener next, Instant start) {
        this.next = next;
        this.startSecond = start.getEpochSecond();
        for (UrlState state : UrlState.values()) pages.put(state, new LongAdder());
    }

    @Override
    public void onEvent(CrawlEvent event) {
        if (event instanceof CrawlEvent.UrlFinished finished) {
            pages.get(finished.state()).increment();
            if (finished.state() == UrlState.FAILED) failed(finished.url());
            count(Instant.now().getEpochSecond());
        }
        next.onEvent(event);
    }

    /** Counts a failure against {@code url}'s host (a listing that could not be read, a failed page). */
    void failed(URI url) {
        errorsByHost
                .computeIfAbsent(UrlNormalizer.hostKey(url), h -> new LongAdder())
                .increment();
    }

    /** URLs finished since the start, by state. */
    Map<UrlState, Long> pages() {
        var counts = new EnumMap<UrlState, Long>(UrlState.class);
        pages.forEach((state, n) -> counts.put(state, n.sum()));
        return counts;
    }

    /** Failures since the start, by host. */
    Map<String, Long> errorsByHost() {
        var counts = new TreeMap<String, Long>();
        errorsByHost.forEach((host, n) -> counts.put(host, n.sum()));
        return counts;
    }

    /** URLs finished per second over the {@value #RATE_SECONDS} seconds up to {@code now} (or since the start). */
    synchronized double pagesPerSecond(Instant now) {
        long nowSecond = now.getEpochSecond();
        long total = 0;
        for (int i = 0; i < RATE_SECONDS; i++)
            if (second[i] > nowSecond - RATE_SECONDS && second[i] <= nowSecond) total += finishedIn[i];
        long window = Math.clamp(nowSecond - startSecond + 1, 1, RATE_SECONDS);
        return (double) total / window;
    }

    private synchronized void count(long epochSecond) {
        int slot = (int) Math.floorMod(epochSecond, (long) RATE_SECONDS);
        if (second[slot] != epochSecond) {
            second[slot] = epochSecond;
            finishedIn[slot] = 0;
        }
        finishedIn[slot]++;
    }
}
