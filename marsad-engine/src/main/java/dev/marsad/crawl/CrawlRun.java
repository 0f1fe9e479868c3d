package dev.marsad.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One crawl of a list of sources. The run
 *
 * <ol>
 *   <li>records the sources in the crawl state;
 *   <li>reads their feeds, sitemaps and start pages and queues new article URLs ({@link DiscoveryPass});
 *   <li>fetches the due frontier URLs host by host, stores each response in a WARC file, hands each
 *       page to the {@link PageHandler} and records every URL's final state ({@link FrontierPass}).
 * </ol>
 *
 * <p>Every request goes through robots.txt, the per-host delay and the WARC writer. The WARC files go
 * to {@code <dataDir>/warc/}. A run can be repeated: known URLs are not fetched again, unchanged
 * listings cost a 304, and URLs left pending by a crashed or budget-limited run are fetched next time.
 *
 * <pre>{@code
 * try (CrawlState state = CrawlState.open(data.resolve("crawl.db"))) {
 *     CrawlSummary summary = new CrawlRun(CrawlConfig.builder(data).build(), state, handler, listener)
 *             .run(SourceList.read(file).sources());
 * }
 * }</pre>
 */
public final class CrawlRun {

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
        Instant start = Instant.now();
        sources.forEach(state::saveSource); // 1. sources
        var normalizer = new UrlNormalizer();
        try (var http = new HttpFetcher(config.fetchSettings());
                var warc =
                        new WarcCapture(config.dataDir().resolve("warc"), config.warcFileBytes(), config.userAgent())) {
            var fetcher = new CapturingFetcher(http, new HostGate(), warc);
            var robots = new RobotsPolicy(fetcher, state, config.robotsAgent(), config.maxCrawlDelay());
            var retriever = new Retriever(fetcher, robots, normalizer, state, config.maxRedirects());
            var discovery = new DiscoveryPass(
                    retriever,
                    state,
                    new FeedReader(normalizer),
                    new SitemapReader(normalizer),
                    new StartPageLinks(normalizer, config.maxLinksPerStartPage()),
                    listener);
            DiscoveryPass.Result found = discovery.run(sources); // 2. discovery
            FrontierPass.Result fetched = // 3. fetch and handle
                    new FrontierPass(retriever, state, handler, listener, config).run(sources);
            var summary = new CrawlSummary(
                    found.listingsRead(),
                    found.discovered(),
                    fetched.finished(),
                    fetched.leftPending(),
                    Duration.between(start, Instant.now()));
            listener.onEvent(new CrawlEvent.RunFinished(summary));
            return summary;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // The passes have stopped their workers; what they finished is in the state, the rest stays due.
            var summary = new CrawlSummary(
                    0,
                    0,
                    java.util.Map.of(),
                    state.due(config.maxAttempts()).size(),
                    Duration.between(start, Instant.now()));
            listener.onEvent(new CrawlEvent.RunFinished(summary));
            return summary;
        }
    }
}
