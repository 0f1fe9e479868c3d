package dev.marsad.crawl;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a listing (a feed, sitemap or start page) is polled, adapted to how often it changes. A
 * poll that found new article URLs shortens the listing's interval ({@code speedup}); one that found
 * nothing new (a 304, or only known URLs) or failed lengthens it ({@code slowdown}); the interval
 * stays within [{@code min}, {@code max}]. The defaults are in {@link CrawlConfig}.
 *
 * <p>Example with the defaults (5 min first, ×0.5 on news, ×1.5 without, 1 min to 1 h): a feed that
 * has news at every poll is read after 5, 2.5, 1.25, 1, 1 … minutes; one that never changes after
 * 5, 7.5, 11.25 … minutes, then every hour.
 *
 * @param initial the interval after a listing's first poll: everything is new then, which says
 *     nothing about how often the listing changes
 * @param min the shortest interval
 * @param max the longest interval
 * @param slowdown the factor (at least 1) applied after a poll with nothing new, or a failed one
 * @param speedup the factor (above 0, at most 1) applied after a poll that found new URLs
 * @param recheck how long a {@link ContinuousCrawl} goes at most without re-reading its sources and
 *     looking for due listings; also the longest time it spends fetching pages between two looks
 */
public record PollPolicy(
        Duration initial, Duration min, Duration max, double slowdown, double speedup, Duration recheck) {

    public PollPolicy {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(recheck, "recheck");
        if (min.isNegative() || min.isZero())
            throw new IllegalArgumentException("poll policy: min must be positive, got " + min);
        if (initial.compareTo(min) < 0 || initial.compareTo(max) > 0)
            throw new IllegalArgumentException(
                    "poll policy: initial " + initial + " must lie between min " + min + " and max " + max);
        if (!(slowdown >= 1)) throw new IllegalArgumentException("poll policy: slowdown must be >= 1, got " + slowdown);
        if (!(speedup > 0 && speedup <= 1))
            throw new IllegalArgumentException("poll policy: speedup must be in (0, 1], got " + speedup);
        if (recheck.isNegative() || recheck.isZero())
            throw new IllegalArgumentException("poll policy: recheck must be positive, got " + recheck);
    }

    /** The interval after a poll that ended in {@code result}, given the interval that led to it. */
    Duration next(Duration current, PollResult result) {
        double factor = switch (result) {
            case NEW_URLS -> speedup;
            case NOTHING_NEW, FAILED -> slowdown;
        };
        Duration next = Duration.ofMillis(Math.round(current.toMillis() * factor));
        if (next.compareTo(min) < 0) return min;
        return next.compareTo(max) > 0 ? max : next;
    }
}
