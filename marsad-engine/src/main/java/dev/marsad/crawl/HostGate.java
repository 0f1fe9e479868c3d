package dev.marsad.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness: at most one request at a time per {@link PolitenessKey} (a registrable domain), and a
 * pause before the next one of at least the delay in force, counted from the end of the previous
 * request. Different keys proceed in parallel. What a response says lengthens the pause:
 *
 * <ul>
 *   <li>429 or 503 with Retry-After: that long, at most {@link CrawlConfig#maxRetryAfter()};
 *   <li>a failure of the host (timeout, refused connection, 5xx, 429 without Retry-After): exponential
 *       back-off, {@link #FIRST_BACKOFF} doubled with each failure in a row, at most {@link
 *       CrawlConfig#maxBackoff()}, with jitter (a random half of it dropped), so hosts that failed
 *       together are not retried together;
 *   <li>a success ends the back-off.
 * </ul>
 *
 * <pre>{@code
 * if (gate.acquire(key, giveUpAt) instanceof Turn.Granted) {
 *     try { fetch(...); } finally { gate.release(key, delay, pause); }
 * }
 * }</pre>
 */
final class HostGate {

    /** The back-off after the first failure in a row. */
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    /** What a response asks of the next request to its host. */
    sealed interface Pause {
        /** Nothing beyond the delay: the host answered. */
        record None() implements Pause {}

        /** The host said when to come back (Retry-After). */
        record Asked(Duration pause, String why) implements Pause {}

        /** The host failed; back off. */
        record Failure(String why) implements Pause {}

        Pause NONE = new None();
    }

    /** Whether a request may go now. */
    sealed interface Turn {
        /** It may; the caller holds the key until {@link #release}. */
        record Granted() implements Turn {}

        /** Not before {@code until}, later than the caller would wait; nothing is held. */
        record Deferred(Instant until, String why) implements Turn {}
    }

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        long nextAllowedNanos = System.nanoTime();
        int failures;
        String pauseReason = "";
    }

    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();
    private final Duration maxRetryAfter;
    private final Duration maxBackoff;

    HostGate(Duration maxRetryAfter, Duration maxBackoff) {
        this.maxRetryAfter = maxRetryAfter;
        this.maxBackoff = maxBackoff;
    }

    /**
     * Waits until this thread may send a request for {@code key}, unless that would be after {@code
     * giveUpAt}: then returns {@link Turn.Deferred} at once (or once the key is free), holding nothing.
     */
    Turn acquire(String key, Instant giveUpAt) throws InterruptedException {
        Slot slot = slots.computeIfAbsent(key, h -> new Slot());
        long giveUpNanos = System.nanoTime() + nanosUntil(giveUpAt);
        if (!slot.lock.tryLock(nanosUntil(giveUpAt), TimeUnit.NANOSECONDS))
            return new Turn.Deferred(giveUpAt, key + " is busy with another request");
        long wait = slot.nextAllowedNanos - System.nanoTime();
        if (slot.nextAllowedNanos - giveUpNanos > 0) {
            String why = slot.pauseReason.isEmpty() ? "its delay" : slot.pauseReason;
            slot.lock.unlock();
            return new Turn.Deferred(Instant.now().plusNanos(wait), key + " asked for a pause (" + why + ")");
        }
        if (wait > 0) {
            try {
                Thread.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                slot.lock.unlock();
                throw e;
            }
        }
        return new Turn.Granted();
    }

    /** Ends this thread's request for {@code key}; the next may start after {@code delay}, or later as {@code pause} asks. */
    void release(String key, Duration delay, Pause pause) {
        Slot slot = slots.get(key);
        Duration rest = delay;
        switch (pause) {
            case Pause.None none -> {
                slot.failures = 0;
                slot.pauseReason = "";
            }
            case Pause.Asked asked -> {
                Duration wait = asked.pause().compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked.pause();
                rest = longer(rest, wait);
                slot.pauseReason = asked.why();
            }
            case Pause.Failure failure -> {
                slot.failures++;
                Duration backoff = backoff(slot.failures);
                rest = longer(rest, backoff);
                slot.pauseReason = "back-off of " + backoff.toMillis() + " ms after " + slot.failures + " failures: "
                        + failure.why();
            }
        }
        slot.nextAllowedNanos = System.nanoTime() + rest.toNanos();
        slot.lock.unlock();
    }

    /** Ends the pause of {@code key} now, keeping its failure count (for tests: "the pause has passed"). */
    void expire(String key) {
        Slot slot = slots.get(key);
        slot.lock.lock();
        try {
            slot.nextAllowedNanos = System.nanoTime();
        } finally {
            slot.lock.unlock();
        }
    }

    /** FIRST_BACKOFF × 2^(failures−1), capped, minus a random part of up to half ("equal jitter"). */
    private Duration backoff(int failures) {
        long full = FIRST_BACKOFF.toMillis() << Math.min(failures - 1, 30);
        long capped = Math.min(full, maxBackoff.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static long nanosUntil(Instant at) {
        if (at.equals(Instant.MAX)) return Long.MAX_VALUE / 4;
        Duration left = Duration.between(Instant.now(), at);
        if (left.isNegative()) return 0;
        return left.compareTo(Duration.ofDays(365)) > 0 ? Long.MAX_VALUE / 4 : left.toNanos();
    }
}
