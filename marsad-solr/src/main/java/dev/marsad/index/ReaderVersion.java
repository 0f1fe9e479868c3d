package dev.marsad.index;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * What {@link SolrArticleIndex#readerVersion()} says: the cluster's version of what searches see, as
 * Solr last told it, asked again at most every {@link #CHECK_EVERY} unless this process made writes
 * visible since. Asking is two searches on the cluster, and the site asks before every answer it may
 * reuse ({@code ResponseCache}): asked each time, the checks cost more than the answers they let
 * reuse, and under 200 readers they kept the nodes' CPU busy (issue 13, docs/benchmarks/solr-serve.md).
 *
 * <p>So another process's commit is seen within {@link #CHECK_EVERY} (plus one check), this process's
 * own at once. While one thread asks, the others take the version before it, unless this process made
 * writes visible since: then they wait for the answer. Thread-safe.
 */
final class ReaderVersion {

    /** How long the cluster's answer stands for the readers after it. */
    static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private final LongSupplier cluster;
    private final LongSupplier visibleWrites;
    private final LongSupplier nanoClock;
    private final ReentrantLock asking = new ReentrantLock();

    /** The last answer with the writes and the time it was asked at; null before the first. */
    private volatile Checked last;

    private record Checked(long version, long writes, long at) {}

    /**
     * @param cluster asks the cluster for its version (a network round trip)
     * @param visibleWrites this process's writes made visible so far
     * @param nanoClock the time, as {@link System#nanoTime()}
     */
    ReaderVersion(LongSupplier cluster, LongSupplier visibleWrites, LongSupplier nanoClock) {
        this.cluster = cluster;
        this.visibleWrites = visibleWrites;
        this.nanoClock = nanoClock;
    }

    /** The version: changes when a commit, of this process or another, made a write visible. */
    long get() {
        Checked seen = last;
        long writes = visibleWrites.getAsLong();
        if (current(seen, writes)) return seen.version();
        boolean onlyOld = seen != null && seen.writes() == writes; // no write of ours since, only the time ran out
        if (onlyOld && !asking.tryLock()) return seen.version(); // another thread asks now
        if (!onlyOld) asking.lock();
        try {
            Checked now = last;
            if (now != seen && current(now, visibleWrites.getAsLong())) return now.version();
            long writesBefore = visibleWrites.getAsLong(); // before asking: a commit meanwhile asks again
            long at = nanoClock.getAsLong();
            last = new Checked(cluster.getAsLong(), writesBefore, at);
            return last.version();
        } finally {
            asking.unlock();
        }
    }

    private boolean current(Checked seen, long writes) {
        return seen != null && seen.writes() == writes && nanoClock.getAsLong() - seen.at() < CHECK_EVERY.toNanos();
    }
}
