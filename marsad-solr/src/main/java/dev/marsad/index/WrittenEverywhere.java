package dev.marsad.index;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Whether every article that has a body also has a field that Marsad's writers add beside it: the
 * body's copy for highlighting ({@link SolrDocuments#PASSAGES}: then a search asks its body terms of
 * that copy, and the one query both finds the hits and marks their passages), or every searched term
 * once ({@link SolrDocuments#SEARCHED_TERMS}: then a respelling's counts ask one field instead of
 * three). Either holds the same terms as the fields it stands in for, so the answers are the same. A
 * collection written before the field existed keeps asking the older fields until its last such
 * article is gone; that is asked of the collection at most once a {@link #RECHECK_NANOS minute} until
 * it holds, and never again once it does (every writer since writes the field). Thread-safe.
 */
final class WrittenEverywhere {

    /** How long an answer of "not yet" is trusted before the collection is asked again. */
    static final long RECHECK_NANOS = TimeUnit.MINUTES.toNanos(1);

    /** The query for articles with a body but without {@code field}: none left means everywhere. */
    static String lacking(String field) {
        return IndexFields.BODY + ":* -" + field + ":*";
    }

    private final LongSupplier lacking;
    private final LongSupplier nanoClock;
    private volatile boolean everywhere;
    private volatile long checkedAt;
    private volatile boolean checked;

    /**
     * @param lacking how many articles have a body without its copy (a request to the collection)
     * @param nanoClock the time in nanoseconds, as {@link System#nanoTime}
     */
    WrittenEverywhere(LongSupplier lacking, LongSupplier nanoClock) {
        this.lacking = lacking;
        this.nanoClock = nanoClock;
    }

    /** Whether every article has the field: searches may ask it instead of the fields it stands in for. */
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
