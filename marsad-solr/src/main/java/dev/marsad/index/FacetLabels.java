package dev.marsad.index;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The names of tag and entity facet values that SolrCloud searches have shown, looked up once per
 * value and kept (a value's name does not change once an article gives it); a page's values not
 * named yet are looked up together ({@link #labels}, one request: {@link FacetNames}). A value that
 * a facet shows always has a visible article naming it, so a lookup that finds none saw an older state
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
     * The names a page of facets shows for its values: those known, and the others looked up together
     * in one call of {@code lookUp} (one request for the page, not one per value), leaving out a value
     * whose last lookup missed until its retry delay has passed. A value without a name (not found, or
     * waiting) is not in the answer; the caller shows the value itself.
     *
     * @param lookUp the names of some values (by key) found in stored articles; a value it leaves out
     *     has none yet
     */
    Map<String, String> labels(Collection<String> keys, Function<Set<String>, Map<String, String>> lookUp) {
        var result = new HashMap<String, String>();
        var asked = new LinkedHashSet<String>();
        long now = nanoClock.getAsLong();
        for (String key : keys) {
            String known = names.get(key);
            if (known != null) result.put(key, known);
            else if (isDue(key, now)) asked.add(key);
        }
        if (asked.isEmpty()) return result;
        Map<String, String> found = lookUp.apply(Set.copyOf(asked));
        for (String key : asked) {
            String name = found.get(key);
            if (name != null) {
                names.put(key, name);
                misses.remove(key);
                result.put(key, name);
            } else missed(key, now);
        }
        return result;
    }

    private boolean isDue(String key, long now) {
        Miss missed = misses.get(key);
        return missed == null || now - missed.at() >= missed.retryAfter();
    }

    private void missed(String key, long now) {
        Miss missed = misses.get(key);
        if (missed == null && misses.size() >= MAX_MISSES) misses.clear(); // bounded: a server meets many keys
        misses.put(key, new Miss(missed == null ? 1 : missed.inRow() + 1, now));
    }
}
