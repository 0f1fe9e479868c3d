package dev.marsad.crawl;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The settings of a crawl. All defaults live here, each with what it controls; build with {@link
 * #builder(Path)}.
 *
 * @param dataDir the data directory: WARC files go to {@code <dataDir>/warc/}
 * @param userAgent the User-Agent header sent with every request
 * @param robotsAgent the product token matched against robots.txt user-agent lines
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param readTimeout how long to wait for a complete response (headers and body)
 * @param maxBodyBytes bodies beyond this many (decoded) bytes are cut, stored truncated and rejected
 * @param maxRedirects how many redirect hops one URL may take
 * @param maxPages how many frontier URLs one run fetches at most (discovery documents not counted)
 * @param maxPagesPerSource how many frontier URLs of one source one run fetches at most
 * @param maxLinksPerStartPage how many same-host links one start page may add to the frontier
 * @param maxCrawlDelay the cap on a robots.txt Crawl-delay (longer delays are clamped to it)
 * @param maxAttempts how many runs may try a transiently failing URL (timeouts, 5xx) before it stays failed
 * @param warcFileBytes a WARC file is closed and a new one started once it passes this size
 * @param pollPolicy how often each feed, sitemap and start page is polled, adapted to how often it changes
 * @param retryDelay how long a continuous crawl waits before it tries a transiently failed URL again (a
 *     one-shot run tries it on the next run, whenever that is)
 * @param allowedAddresses loopback, private, link-local and other special addresses the crawl may fetch
 *     nonetheless; empty (the default) refuses them all. Never name private ranges in production: any
 *     feed or redirect could then reach the services on them
 * @param maxListingItems a feed or sitemap yields at most this many URLs, a sitemap index this many child
 *     sitemaps to consider; the rest is left out and the cut is recorded
 * @param maxRetryAfter the longest Retry-After (of a 429 or 503) honoured; longer ones are read as this
 * @param maxBackoff the longest pause after repeated failures of one host (timeouts, refused connections,
 *     5xx and 429 without Retry-After); the pause doubles with each failure, with jitter
 * @param maxHostWait the longest a crawl pass waits for one host's turn; a host that asked for a longer
 *     pause (Retry-After, back-off) keeps its URLs due for a later pass or run instead
 */
public record CrawlConfig(
        Path dataDir,
        String userAgent,
        String robotsAgent,
        Duration connectTimeout,
        Duration readTimeout,
        int maxBodyBytes,
        int maxRedirects,
        int maxPages,
        int maxPagesPerSource,
        int maxLinksPerStartPage,
        Duration maxCrawlDelay,
        int maxAttempts,
        long warcFileBytes,
        PollPolicy pollPolicy,
        Duration retryDelay,
        List<AddressRange> allowedAddresses,
        int maxListingItems,
        Duration maxRetryAfter,
        Duration maxBackoff,
        Duration maxHostWait) {

    /** Names Marsad to publishers; they can address it in robots.txt as {@link #DEFAULT_ROBOTS_AGENT}. */
    public static final String DEFAULT_USER_AGENT = "Marsad/0.1 (Arabic news crawler; robots token 'marsad')";
    /** The robots.txt product token. */
    public static final String DEFAULT_ROBOTS_AGENT = "marsad";
    /** Long enough for a slow server across the world, short enough not to stall a host's queue. */
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** A news page of a few hundred KB arrives well within this on any working connection. */
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    /** Article pages are far below 8 MiB; anything larger is a media file or a runaway response. */
    static final int DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;
    /** RFC 9110 sets no limit; browsers stop at about 20, crawlers commonly at 5. */
    static final int DEFAULT_MAX_REDIRECTS = 5;
    /** One run's page budget. */
    static final int DEFAULT_MAX_PAGES = 10_000;
    /** One source's share of a run, so one large site cannot starve the others. */
    static final int DEFAULT_MAX_PAGES_PER_SOURCE = 2_000;
    /** A section page links to a few dozen articles; more is navigation noise. */
    static final int DEFAULT_MAX_LINKS_PER_START_PAGE = 100;
    /** A Crawl-delay above this would make a source unusable; it is clamped. */
    static final Duration DEFAULT_MAX_CRAWL_DELAY = Duration.ofSeconds(30);
    /** Transient failures get this many runs in total before they stay failed. */
    static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** The size at which WARC files rotate, as Heritrix and wget do at about 1 GB. */
    static final long DEFAULT_WARC_FILE_BYTES = 1024L * 1024 * 1024;
    /**
     * A new listing is polled again after this long; from then on its interval adapts. Five minutes
     * is a fair first guess for a news feed: busy ones speed up within a few polls, quiet ones slow down.
     */
    static final Duration DEFAULT_INITIAL_POLL_INTERVAL = Duration.ofMinutes(5);
    /** The busiest listing is polled at most once a minute: new articles appear within about a minute. */
    static final Duration DEFAULT_MIN_POLL_INTERVAL = Duration.ofMinutes(1);
    /** The quietest listing is still polled every hour, so a source that wakes up is noticed the same hour. */
    static final Duration DEFAULT_MAX_POLL_INTERVAL = Duration.ofHours(1);
    /** After a poll with nothing new (a 304, only known URLs) or a failure, the interval grows by half. */
    static final double DEFAULT_POLL_SLOWDOWN = 1.5;
    /** After a poll that found new URLs the interval halves: a listing that changes is read twice as often. */
    static final double DEFAULT_POLL_SPEEDUP = 0.5;
    /**
     * A continuous crawl looks for due listings and re-reads its sources at least this often, so a
     * source added while it runs is polled within seconds; it is also the longest fetch slice.
     */
    static final Duration DEFAULT_RECHECK_INTERVAL = Duration.ofSeconds(5);
    /** The poll policy built from the defaults above. */
    public static final PollPolicy DEFAULT_POLL_POLICY = new PollPolicy(
            DEFAULT_INITIAL_POLL_INTERVAL,
            DEFAULT_MIN_POLL_INTERVAL,
            DEFAULT_MAX_POLL_INTERVAL,
            DEFAULT_POLL_SLOWDOWN,
            DEFAULT_POLL_SPEEDUP,
            DEFAULT_RECHECK_INTERVAL);
    /** A server that timed out or answered 5xx gets five minutes before the next try (of {@link #DEFAULT_MAX_ATTEMPTS}). */
    static final Duration DEFAULT_RETRY_DELAY = Duration.ofMinutes(5);
    /** The sitemaps protocol's own limit of URLs per sitemap (sitemaps.org); feeds are far smaller. */
    static final int DEFAULT_MAX_LISTING_ITEMS = 50_000;
    /** A server asking for more than an hour's rest is probably misconfigured; it still gets an hour. */
    static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofHours(1);
    /** After many failures a host is tried every ten minutes at most: it is noticed soon when it is back. */
    static final Duration DEFAULT_MAX_BACKOFF = Duration.ofMinutes(10);
    /** Longer than any Crawl-delay ({@link #DEFAULT_MAX_CRAWL_DELAY}), short enough not to hold a one-shot crawl. */
    static final Duration DEFAULT_MAX_HOST_WAIT = Duration.ofSeconds(60);

    public CrawlConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(robotsAgent, "robotsAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
        Objects.requireNonNull(pollPolicy, "pollPolicy");
        Objects.requireNonNull(retryDelay, "retryDelay");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxHostWait, "maxHostWait");
        allowedAddresses = List.copyOf(allowedAddresses);
        requirePositive("maxListingItems", maxListingItems);
        if (retryDelay.isNegative()) throw new IllegalArgumentException("retryDelay must be >= 0, got " + retryDelay);
        if (userAgent.isBlank() || robotsAgent.isBlank())
            throw new IllegalArgumentException("userAgent and robotsAgent must not be blank");
        requirePositive("maxBodyBytes", maxBodyBytes);
        requirePositive("maxPages", maxPages);
        requirePositive("maxPagesPerSource", maxPagesPerSource);
        requirePositive("maxLinksPerStartPage", maxLinksPerStartPage);
        requirePositive("maxAttempts", maxAttempts);
        requirePositive("warcFileBytes", warcFileBytes);
        if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must be >= 0, got " + maxRedirects);
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) throw new IllegalArgumentException(name + " must be positive, got " + value);
    }

    /** A builder holding the defaults above. */
    public static Builder builder(Path dataDir) {
        return new Builder(dataDir);
    }

    FetchSettings fetchSettings() {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, maxBodyBytes, allowedAddresses);
    }

    /** Builds a {@link CrawlConfig}; every setter is optional. */
    public static final class Builder {
        private final Path dataDir;
        private String userAgent = DEFAULT_USER_AGENT;
        private String robotsAgent = DEFAULT_ROBOTS_AGENT;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private int maxRedirects = DEFAULT_MAX_REDIRECTS;
        private int maxPages = DEFAULT_MAX_PAGES;
        private int maxPagesPerSource = DEFAULT_MAX_PAGES_PER_SOURCE;
        private int maxLinksPerStartPage = DEFAULT_MAX_LINKS_PER_START_PAGE;
        private Duration maxCrawlDelay = DEFAULT_MAX_CRAWL_DELAY;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private long warcFileBytes = DEFAULT_WARC_FILE_BYTES;
        private PollPolicy pollPolicy = DEFAULT_POLL_POLICY;
        private Duration retryDelay = DEFAULT_RETRY_DELAY;
        private List<AddressRange> allowedAddresses = List.of();
        private int maxListingItems = DEFAULT_MAX_LISTING_ITEMS;
        private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;
        private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
        private Duration maxHostWait = DEFAULT_MAX_HOST_WAIT;

        private Builder(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        }

        /** Sets {@link CrawlConfig#userAgent()}; default {@link #DEFAULT_USER_AGENT}. */
        public Builder userAgent(String value) {
            userAgent = value;
            return this;
        }

        /** Sets {@link CrawlConfig#robotsAgent()}; default {@link #DEFAULT_ROBOTS_AGENT}. */
        public Builder robotsAgent(String value) {
            robotsAgent = value;
            return this;
        }

        /** Sets {@link CrawlConfig#connectTimeout()}; default 10 s. */
        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        /** Sets {@link CrawlConfig#readTimeout()}; default 30 s. */
        public Builder readTimeout(Duration value) {
            readTimeout = value;
            return this;
        }

        /** Sets {@link CrawlConfig#maxBodyBytes()}; default 8 MiB. */
        public Builder maxBodyBytes(int value) {
            maxBodyBytes = value;
            return this;
        }

        /** Sets {@link CrawlConfig#maxRedirects()}; default 5. */
        public Builder maxRedirects(int value) {
            maxRedirects = value;
            return this;
        }

        /** Sets {@link CrawlConfig#maxPages()}; default 10 000. */
        public Builder maxPages(int value) {
            maxPages = value;
            return this;
        }

        /** Sets {@link CrawlConfig#maxPagesPerSource()}; default 2 000. */
        public Builder maxPagesPerSource(int value) {
            maxPagesPerSource = value;
            return this;
        }

        /** Sets {@link CrawlConfig#maxLinksPerStartPage()}; default 100. */
        public Builder maxLinksPerStartPage(int value) {
            maxLinksPerStartPage = value;
            return this;
        }

        /** Sets {@link CrawlConfig#maxCrawlDelay()}; default 30 s. */
        public Builder maxCrawlDelay(Duration value) {
            maxCrawlDelay = value;
            return this;
        }

        /** Sets {@link CrawlConfig#maxAttempts()}; default 3. */
        public Builder maxAttempts(int value) {
            maxAttempts = value;
            return this;
        }

        /** Sets {@link CrawlConfig#warcFileBytes()}; default 1 GiB. */
        public Builder warcFileBytes(long value) {
            warcFileBytes = value;
            return this;
        }

        /** Sets {@link CrawlConfig#pollPolicy()}; default {@link CrawlConfig#DEFAULT_POLL_POLICY}. */
        public Builder pollPolicy(PollPolicy value) {
            pollPolicy = value;
            return this;
        }

        /** Sets {@link CrawlConfig#retryDelay()}; default 5 min. */
        public Builder retryDelay(Duration value) {
            retryDelay = value;
            return this;
        }

        /**
         * Sets {@link CrawlConfig#allowedAddresses()}; default none. For tests and local demos only:
         * never allow private ranges in production.
         */
        public Builder allowedAddresses(List<AddressRange> value) {
            allowedAddresses = value;
            return this;
        }

        /** Sets {@link CrawlConfig#maxListingItems()}; default 50 000. */
        public Builder maxListingItems(int value) {
            maxListingItems = value;
            return this;
        }

        /** Sets {@link CrawlConfig#maxRetryAfter()}; default 1 h. */
        public Builder maxRetryAfter(Duration value) {
            maxRetryAfter = value;
            return this;
        }

        /** Sets {@link CrawlConfig#maxBackoff()}; default 10 min. */
        public Builder maxBackoff(Duration value) {
            maxBackoff = value;
            return this;
        }

        /** Sets {@link CrawlConfig#maxHostWait()}; default 60 s. */
        public Builder maxHostWait(Duration value) {
            maxHostWait = value;
            return this;
        }

        /** @throws IllegalArgumentException naming the first bad setting */
        public CrawlConfig build() {
            return new CrawlConfig(
                    dataDir,
                    userAgent,
                    robotsAgent,
                    connectTimeout,
                    readTimeout,
                    maxBodyBytes,
                    maxRedirects,
                    maxPages,
                    maxPagesPerSource,
                    maxLinksPerStartPage,
                    maxCrawlDelay,
                    maxAttempts,
                    warcFileBytes,
                    pollPolicy,
                    retryDelay,
                    allowedAddresses,
                    maxListingItems,
                    maxRetryAfter,
                    maxBackoff,
                    maxHostWait);
        }
    }
}
