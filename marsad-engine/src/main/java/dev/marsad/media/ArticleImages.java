package dev.marsad.media;

import dev.marsad.extract.Article;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pictures of stored articles, fetched beside the ingest pipeline: for each article its lead
 * image (the extractor's {@link Article#image()}) and its site's icon ({@code /favicon.ico} of its
 * host, once per host).
 *
 * <p>Why at ingest and not on a reader's request: a reader's request then never makes Marsad call
 * another host (no request amplification, nothing a reader can aim at), the web server stays a
 * reader of the data folder ({@code marsad serve} runs read-only beside a crawl), and a page knows
 * its pictures' sizes when it is first rendered. Why beside the pipeline and not inside its workers:
 * the workers are as many as the cores and do pure work; a slow image host must not hold them. So
 * {@link #request(Article)} only queues (a bounded queue: when it is full the request is dropped and
 * counted, and the next ingest of the article asks again), and a few virtual threads fetch.
 * {@link #close()} waits for what was queued, up to {@link #DRAIN_TIMEOUT}.
 */
public final class ArticleImages implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleImages.class);

    /** Pictures waiting to be fetched at most; about a crawl burst's worth. */
    static final int QUEUE_CAPACITY = 512;

    /** Pictures fetched at once. */
    static final int FETCHERS = 4;

    /** A refused picture (unreachable, too large, …) is tried again after this long. */
    static final Duration RETRY_AFTER = Duration.ofDays(1);

    /** How long {@link #close()} waits for the queued pictures. */
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);

    /** URLs asked for in this process; past this many it starts afresh (the store still knows them). */
    private static final int MAX_REMEMBERED = 100_000;

    private final Optional<ImageFetcher> fetcher;
    private final Clock clock;
    private final BlockingQueue<Job> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Set<URI> asked = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads;
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean closed;

    private record Job(URI url, ImageKind kind) {}

    private ArticleImages(Optional<ImageFetcher> fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.clock = clock;
        this.threads = fetcher.isEmpty()
                ? null
                : Executors.newThreadPerTaskExecutor(
                        Thread.ofVirtual().name("marsad-images-", 1).factory());
        if (threads != null) for (int i = 0; i < FETCHERS; i++) threads.submit(this::fetchLoop);
    }

    /** Fetches with {@code fetcher} into its store; the caller closes the fetcher after this. */
    public static ArticleImages start(ImageFetcher fetcher, Clock clock) {
        return new ArticleImages(Optional.of(fetcher), clock);
    }

    /** Fetches nothing: for ingesting files and for tests, where no network is wanted. */
    public static ArticleImages none() {
        return new ArticleImages(Optional.empty(), Clock.systemUTC());
    }

    /**
     * The icon URL of the site of {@code page}: {@code /favicon.ico} at its scheme, host and port,
     * where browsers look for it; empty for a URL without an http(s) host.
     */
    public static Optional<URI> siteIcon(URI page) {
        String scheme = page.getScheme() == null ? "" : page.getScheme().toLowerCase(Locale.ROOT);
        if (page.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) return Optional.empty();
        try {
            return Optional.of(new URI(scheme, null, page.getHost(), page.getPort(), "/favicon.ico", null, null));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Queues the pictures of {@code article} that the store does not have yet; never waits. Does
     * nothing for a pipeline that fetches no pictures.
     */
    public void request(Article article) {
        if (fetcher.isEmpty() || closed) return;
        article.image().ifPresent(image -> offer(image.url(), ImageKind.PHOTO));
        siteIcon(article.url()).ifPresent(icon -> offer(icon, ImageKind.ICON));
    }

    private void offer(URI url, ImageKind kind) {
        if (asked.size() > MAX_REMEMBERED) asked.clear();
        if (!asked.add(url)) return;
        if (fetcher.orElseThrow().store().isSettled(url, RETRY_AFTER, clock.instant())) return;
        if (!queue.offer(new Job(url, kind))) {
            dropped.incrementAndGet();
            asked.remove(url); // asked again with the article's next ingest
        }
    }

    private void fetchLoop() {
        while (true) {
            Job job;
            try {
                job = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (job == null) {
                if (closed) return;
                continue;
            }
            inFlight.incrementAndGet();
            try {
                switch (fetcher.orElseThrow().fetch(job.url(), job.kind())) {
                    case ImageOutcome.Stored s -> stored.incrementAndGet();
                    case ImageOutcome.Refused r -> {
                        refused.incrementAndGet();
                        LOG.debug("no picture from {}: {}", r.url(), r.reason());
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) { // one picture's bug must not stop the others: recorded, go on
                refused.incrementAndGet();
                LOG.warn("fetching the picture {} failed", job.url(), e);
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    /**
     * Waits until every picture queued so far is fetched or refused, at most {@link #DRAIN_TIMEOUT};
     * the pipeline must have handed over its articles first ({@link
     * dev.marsad.media.ArticleImages#request(Article)} is called as each is stored).
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public void drain() throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        // a job is taken from the queue before it counts as in flight: look twice, 10 ms apart
        while (System.nanoTime() < deadline) {
            if (queue.isEmpty() && inFlight.get() == 0) {
                Thread.sleep(10);
                if (queue.isEmpty() && inFlight.get() == 0) return;
            }
            Thread.sleep(20);
        }
    }

    /** What happened to the pictures asked for so far: "12 pictures stored, 1 refused, 0 dropped". */
    public String summary() {
        return stored.get() + " pictures stored, " + refused.get() + " refused, " + dropped.get() + " dropped";
    }

    /** Pictures stored so far. */
    public long storedCount() {
        return stored.get();
    }

    /** Waits for the queued pictures (at most {@link #DRAIN_TIMEOUT}), then stops fetching. Idempotent. */
    @Override
    public void close() {
        closed = true;
        if (threads == null) return;
        threads.shutdown();
        boolean interrupted = false;
        try {
            if (!threads.awaitTermination(DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) threads.shutdownNow();
        } catch (InterruptedException e) {
            interrupted = true;
            threads.shutdownNow();
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
