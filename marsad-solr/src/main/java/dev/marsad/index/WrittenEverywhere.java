package dev.marsad.index;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Whether every article that has one of some fields also has a field that Marsad's writers add beside
 * them: the body's copy for highlighting ({@link SolrDocuments#PASSAGES}, beside the body: then a
 * search asks its body terms of that copy, and the one query both finds the hits and marks their
 * passages), or every searched term once ({@link SolrDocuments#SEARCHED_TERMS}, beside title, body
 * and copy headlines: then a respelling's counts ask one field instead of three). Either holds the
 * same terms as the fields it stands in for, so the answers are the same. A collection written before
 * the field existed keeps asking the older fields until its last such article is gone.
 *
 * <p>The collection is asked once when first needed, on the caller's thread, and then at most once a
 * {@link #RECHECK_NANOS minute} off it: a caller meanwhile gets the last answer, and never waits for a
 * recheck (review 8: a reader's miss page paid the check). A "yes" is checked again too: a writer of
 * an older build (a rollback, a straggler worker) can write an article without the field, and once
 * every article has it the check is answered from the norms without reading any (Lucene rewrites
 * {@code field:*} to every document). A check that fails answers "not yet": the older fields are
 * always right. Thread-safe.
 */
final class WrittenEverywhere {

    /** How long an answer is trusted before the collection is asked again. */
    static final long RECHECK_NANOS = TimeUnit.MINUTES.toNanos(1);

    /** A field a current Marsad writes beside older ones, with the fields it stands in for. */
    enum Added {
        /** The body's copy for highlighting, beside the body. */
        PASSAGES(
                SolrDocuments.PASSAGES,
                List.of(IndexFields.BODY),
                "searches ask the body, and Marsad marks the passages"),
        /** Every searched term once, beside title, body and copy headlines. */
        SEARCHED_TERMS(
                SolrDocuments.SEARCHED_TERMS,
                IndexFields.SEARCHED_TEXT,
                "a respelling counts on title, body and copy headlines");

        /** The field's name in the schema. */
        final String field;

        private final List<String> standsIn;

        /** What is asked instead of the field for an article that lacks it. */
        final String meanwhile;

        Added(String field, List<String> standsIn, String meanwhile) {
            this.field = field;
            this.standsIn = standsIn;
            this.meanwhile = meanwhile;
        }

        /**
         * The query for articles with one of the fields it stands in for but without it: none left means
         * everywhere. Each part is answered from the fields' norms.
         */
        String lacking() {
            String any = standsIn.size() == 1
                    ? standsIn.getFirst() + ":*"
                    : standsIn.stream().map(f -> f + ":*").collect(Collectors.joining(" OR ", "(", ")"));
            return any + " -" + field + ":*";
        }
    }

    private final LongSupplier lacking;
    private final LongSupplier nanoClock;
    private final Executor rechecks;
    private final AtomicBoolean rechecking = new AtomicBoolean();
    private volatile boolean everywhere;
    private volatile long checkedAt;
    private volatile boolean checked;

    /**
     * @param lacking how many articles lack the field (a request to the collection; it may throw)
     * @param nanoClock the time in nanoseconds, as {@link System#nanoTime}
     * @param rechecks where the checks after the first run (a virtual thread each, in service)
     */
    WrittenEverywhere(LongSupplier lacking, LongSupplier nanoClock, Executor rechecks) {
        this.lacking = lacking;
        this.nanoClock = nanoClock;
        this.rechecks = rechecks;
    }

    /** As {@link #WrittenEverywhere(LongSupplier, LongSupplier, Executor)}, rechecking on virtual threads. */
    WrittenEverywhere(LongSupplier lacking) {
        this(
                lacking,
                System::nanoTime,
                r -> Thread.ofVirtual().name("marsad-solr-everywhere").start(r));
    }

    /** Whether every article has the field: searches may ask it instead of the fields it stands in for. */
    boolean holds() {
        if (!checked) {
            synchronized (this) {
                if (!checked) check();
            }
            return everywhere;
        }
        if (nanoClock.getAsLong() - checkedAt >= RECHECK_NANOS && rechecking.compareAndSet(false, true))
            rechecks.execute(() -> {
                try {
                    check();
                } finally {
                    rechecking.set(false);
                }
            });
        return everywhere;
    }

    private void check() {
        boolean answer;
        try {
            answer = lacking.getAsLong() == 0;
        } catch (RuntimeException e) { // a node down, a timeout: the older fields are always right
            answer = false;
        }
        everywhere = answer;
        checkedAt = nanoClock.getAsLong();
        checked = true;
    }
}
