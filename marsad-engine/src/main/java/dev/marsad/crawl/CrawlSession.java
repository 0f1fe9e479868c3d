package dev.marsad.crawl;

import java.util.function.BooleanSupplier;

/**
 * What every request of a crawl goes through, opened once and shared by its passes: the HTTP client,
 * the per-host gate, the robots.txt rules, the WARC writer and the {@link Retriever} built on them.
 * A {@link CrawlRun} opens one per run; a {@link ContinuousCrawl} keeps one for its whole life, so
 * that host delays, robots.txt rules and the WARC file carry over from one poll to the next.
 */
final class CrawlSession implements AutoCloseable {

    private final CrawlConfig config;
    private final CrawlState state;
    private final HttpFetcher http;
    private final WarcCapture warc;
    private final Shield shield;
    private final UrlNormalizer normalizer = new UrlNormalizer();
    private final RobotsPolicy robots;
    private final Retriever retriever;

    /** Opens the HTTP client; the first WARC file is created with the first record. */
    CrawlSession(CrawlConfig config, CrawlState state) {
        this(config, state, () -> false);
    }

    /**
     * Like {@link #CrawlSession(CrawlConfig, CrawlState)}, with passes that start no listing or page
     * once {@code stopRequested} says so (besides an interrupt).
     */
    CrawlSession(CrawlConfig config, CrawlState state, BooleanSupplier stopRequested) {
        this.shield = new Shield(stopRequested);
        this.config = config;
        this.state = state;
        this.http = new HttpFetcher(config.fetchSettings());
        this.warc = new WarcCapture(config.dataDir().resolve("warc"), config.warcFileBytes(), config.userAgent());
        var gate = new HostGate(config.maxRetryAfter(), config.maxBackoff());
        var fetcher = new CapturingFetcher(http, gate, warc, shield, config.maxHostWait());
        this.robots = new RobotsPolicy(fetcher, state, config.robotsAgent(), config.maxCrawlDelay());
        this.retriever = new Retriever(fetcher, robots, normalizer, state, config.maxRedirects());
    }

    /** A pass that reads listings and queues what they list; its polls go to the schedule. */
    DiscoveryPass discovery(CrawlListener listener) {
        return new DiscoveryPass(
                retriever,
                state,
                feedReader(),
                sitemapReader(),
                new StartPageLinks(normalizer, config.maxLinksPerStartPage()),
                listener,
                config.pollPolicy(),
                shield);
    }

    /** A pass that fetches due frontier URLs and hands their pages to {@code handler}. */
    FrontierPass frontier(PageHandler handler, CrawlListener listener) {
        return new FrontierPass(retriever, state, handler, listener, config, warc, shield);
    }

    /** A feed reader with the crawl's item and unpacking limits. */
    FeedReader feedReader() {
        return new FeedReader(normalizer, config.maxListingItems(), config.maxBodyBytes());
    }

    /** A sitemap reader with the crawl's item and unpacking limits. */
    SitemapReader sitemapReader() {
        return new SitemapReader(normalizer, config.maxListingItems(), config.maxBodyBytes());
    }

    Retriever retriever() {
        return retriever;
    }

    RobotsPolicy robots() {
        return robots;
    }

    UrlNormalizer normalizer() {
        return normalizer;
    }

    /** Closes the HTTP client and the current WARC file. */
    @Override
    public void close() {
        try {
            http.close();
        } finally {
            warc.close();
        }
    }
}
