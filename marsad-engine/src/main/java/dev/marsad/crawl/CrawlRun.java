package dev.marsad.crawl;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One crawl of a list of sources. {@link #run} does, in order:
 *
 * <ol>
 *   <li>records the sources in the crawl state;
 *   <li>reads their feeds, sitemaps and start pages and queues new article URLs ({@link DiscoveryPass});
 *       each listing's poll is recorded in its schedule, which a {@link ContinuousCrawl} follows;
 *   <li>fetches the due frontier URLs host by host, stores each response in a WARC file, hands each
 *       page to the {@link PageHandler} and records every URL's final state ({@link FrontierPass}).
 * </ol>
 *
 * <p>Every request goes through robots.txt, the per-host delay and the WARC writer; the WARC files go
 * to {@code <dataDir>/warc/}. A run can be repeated: known URLs are not fetched again, unchanged
 * listings cost a 304, and URLs left pending by a crashed or budget-limited run are fetched next time.
 * {@link #fetch} does step 3 for URLs given directly (the {@code ingest URL} case).
 *
 * <pre>{@code
 * try (CrawlState state = CrawlState.open(data.resolve("crawl.db"))) {
 *     CrawlSummary summary = new CrawlRun(CrawlConfig.builder(data).build(), state, handler, listener)
 *             .run(SourceList.read(file).sources());
 * }
 * }</pre>
 */
public final class CrawlRun {

    /** The source id under which {@link #fetch} queues URLs given directly. */
    public static final String DIRECT_SOURCE_ID = "direct";

    private final CrawlConfig config;
    private final CrawlState state;
    private final PageHandler handler;
    private final CrawlListener listener;

    /**
     * @param handler receives every fetched article page, from one thread at a time
     * @param listener receives progress events, possibly from several threads
     */
    public CrawlRun(CrawlConfig config, CrawlState state, PageHandler handler, CrawlListener listener) {
        this.config = Objects.requireNonNull(config, "config");
        this.state = Objects.requireNonNull(state, "state");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Crawls {@code sources} (steps 1–3 above) and returns what was done. When the calling thread is
     * interrupted, the run stops after the URLs in flight; the rest stays pending.
     *
     * @throws java.io.UncheckedIOException when the crawl database or the WARC directory is unusable
     */
    public CrawlSummary run(List<Source> sources) {
        sources.forEach(state::saveSource); // 1. sources
        Map<String, FrontierPass.SourceTerms> terms = FrontierPass.SourceTerms.of(sources);
        return session(session -> {
            DiscoveryPass.Result found =
                    session.discovery(listener).run(sources, listing -> true, Instant.MAX); // 2. discovery
            FrontierPass.Result fetched =
                    session.frontier(handler, listener).run(terms, FrontierPass.Limits.NONE); // 3. fetch and handle
            return new Counts(found.listingsRead(), found.discovered(), fetched);
        });
    }

    /**
     * Fetches article URLs given directly, without discovery: each is queued under {@link
     * #DIRECT_SOURCE_ID} and fetched like any frontier URL (robots.txt, politeness, WARC, handler,
     * final state). A URL already in the frontier in a final state is not fetched again.
     *
     * @param delay the pause between two requests to one host
     * @throws IllegalArgumentException naming the first URL that is not an absolute http(s) URL
     */
    public CrawlSummary fetch(List<URI> urls, Duration delay) {
        var normalizer = new UrlNormalizer();
        List<Discovered> queued = new ArrayList<>();
        for (URI url : urls) {
            URI canonical = normalizer
                    .normalize(url)
                    .orElseThrow(() -> new IllegalArgumentException("'" + url + "' is not an absolute http(s) URL"));
            queued.add(new Discovered(canonical, Hints.NONE));
        }
        int added = state.enqueue(DIRECT_SOURCE_ID, "direct", queued);
        var direct = Map.of(DIRECT_SOURCE_ID, new FrontierPass.SourceTerms(Optional.empty(), delay));
        return session(session ->
                new Counts(0, added, session.frontier(handler, listener).run(direct, FrontierPass.Limits.NONE)));
    }

    /** What the passes of one session did. */
    private record Counts(int listingsRead, int discovered, FrontierPass.Result fetched) {}

    @FunctionalInterface
    private interface Passes {
        Counts run(CrawlSession session) throws InterruptedException;
    }

    /** Opens a crawl session (HTTP client, WARC writer), runs {@code passes}, closes it, reports the summary. */
    private CrawlSummary session(Passes passes) {
        Instant start = Instant.now();
        CrawlSummary summary;
        try (var session = new CrawlSession(config, state)) {
            Counts counts = passes.run(session);
            summary = new CrawlSummary(
                    counts.listingsRead(),
                    counts.discovered(),
                    counts.fetched().finished(),
                    counts.fetched().leftPending(),
                    Duration.between(start, Instant.now()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // The passes have stopped their workers; what they finished is in the state, the rest stays due.
            summary = new CrawlSummary(
                    0, 0, Map.of(), state.due(config.maxAttempts()).size(), Duration.between(start, Instant.now()));
        }
        listener.onEvent(new CrawlEvent.RunFinished(summary));
        return summary;
    }
}
