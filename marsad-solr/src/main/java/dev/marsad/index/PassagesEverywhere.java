package dev.marsad.index;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Whether every article that has a body also has the body's copy for highlighting ({@link
 * SolrDocuments#PASSAGES}): then a search asks its body terms of that copy, and the one query both
 * finds the hits and marks their passages (the highlighter needs no second query, {@code hl.q}).
 * The two fields hold the same terms, so the hits and their ranking are the same. A collection
 * written before the copy existed keeps searching the body until its last such article is gone;
 * that is asked of the collection at most once a {@link #RECHECK_NANOS minute} until it holds, and
 * never again once it does (every writer since writes both fields). Thread-safe.
 */
final class PassagesEverywhere {

    /** How long an answer of "not yet" is trusted before the collection is asked again. */
    static final long RECHECK_NANOS = TimeUnit.MINUTES.toNanos(1);

    /** The query for articles with a body but without its copy: none left means everywhere. */
    static final String LACKING = IndexFields.BODY + ":* -" + SolrDocuments.PASSAGES + ":*";

    private final LongSupplier lacking;
    private final LongSupplier nanoClock;
    private volatile boolean everywhere;
    private volatile long checkedAt;
    private volatile boolean checked;

    /**
     * @param lacking how many articles have a body without its copy (a request to the collection)
     * @param nanoClock the time in nanoseconds, as {@link System#nanoTime}
     */
    PassagesEverywhere(LongSupplier lacking, LongSupplier nanoClock) {
        this.lacking = lacking;
        this.nanoClock = nanoClock;
    }

    /** Whether searches may ask the body's terms of its copy. */
    boolean holds() {
        if (everywhere) return true;
        long now = nanoClock.getAsLong();
        if (checked && now - checkedAt < RECHECK_NANOS) return false;
        synchronized (this) {
            if (everywhere || (checked && now - checkedAt < RECHECK_NANOS)) return everywhere;
            everywhere = lacking.getAsLong() == 0;
            checkedAt = now;
            checked = true;
            return everywhere;
        }
    }
}
