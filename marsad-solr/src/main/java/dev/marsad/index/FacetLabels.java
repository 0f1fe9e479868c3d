package dev.marsad.index;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The names of tag and entity facet values that SolrCloud searches have shown, looked up once per
 * value and kept (a value's name does not change once an article gives it). A value that a facet
 * shows always has a visible article naming it, so a lookup that finds none saw an older state
 * than the facet did (another replica, before it opened the commit's searcher): the value is
 * looked up again on the next search that shows it once a short delay has passed, the delay
 * doubling with each miss in a row from {@link #FIRST_RETRY_NANOS} to {@link #MAX_RETRY_NANOS}, so
 * that the label is right as soon as every replica shows the article, and a value no article ever
 * names costs a few lookups a minute, not one or two per search. Thread-safe.
 */
final class FacetLabels {

    /** How long after a first miss a value is looked up again. */
    static final long FIRST_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** The longest a value that keeps missing waits between lookups. */
    static final long MAX_RETRY_NANOS = TimeUnit.SECONDS.toNanos(60);
    /** At most this many misses are remembered; past it they are forgotten and looked up again. */
    static final int MAX_MISSES = 10_000;

    /** Misses in a row of one value, and when the last one was ({@link #nanoClock}). */
    private record Miss(int inRow, long at) {
        long retryAfter() {
            return Math.min(MAX_RETRY_NANOS, FIRST_RETRY_NANOS << Math.min(inRow - 1, 30));
        }
    }

    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Map<String, Miss> misses = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    /** @param nanoClock the time in nanoseconds, as {@link System#nanoTime} */
    FacetLabels(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** The name of a value: known, else looked up (and kept when found). */
    Optional<String> name(String key, Supplier<Optional<String>> lookup) {
        String known = names.get(key);
        if (known != null) return Optional.of(known);
        Optional<String> found = lookup.get();
        found.ifPresent(name -> {
            names.put(key, name);
            misses.remove(key);
        });
        return found;
    }

    /**
     * The name a facet shows for a value: as {@link #name}, but a value whose last lookup missed
     * is not looked up again until its retry delay has passed (empty meanwhile).
     */
    Optional<String> label(String key, Supplier<Optional<String>> lookup) {
        String known = names.get(key);
        if (known != null) return Optional.of(known);
        Miss missed = misses.get(key);
        long now = nanoClock.getAsLong();
        if (missed != null && now - missed.at() < missed.retryAfter()) return Optional.empty();
        Optional<String> found = name(key, lookup);
        if (found.isEmpty()) {
            if (missed == null && misses.size() >= MAX_MISSES) misses.clear(); // bounded: a server meets many keys
            misses.put(key, new Miss(missed == null ? 1 : missed.inRow() + 1, now));
        }
        return found;
    }
}
