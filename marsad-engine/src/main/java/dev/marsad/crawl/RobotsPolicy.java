package dev.marsad.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt for every host, fetched on first use and cached (for a day at most, RFC 9309 §2.4; a
 * few minutes when it was unreachable), with RFC 9309 semantics: 2xx is parsed
 * (crawler-commons {@link SimpleRobotRulesParser}); up to five redirects are followed; 4xx means no
 * rules (allow all, §2.3.1.3); 5xx, 429 and unreachable mean complete disallow for now (§2.3.1.4),
 * and the URL fails with a retryable reason. A host whose address is refused ({@link AddressGuard}) is
 * refused as a whole, with that reason, for as long as an unreachable one. A Crawl-delay lengthens the host's politeness delay.
 */
final class RobotsPolicy {

    /** RFC 9309 §2.3.1.2: follow at least five consecutive redirects. */
    static final int MAX_ROBOTS_REDIRECTS = 5;
    /** RFC 9309 §2.4: a crawler SHOULD NOT use a cached robots.txt for more than 24 hours. */
    static final Duration MAX_RULES_AGE = Duration.ofHours(24);
    /** An unreachable robots.txt disallows the host "for now": it is asked for again after this long. */
    static final Duration MAX_UNREACHABLE_AGE = Duration.ofMinutes(5);

    /** Whether a URL may be fetched, and with which delay between requests to its host. */
    sealed interface Verdict {
        record Allowed(Duration delay) implements Verdict {}

        record Refused(FailureKind kind, String reason) implements Verdict {}
    }

    /**
     * The rules of one host, why they are what they are (for messages), and when they were loaded;
     * {@code refusal} says why the host may not be fetched at all for now (robots.txt unreachable, or its
     * address refused).
     */
    private record HostRules(BaseRobotRules rules, String origin, Optional<FailureKind> refusal, Instant loadedAt) {
        boolean unreachable() {
            return refusal.isPresent();
        }
    }

    private final CapturingFetcher fetcher;
    private final CrawlState state;
    private final String agent;
    private final Duration maxCrawlDelay;
    private final Duration maxRulesAge;
    private final Duration maxUnreachableAge;
    private final ConcurrentHashMap<String, CompletableFuture<HostRules>> cache = new ConcurrentHashMap<>();

    RobotsPolicy(CapturingFetcher fetcher, CrawlState state, String agent, Duration maxCrawlDelay) {
        this(fetcher, state, agent, maxCrawlDelay, MAX_RULES_AGE, MAX_UNREACHABLE_AGE);
    }

    /** As above, with the cache ages given (for tests). */
    RobotsPolicy(
            CapturingFetcher fetcher,
            CrawlState state,
            String agent,
            Duration maxCrawlDelay,
            Duration maxRulesAge,
            Duration maxUnreachableAge) {
        this.fetcher = fetcher;
        this.state = state;
        this.agent = agent;
        this.maxCrawlDelay = maxCrawlDelay;
        this.maxRulesAge = maxRulesAge;
        this.maxUnreachableAge = maxUnreachableAge;
    }

    /**
     * Checks {@code url} against its host's robots.txt, fetching it on first use.
     *
     * @param sourceDelay the source's own delay; the larger of it and the Crawl-delay applies
     * @param until a robots.txt to fetch is not fetched after this time: the verdict is then a refusal of
     *     kind {@link FailureKind#HOST_PAUSED}, not cached
     */
    Verdict check(URI url, String sourceId, Duration sourceDelay, Instant until) throws InterruptedException {
        HostRules host = rulesFor(url, sourceId, sourceDelay, until);
        if (host.refusal().isPresent())
            return new Verdict.Refused(host.refusal().get(), host.origin());
        if (!host.rules().isAllowed(url.toString()))
            return new Verdict.Refused(FailureKind.ROBOTS_DISALLOWED, "disallowed by " + host.origin());
        long crawlDelay = host.rules().getCrawlDelay();
        Duration delay =
                crawlDelay > 0 ? Duration.ofMillis(Math.min(crawlDelay, maxCrawlDelay.toMillis())) : Duration.ZERO;
        return new Verdict.Allowed(delay.compareTo(sourceDelay) > 0 ? delay : sourceDelay);
    }

    /**
     * The sitemaps that the robots.txt of {@code url}'s host names in {@code Sitemap:} lines, as
     * written there (fetching it on first use); none when it is missing or unreachable.
     */
    List<String> sitemaps(URI url, String sourceId, Duration delay) throws InterruptedException {
        return List.copyOf(rulesFor(url, sourceId, delay, Instant.MAX).rules().getSitemaps());
    }

    private HostRules rulesFor(URI url, String sourceId, Duration delay, Instant until) throws InterruptedException {
        String host = UrlNormalizer.hostKey(url);
        while (true) {
            var mine = new CompletableFuture<HostRules>();
            CompletableFuture<HostRules> existing = cache.putIfAbsent(host, mine);
            if (existing == null) return loadInto(mine, host, sourceId, delay, until);
            HostRules rules;
            try {
                rules = existing.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("robots.txt of " + host + " could not be loaded", e.getCause());
            }
            Duration maxAge = rules.unreachable() ? maxUnreachableAge : maxRulesAge;
            if (rules.loadedAt().plus(maxAge).isAfter(Instant.now())) return rules;
            cache.remove(host, existing); // stale: the next turn of the loop loads them again
        }
    }

    /** Loads the rules of {@code host} and completes {@code mine}, the cache entry, with them. */
    private HostRules loadInto(
            CompletableFuture<HostRules> mine, String host, String sourceId, Duration delay, Instant until)
            throws InterruptedException {
        try {
            HostRules rules = load(URI.create(host + "/robots.txt"), sourceId, delay, until);
            mine.complete(rules);
            // Not asked yet, so nothing is known: the next check asks again.
            if (rules.refusal().equals(Optional.of(FailureKind.HOST_PAUSED))) cache.remove(host, mine);
            return rules;
        } catch (InterruptedException | RuntimeException e) {
            cache.remove(host, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private HostRules load(URI robotsUrl, String sourceId, Duration delay, Instant until) throws InterruptedException {
        URI url = robotsUrl;
        for (int hop = 0; hop <= MAX_ROBOTS_REDIRECTS; hop++) {
            CapturingFetcher.Exchange capture =
                    fetcher.fetch(url, Validators.NONE, delay, RecordLabels.of(DocumentKind.ROBOTS, sourceId), until);
            FetchOutcome outcome = capture.outcome();
            switch (outcome) {
                case FetchOutcome.Redirected r -> {
                    log(r, sourceId, UrlState.REDIRECTED, "redirects to " + r.location(), capture);
                    url = r.location();
                }
                case FetchOutcome.Fetched f -> {
                    log(f, sourceId, UrlState.FETCHED, "parsed", capture);
                    return parse(f.captured());
                }
                case FetchOutcome.NotModified n -> {
                    log(n, sourceId, UrlState.UNCHANGED, "not modified", capture);
                    return allowAll(url + " answered 304 without a previous copy");
                }
                case FetchOutcome.Failed f -> {
                    return onFailure(f, sourceId, capture);
                }
            }
        }
        return allowAll("robots.txt of " + robotsUrl + " redirects more than " + MAX_ROBOTS_REDIRECTS + " times");
    }

    private HostRules onFailure(FetchOutcome.Failed f, String sourceId, CapturingFetcher.Exchange capture) {
        switch (f.kind()) {
            case CLIENT_ERROR -> {
                log(f, sourceId, UrlState.FETCHED, f.detail() + ": no rules, all allowed (RFC 9309 §2.3.1.3)", capture);
                return allowAll(f.url() + " is unavailable (" + f.detail() + ")");
            }
            case HOST_PAUSED -> {
                return refusedHost(FailureKind.HOST_PAUSED, f.detail()); // nothing was sent: nothing to log
            }
            case ADDRESS_REFUSED -> {
                log(f, sourceId, UrlState.REJECTED, f.detail(), capture);
                return refusedHost(FailureKind.ADDRESS_REFUSED, f.detail());
            }
            case BODY_TOO_LARGE -> {
                log(f, sourceId, UrlState.FETCHED, "parsed the first bytes: " + f.detail(), capture);
                return parse(f.captured().orElseThrow());
            }
            default -> {
                String reason =
                        "robots.txt unreachable (" + f.detail() + "): complete disallow for now (RFC 9309 §2.3.1.4)";
                log(f, sourceId, UrlState.FAILED, reason, capture);
                return refusedHost(FailureKind.ROBOTS_UNREACHABLE, reason);
            }
        }
    }

    private static HostRules refusedHost(FailureKind kind, String reason) {
        return new HostRules(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), reason, Optional.of(kind), Instant.now());
    }

    private HostRules parse(CapturedResponse response) {
        var parser = new SimpleRobotRulesParser(Long.MAX_VALUE, SimpleRobotRulesParser.DEFAULT_MAX_WARNINGS);
        BaseRobotRules rules = parser.parseContent(
                response.url().toString(),
                response.body(),
                response.header("Content-Type").orElse("text/plain"),
                List.of(agent));
        return new HostRules(rules, response.url().toString(), Optional.empty(), Instant.now());
    }

    private static HostRules allowAll(String why) {
        return new HostRules(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), why, Optional.empty(), Instant.now());
    }

    private void log(
            FetchOutcome outcome, String sourceId, UrlState result, String reason, CapturingFetcher.Exchange c) {
        int status = outcome.response().map(CapturedResponse::status).orElse(0);
        Instant at = outcome.response().map(CapturedResponse::fetchedAt).orElseGet(Instant::now);
        state.log(new FetchRecord(
                Objects.requireNonNull(outcome.url()),
                sourceId,
                DocumentKind.ROBOTS,
                at,
                result,
                Stage.ROBOTS,
                reason,
                status,
                c.warc()));
    }
}
