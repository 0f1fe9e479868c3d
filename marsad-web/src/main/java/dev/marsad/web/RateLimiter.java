package dev.marsad.web;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code burst} requests at once, then {@code perSecond}. Buckets that
 * have filled up again are dropped when the table grows past {@value #MAX_CLIENTS}, so that many
 * clients (or forged addresses) cannot fill the memory.
 */
final class RateLimiter {

    /** Clients remembered at most before full buckets are swept out. */
    static final int MAX_CLIENTS = 50_000;

    private final double perSecond;
    private final int burst;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Tokens and when they were last counted. */
    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    /** A limiter of {@code perSecond} (more than 0) after bursts of {@code burst}, on {@code nanoClock}. */
    RateLimiter(double perSecond, int burst, LongSupplier nanoClock) {
        if (!(perSecond > 0)) throw new IllegalArgumentException("rate must be above 0, got " + perSecond);
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoClock = nanoClock;
    }

    /** Takes one request of {@code client} that costs one token; see {@link #admit(String, int)}. */
    Optional<Duration> admit(String client) {
        return admit(client, 1);
    }

    /**
     * Takes one request of {@code client} that costs {@code cost} tokens (at most the burst).
     *
     * @return empty when it may go on; else how long until it may ask again
     */
    Optional<Duration> admit(String client, int cost) {
        long now = nanoClock.getAsLong();
        if (buckets.size() > MAX_CLIENTS) sweep(now);
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) / 1e9 * perSecond);
            bucket.at = now;
            double need = Math.min(cost, burst);
            if (bucket.tokens >= need) {
                bucket.tokens -= need;
                return Optional.empty();
            }
            double seconds = (need - bucket.tokens) / perSecond;
            return Optional.of(Duration.ofNanos((long) Math.ceil(seconds * 1e9)));
        }
    }

    /** Drops the buckets that are full again: their clients are as if never seen. */
    private void sweep(long now) {
        buckets.entrySet().removeIf(e -> {
            Bucket b = e.getValue();
            synchronized (b) {
                return b.tokens + (now - b.at) / 1e9 * perSecond >= burst;
            }
        });
    }
}
