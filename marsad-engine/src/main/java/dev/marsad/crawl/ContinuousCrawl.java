package dev.marsad.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Keeps sources fresh until stopped: the crawl of {@code marsad run}. Each turn of its loop ({@link
 * #run}):
 *
 * <ol>
 *   <li>re-reads the sources from the supplier, so sources added while it runs are picked up (when the
 *       supplier fails, the previous sources stay in use and {@link #stats} says why);
 *   <li>polls the feeds, sitemaps and start pages that are due by their own schedule, adapted to how
 *       often each changes ({@link PollPolicy}), and queues the new article URLs they list;
 *   <li>fetches due frontier URLs and hands their pages to the {@link PageHandler}, until the next
 *       listing is due or {@link PollPolicy#recheck()} has passed (whichever comes first);
 *   <li>when it has caught up, sleeps until the next listing is due, at most {@link
 *       PollPolicy#recheck()}.
 * </ol>
 *
 * <p>All requests go through one {@link CrawlSession} for the crawl's life, exactly as in a {@link
 * CrawlRun}: robots.txt (re-read daily) and its Crawl-delay, one request at a time per host with the
 * source's delay, conditional GET, WARC capture before parsing, and every outcome in the {@link
 * CrawlState}. A transiently failed page is retried after {@link CrawlConfig#retryDelay()}.
 *
 * <p><b>Stopping.</b> {@link #close()}, or an interrupt of the thread in {@link #run}: no listing or
 * page is started any more; a page whose response has arrived is archived and handled (the handler is
 * never interrupted); requests still on the wire are abandoned and stay due for the next start.
 *
 * <pre>{@code
 * var registry = SourceRegistry.inDataFolder(data);
 * try (var state = CrawlState.open(data.resolve("crawl.db"));
 *         var crawl = new ContinuousCrawl(CrawlConfig.builder(data).build(), state, registry::sources,
 *                 handler, listener)) {
 *     crawl.start();
 *     ... crawl.stats() ...
 * } // close() stops the loop and waits for it
 * }</pre>
 */
public final class ContinuousCrawl implements AutoCloseable {

    /** What {@link #stats} reports besides the counters, replaced as a whole after each step. */
    private record Snapshot(List<Source> sources, ScheduleView schedule, int pagesDue, Optional<String> problem) {
        static final Snapshot EMPTY =
                new Snapshot(List.of(), new ScheduleView(List.of(), Map.of()), 0, Optional.empty());
    }

    private final CrawlConfig config;
    private final CrawlState state;
    private final Supplier<List<Source>> sources;
    private final PageHandler handler;
    private final Instant startedAt = Instant.now();
    private final CrawlTally tally;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicReference<Thread> runner = new AtomicReference<>();
    private volatile Snapshot snapshot = Snapshot.EMPTY;

    /**
     * @param sources called at every turn of the loop for the current sources (e.g. {@link
     *     SourceRegistry#sources}); may throw, in which case the previous ones stay in use
     * @param handler receives every fetched article page, possibly from several threads at once
     * @param listener receives progress events, possibly from several threads at once
     */
    public ContinuousCrawl(
            CrawlConfig config,
            CrawlState state,
            Supplier<List<Source>> sources,
            PageHandler handler,
            CrawlListener listener) {
        this.config = Objects.requireNonNull(config, "config");
        this.state = Objects.requireNonNull(state, "state");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.tally = new CrawlTally(Objects.requireNonNull(listener, "listener"), startedAt);
    }

    /**
     * Runs the loop on a new thread named "marsad-crawl" and returns at once.
     *
     * @throws IllegalStateException when this crawl has already been started
     */
    public Thread start() {
        Thread thread = Thread.ofPlatform().name("marsad-crawl").unstarted(this::loop);
        if (!runner.compareAndSet(null, thread))
            throw new IllegalStateException("this continuous crawl has already been started");
        thread.start();
        return thread;
    }

    /**
     * Runs the loop on the calling thread until {@link #close()} is called or the thread is
     * interrupted (its interrupt status is then set again on return).
     *
     * @throws IllegalStateException when this crawl has already been started
     */
    public void run() {
        if (!runner.compareAndSet(null, Thread.currentThread()))
            throw new IllegalStateException("this continuous crawl has already been started");
        loop();
    }

    /** What the crawl is doing now. Cheap, and safe to call from any thread at any time. */
    public CrawlStats stats() {
        Instant now = Instant.now();
        Snapshot s = snapshot;
        List<ListingUrl> due = s.schedule().due(now);
        return new CrawlStats(
                now,
                startedAt,
                s.sources().size(),
                (int) due.stream().map(ListingUrl::sourceId).distinct().count(),
                s.schedule().listings().size(),
                due.size(),
                s.schedule().nextDue().map(t -> t.isBefore(now) ? now : t),
                tally.pages(),
                tally.pagesPerSecond(now),
                s.pagesDue(),
                tally.errorsByHost(),
                s.schedule().lastPolls(),
                s.problem());
    }

    /**
     * Stops the loop and waits until it has stopped: pages being handled are finished first. Does
     * nothing more when the crawl was never started or has stopped already.
     */
    @Override
    public void close() {
        stopRequested.countDown();
        Thread thread = runner.get();
        if (thread == null || thread == Thread.currentThread()) return;
        thread.interrupt();
        boolean interrupted = false;
        while (true) {
            try {
                stopped.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // keep waiting: the loop is finishing its pages
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private void loop() {
        try {
            if (isStopping()) return;
            try (var session = new CrawlSession(config, state, this::stopAsked)) {
                while (!isStopping()) {
                    try {
                        turn(session);
                    } catch (RuntimeException e) {
                        // The database or the WARC directory failed: said in the stats, tried again after a pause.
                        snapshot = new Snapshot(
                                snapshot.sources(),
                                snapshot.schedule(),
                                snapshot.pagesDue(),
                                Optional.of("crawl turn failed at " + Instant.now() + ": " + e.getMessage()));
                        pause(config.pollPolicy().recheck());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.countDown();
        }
    }

    /** One turn of the loop: steps 1–4 of the class comment. */
    private void turn(CrawlSession session) throws InterruptedException {
        Optional<String> problem = Optional.empty();
        List<Source> current = snapshot.sources();
        try {
            current = reloadSources(current); // 1. sources
        } catch (RuntimeException e) {
            problem = Optional.of("cannot read the sources, going on with the previous ones: " + e.getMessage());
        }
        ScheduleView schedule = ScheduleView.of(current, state.listingTimes());
        List<ListingUrl> due = schedule.due(Instant.now());
        if (!due.isEmpty()) { // 2. due listings
            var wanted = new HashSet<>(due);
            // A paused host is not waited for beyond one recheck interval, so it cannot hold up the turn.
            DiscoveryPass.Result polled = session.discovery(tally)
                    .run(
                            current,
                            wanted::contains,
                            Instant.now().plus(config.pollPolicy().recheck()));
            polled.polls().stream()
                    .filter(p -> p.result() == PollResult.FAILED)
                    .forEach(p -> tally.failed(p.listing().url()));
            schedule = ScheduleView.of(current, state.listingTimes());
        }
        snapshot = new Snapshot(current, schedule, snapshot.pagesDue(), problem);
        Instant nextLook = earliest(
                schedule.nextDue().orElse(Instant.MAX),
                Instant.now().plus(config.pollPolicy().recheck()));
        FrontierPass.Result fetched = session.frontier(handler, tally) // 3. pages
                .run(FrontierPass.SourceTerms.of(current), new FrontierPass.Limits(nextLook, config.retryDelay()));
        snapshot = new Snapshot(current, schedule, fetched.leftPending(), problem);
        if (fetched.leftPending() == 0) pause(Duration.between(Instant.now(), nextLook)); // 4. idle
    }

    /** The supplier's sources; those new or changed since the last turn are recorded in the crawl state. */
    private List<Source> reloadSources(List<Source> previous) {
        List<Source> fresh = List.copyOf(sources.get());
        for (Source source : fresh) if (!previous.contains(source)) state.saveSource(source);
        return fresh;
    }

    private boolean isStopping() {
        return stopAsked() || Thread.currentThread().isInterrupted();
    }

    /** Whether {@link #close()} has asked the crawl to stop (seen by its workers too, before the interrupt). */
    private boolean stopAsked() {
        return stopRequested.getCount() == 0;
    }

    /** Sleeps for {@code time}, or less when the crawl is stopped. */
    private void pause(Duration time) throws InterruptedException {
        if (time.isNegative() || time.isZero()) return;
        stopRequested.await(time.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
