package dev.marsad.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How the pipeline uses the machine and when it commits.
 *
 * @param workers threads that extract and analyze in parallel (the pure half of the work)
 * @param queueCapacity captures in flight at most; {@link IngestPipeline#submit} waits beyond that,
 *     so a fast reader of a large archive cannot fill the memory
 * @param commitLinger when no capture is waiting, how long to wait for one before committing: a
 *     trickle of pages (a crawl) is committed within this time, so that its verdicts come promptly
 * @param maxCommitDelay the longest a stored article waits for its commit under a steady stream
 * @param maxUncommitted the most stored articles one commit waits for under a steady stream
 */
public record IngestSettings(
        int workers, int queueCapacity, Duration commitLinger, Duration maxCommitDelay, int maxUncommitted) {

    /** Commit within 50 ms of going idle: about one commit per page of a slow crawl, cheap enough. */
    static final Duration DEFAULT_COMMIT_LINGER = Duration.ofMillis(50);
    /** Under a steady stream, commit at least every 2 s, so a crash loses little work to redo. */
    static final Duration DEFAULT_MAX_COMMIT_DELAY = Duration.ofSeconds(2);
    /** Under a steady stream, commit at least every 2,000 articles. */
    static final int DEFAULT_MAX_UNCOMMITTED = 2000;
    /** Captures in flight per worker: enough to keep every worker busy while linking waits on one. */
    static final int QUEUE_PER_WORKER = 8;

    public IngestSettings {
        Objects.requireNonNull(commitLinger, "commitLinger");
        Objects.requireNonNull(maxCommitDelay, "maxCommitDelay");
        if (workers < 1) throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        if (queueCapacity < 1)
            throw new IllegalArgumentException("queueCapacity must be at least 1, got " + queueCapacity);
        if (maxUncommitted < 1)
            throw new IllegalArgumentException("maxUncommitted must be at least 1, got " + maxUncommitted);
        if (commitLinger.isNegative() || maxCommitDelay.isNegative())
            throw new IllegalArgumentException("commit delays must not be negative");
    }

    /** One worker per core, the default commit policy. */
    public static IngestSettings defaults() {
        return withWorkers(Runtime.getRuntime().availableProcessors());
    }

    /** The default commit policy with {@code workers} extract-and-analyze threads. */
    public static IngestSettings withWorkers(int workers) {
        return new IngestSettings(
                workers,
                QUEUE_PER_WORKER * workers,
                DEFAULT_COMMIT_LINGER,
                DEFAULT_MAX_COMMIT_DELAY,
                DEFAULT_MAX_UNCOMMITTED);
    }
}
