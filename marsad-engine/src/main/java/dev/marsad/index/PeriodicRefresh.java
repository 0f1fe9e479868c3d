package dev.marsad.index;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.ReferenceManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes a Lucene {@link ReferenceManager} on a named daemon thread at a fixed delay, so that
 * searches see new commits without anyone asking. A failed refresh keeps the last good searcher,
 * is logged once (until a refresh succeeds again) and is tried again at the next tick.
 */
final class PeriodicRefresh implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicRefresh.class);

    /** How long close waits for a refresh under way. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final ReferenceManager<?> manager;
    private final String what;
    private final ScheduledExecutorService thread;
    /** Only touched by the refresh thread. */
    private boolean failing;

    /**
     * Starts refreshing.
     *
     * @param what the index, for log lines ("the index in data/index")
     */
    PeriodicRefresh(ReferenceManager<?> manager, Duration every, String what) {
        this.manager = manager;
        this.what = what;
        this.thread = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("marsad-index-refresh").daemon(true).factory());
        long millis = every.toMillis();
        thread.scheduleWithFixedDelay(this::refresh, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Catches every failure: a scheduled task that throws is never run again. */
    private void refresh() {
        try {
            manager.maybeRefresh();
            if (failing) LOG.info("refreshing {} works again", what);
            failing = false;
        } catch (IOException | RuntimeException e) {
            if (!failing)
                LOG.warn("cannot refresh {}; searches see the last good commit, retrying: {}", what, e.toString());
            failing = true;
        }
    }

    /** Stops refreshing, after the refresh under way (if any) has finished. */
    @Override
    public void close() {
        thread.shutdown(); // cancels the next ticks; no interrupt, which would close Lucene's file channels
        try {
            if (!thread.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS))
                LOG.warn("the refresh of {} did not stop within {}", what, CLOSE_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
