package dev.marsad.ingest;

import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.crawl.Capture;
import dev.marsad.crawl.PageHandler;
import dev.marsad.crawl.PageVerdict;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.index.ArticleIndex;
import dev.marsad.link.LinkResult;
import dev.marsad.link.SharedLinker;
import dev.marsad.media.ArticleImages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one ingest pipeline: captures in, typed verdicts out, for every entry point (the crawl, {@code
 * marsad ingest} of files and WARC archives, {@code marsad run}, the benchmarks).
 *
 * <ol>
 *   <li><b>Parallel where the work is pure:</b> extract and analyze run on a pool of worker threads
 *       ({@link IngestSettings#workers()}).
 *   <li><b>Serial where it must be:</b> one linking thread takes the prepared articles in the order
 *       they were submitted, whatever order the workers finish them in, and links and stores them one
 *       at a time. The same captures in the same order give the same stories, however the threads
 *       ran. Workers in other processes that write the same index take turns with this one
 *       ({@link dev.marsad.index.LinkLock}): the turn is taken with the first article of a commit
 *       group and given back after the commit that makes the group visible.
 *   <li><b>Durable before done:</b> a stored verdict is handed out only after the index commit that
 *       holds the article (group commit: when no capture is waiting, or every {@link
 *       IngestSettings#maxCommitDelay()} under a steady stream). The commit records the last
 *       sequence number, so numbering goes on across runs.
 * </ol>
 *
 * <pre>{@code
 * try (var pipeline = IngestPipeline.start(index, IngestSettings.defaults(), Clock.systemUTC())) {
 *     Verdict verdict = pipeline.ingest(Capture.of(page));   // waits until durable
 * }
 * }</pre>
 *
 * <p>Thread-safe: any number of threads may submit. The caller owns the index and closes it after
 * the pipeline.
 */
public final class IngestPipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);

    /** The commit data key holding the last sequence number given out. */
    static final String SEQUENCE_KEY = "marsad.sequence";

    private final ArticleIndex index;
    private final IngestSettings settings;
    private final Clock clock;
    private final ArticlePreparer preparer;
    private final SharedLinker linker;
    private final ArticleImages images;
    private final ExecutorService workers;
    private final BlockingQueue<Item> queue;
    private final Thread linkThread;
    private final IngestTally tally = new IngestTally();
    private final Object submitLock = new Object();
    private long nextSequence;
    private volatile boolean closed;

    /** One submitted capture on its way: prepared by a worker, then linked, then durable. */
    private record Item(
            long sequence,
            Capture capture,
            CompletableFuture<ArticlePreparer.Prepared> prepared,
            CompletableFuture<Verdict> verdict) {}

    /** A request to commit now, queued behind everything submitted before it. */
    private static final long FLUSH = -1;
    /** The last item: commit and stop the linking thread. */
    private static final long STOP = -2;

    private IngestPipeline(
            ArticleIndex index,
            IngestSettings settings,
            Clock clock,
            ArticleExtractor extractor,
            ArticleAnalyzer analyzer,
            ArticleImages images) {
        this.index = Objects.requireNonNull(index, "index");
        this.images = Objects.requireNonNull(images, "images");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.preparer = new ArticlePreparer(extractor, analyzer);
        this.linker = new SharedLinker(index, clock);
        this.nextSequence = lastSequence(index) + 1;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.workers = Executors.newFixedThreadPool(
                settings.workers(),
                Thread.ofPlatform().name("marsad-ingest-", 1).daemon(true).factory());
        this.linkThread = Thread.ofPlatform().name("marsad-link").daemon(true).unstarted(this::linkLoop);
        linkThread.start();
    }

    /**
     * Starts a pipeline in front of a writable index; loads the extractor's and analyzer's resources
     * once.
     */
    public static IngestPipeline start(ArticleIndex index, IngestSettings settings, Clock clock) {
        return start(index, settings, clock, new ArticleAnalyzer());
    }

    /** As {@link #start(ArticleIndex, IngestSettings, Clock)}, analysing with {@code analyzer}. */
    public static IngestPipeline start(
            ArticleIndex index, IngestSettings settings, Clock clock, ArticleAnalyzer analyzer) {
        return start(index, settings, clock, analyzer, ArticleImages.none());
    }

    /**
     * As {@link #start(ArticleIndex, IngestSettings, Clock, ArticleAnalyzer)}, handing each stored
     * article to {@code images}, which fetches its pictures beside the pipeline (the caller closes it
     * after the pipeline).
     */
    public static IngestPipeline start(
            ArticleIndex index, IngestSettings settings, Clock clock, ArticleAnalyzer analyzer, ArticleImages images) {
        return new IngestPipeline(index, settings, clock, new ArticleExtractor(), analyzer, images);
    }

    /**
     * Queues one capture; waits while {@link IngestSettings#queueCapacity()} captures are in flight.
     * The future completes with the verdict: at once for a rejected page, after the commit that holds
     * it for a stored one. It never completes exceptionally; a failure is a {@link Verdict.Failed}.
     *
     * @throws IllegalStateException when the pipeline is closed
     * @throws InterruptedException when interrupted while waiting for room
     */
    public CompletableFuture<Verdict> submit(Capture capture) throws InterruptedException {
        Objects.requireNonNull(capture, "capture");
        synchronized (submitLock) {
            if (closed) throw new IllegalStateException("the ingest pipeline is closed");
            long sequence = nextSequence++;
            var prepared = CompletableFuture.supplyAsync(() -> preparer.prepare(capture), workers);
            var item = new Item(sequence, capture, prepared, new CompletableFuture<>());
            // Queued under the lock, so the linking thread sees items in sequence order.
            queue.put(item);
            return item.verdict();
        }
    }

    /**
     * Submits one capture and waits for its verdict (durable when stored). Once submitted, the
     * capture is waited for even when the thread is interrupted meanwhile (the pipeline answers
     * within a commit), so that a stopping crawl still records what became of it; the interrupt is
     * kept for the caller.
     */
    public Verdict ingest(Capture capture) throws InterruptedException {
        CompletableFuture<Verdict> verdict = submit(capture);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return verdict.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw new IllegalStateException("the pipeline broke its promise of a verdict", e.getCause());
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /**
     * This pipeline as the crawl's page handler: each page waits for its verdict, and a stored page is
     * accepted only once durable, so the crawl marks a URL done only when its article survives a crash.
     * A failed page is thrown, and the crawl records it as failed.
     */
    public PageHandler pageHandler() {
        return capture -> switch (ingest(capture)) {
            case Verdict.Stored s ->
                new PageVerdict.Accepted(s.sequence(), s.link().outcome().name().toLowerCase(Locale.ROOT));
            case Verdict.Rejected r ->
                new PageVerdict.Rejected(r.stage().label(), r.reason().code(), r.detail());
            case Verdict.Failed f -> throw new IllegalStateException(f.stage().label() + " failed: " + f.detail());
        };
    }

    /** Waits until everything submitted before this call has its verdict and is committed. */
    public void flush() throws InterruptedException {
        var done = new CompletableFuture<Verdict>();
        synchronized (submitLock) {
            if (closed) return;
            queue.put(new Item(FLUSH, null, null, done));
        }
        try {
            done.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("flush failed", e.getCause());
        }
    }

    /** What became of the captures so far. */
    public IngestTally tally() {
        return tally;
    }

    /** Finishes every capture already submitted, commits, and stops the threads. Idempotent. */
    @Override
    public void close() {
        boolean interrupted = false;
        synchronized (submitLock) {
            if (closed) return;
            closed = true;
            // Under the lock nobody else puts; the linking thread drains, so there will be room.
            while (true) {
                try {
                    queue.put(new Item(STOP, null, null, new CompletableFuture<>()));
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        while (true) {
            try {
                linkThread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) workers.shutdownNow();
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    // ---- the linking thread ----

    /** Stored verdicts waiting for the commit that makes them durable. */
    private final List<Item> uncommitted = new ArrayList<>();

    private final List<Verdict> uncommittedVerdicts = new ArrayList<>();
    private Instant oldestUncommitted = Instant.EPOCH;

    private void linkLoop() {
        try {
            serve();
        } catch (Throwable t) { // an Error, or a bug: every capture still gets a verdict, nobody waits forever
            LOG.error("the linking thread stopped; every capture fails from now on", t);
            failEverything("the linking thread stopped: " + t);
        }
    }

    private void serve() {
        while (true) {
            Item item;
            try {
                item = uncommitted.isEmpty() ? queue.take() : queue.poll(waitBeforeCommit(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                // Only close() stops this thread; an interrupt from elsewhere is ignored.
                continue;
            }
            if (item == null) {
                commit();
                continue;
            }
            if (item.sequence() == STOP) {
                commit();
                return;
            }
            if (item.sequence() == FLUSH) {
                commit();
                item.verdict().complete(null);
                continue;
            }
            handle(item);
            if (isCommitDue()) commit();
        }
    }

    /**
     * Once the linking thread cannot go on: the stored but uncommitted captures fail (their commit
     * never came), and every capture queued from now on fails at once, until the pipeline closes.
     */
    private void failEverything(String detail) {
        try {
            linker.endTurn(); // the other workers may link on; this one links nothing more
        } catch (RuntimeException e) { // a lease-based turn then runs out by itself
            LOG.warn("cannot give the link turn back: {}", e.toString());
        }
        for (Item item : uncommitted) {
            Verdict failed = new Verdict.Failed(item.capture().page().url(), Verdict.Stage.STORE, detail);
            tally.count(failed);
            item.verdict().complete(failed);
        }
        uncommitted.clear();
        uncommittedVerdicts.clear();
        while (true) {
            Item item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                continue;
            }
            if (item.sequence() == STOP) return;
            if (item.sequence() == FLUSH) {
                item.verdict().complete(null);
                continue;
            }
            Verdict failed = new Verdict.Failed(item.capture().page().url(), Verdict.Stage.LINK, detail);
            tally.count(failed);
            item.verdict().complete(failed);
        }
    }

    /** Whether a steady stream has stored enough, or long enough ago, to commit now. */
    private boolean isCommitDue() {
        return !uncommitted.isEmpty()
                && (uncommitted.size() >= settings.maxUncommitted()
                        || !clock.instant().isBefore(oldestUncommitted.plus(settings.maxCommitDelay())));
    }

    /** How long to wait for the next capture before committing what is stored (some is). */
    private long waitBeforeCommit() {
        Duration untilDue = Duration.between(clock.instant(), oldestUncommitted.plus(settings.maxCommitDelay()));
        Duration wait = untilDue.compareTo(settings.commitLinger()) < 0 ? untilDue : settings.commitLinger();
        return Math.max(0, wait.toNanos());
    }

    /** Links and stores one prepared capture, or hands out its verdict when it has one already. */
    private void handle(Item item) {
        Verdict verdict;
        try {
            verdict = switch (item.prepared().join()) {
                case ArticlePreparer.Prepared.Done done -> done.verdict();
                case ArticlePreparer.Prepared.Ready ready -> link(item, ready);
            };
        } catch (RuntimeException | Error e) {
            verdict = new Verdict.Failed(item.capture().page().url(), Verdict.Stage.LINK, e.toString());
        }
        if (verdict instanceof Verdict.Stored) {
            if (uncommitted.isEmpty()) oldestUncommitted = clock.instant();
            uncommitted.add(item);
            uncommittedVerdicts.add(verdict);
        } else {
            tally.count(verdict);
            item.verdict().complete(verdict);
            // a failed link may have taken the turn; the other workers must not wait for the next commit
            if (uncommitted.isEmpty()) releaseTurn();
        }
    }

    private Verdict link(Item item, ArticlePreparer.Prepared.Ready ready) {
        while (true) {
            try {
                LinkResult result = linker.link(ready.article(), indexedAt(item.capture()));
                images.request(ready.article().article()); // queued only: fetched beside the pipeline
                return new Verdict.Stored(item.capture().page().url(), item.sequence(), result);
            } catch (InterruptedException e) {
                // Only close() stops this thread (see serve); the turn was not taken, so wait again.
            }
        }
    }

    /** Makes what this turn wrote visible to the other workers and gives the link turn back. */
    private void releaseTurn() {
        if (!linker.holdsTurn()) return;
        try {
            index.refresh();
        } finally {
            endTurn();
        }
    }

    private void endTurn() {
        if (!linker.endTurn())
            LOG.warn("the link turn passed to another worker before this one gave it back: its decisions may not"
                    + " have seen this worker's latest articles (a stall longer than the lock's lease)");
    }

    /**
     * When an article counts as indexed: the time its page was captured (to the second, as WARC
     * records keep it), so that a rebuild from the archive gives the same record; the clock for a page
     * without a capture time (a local file).
     */
    private Instant indexedAt(Capture capture) {
        Instant captured = capture.page().fetchedAt();
        return captured.equals(Instant.EPOCH) ? clock.instant() : captured.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Commits the index with the last sequence, then hands out the stored verdicts it made durable. */
    private void commit() {
        if (uncommitted.isEmpty()) {
            releaseTurn();
            return;
        }
        long last = uncommitted.getLast().sequence();
        List<Verdict> verdicts;
        try {
            index.commit(Map.of(SEQUENCE_KEY, Long.toString(last)));
            verdicts = List.copyOf(uncommittedVerdicts);
            endTurn();
        } catch (RuntimeException e) { // an Error leaves the linking thread (see failEverything)
            verdicts = uncommitted.stream()
                    .<Verdict>map(i -> new Verdict.Failed(
                            i.capture().page().url(), Verdict.Stage.STORE, "index commit failed: " + e.getMessage()))
                    .toList();
            endTurn(); // the next holder refreshes its reader when it takes the turn
        }
        for (int i = 0; i < uncommitted.size(); i++) {
            tally.count(verdicts.get(i));
            uncommitted.get(i).verdict().complete(verdicts.get(i));
        }
        uncommitted.clear();
        uncommittedVerdicts.clear();
        oldestUncommitted = Instant.EPOCH;
    }

    private static long lastSequence(ArticleIndex index) {
        String value = index.commitData().getOrDefault(SEQUENCE_KEY, "0");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("the index's commit data holds a bad " + SEQUENCE_KEY + " '" + value + "'");
        }
    }
}
