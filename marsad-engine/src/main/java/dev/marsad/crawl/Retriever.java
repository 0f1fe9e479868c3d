package dev.marsad.crawl;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Retrieves one URL the way the crawl must: every hop of a redirect chain is checked against
 * robots.txt, waits for its host's turn, is stored in the WARC file and logged; loops and overlong
 * chains end the chain. The result is the final response or why there is none.
 */
final class Retriever {

    /** How retrieving one URL ended. */
    sealed interface Retrieval {
        /** A 2xx response at the end of the chain ({@code response.url()} is the final URL). */
        record Got(CapturedResponse response, WarcLocation warc) implements Retrieval {}

        /** 304 Not Modified to the conditional request. */
        record Unchanged(CapturedResponse response, WarcLocation warc) implements Retrieval {}

        /**
         * Not fetched now: the host asked for a longer pause than the caller waits (Retry-After,
         * back-off). Nothing was sent; the URL keeps its state and is due again later.
         */
        record Deferred(String reason) implements Retrieval {}

        /** No page: refused by robots.txt, failed, or redirected to a URL crawled under its own entry. */
        record Stopped(
                UrlState state,
                Stage stage,
                String reason,
                int httpStatus,
                Optional<WarcLocation> warc,
                boolean retryable)
                implements Retrieval {
            public Stopped {
                Objects.requireNonNull(state, "state");
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    private final CapturingFetcher fetcher;
    private final RobotsPolicy robots;
    private final UrlNormalizer normalizer;
    private final CrawlState state;
    private final int maxRedirects;

    Retriever(
            CapturingFetcher fetcher,
            RobotsPolicy robots,
            UrlNormalizer normalizer,
            CrawlState state,
            int maxRedirects) {
        this.fetcher = fetcher;
        this.robots = robots;
        this.normalizer = normalizer;
        this.state = state;
        this.maxRedirects = maxRedirects;
    }

    /**
     * Retrieves {@code url}, following redirects.
     *
     * @param validators sent with the first request only
     * @param delay the source's politeness delay (robots.txt may lengthen it)
     * @param until no request is started after this time: a host whose turn comes later gives {@link
     *     Retrieval.Deferred}
     */
    Retrieval retrieve(URI url, RecordLabels labels, Validators validators, Duration delay, Instant until)
            throws InterruptedException {
        String sourceId = labels.sourceId();
        DocumentKind kind = labels.kind();
        List<URI> chain = new ArrayList<>(List.of(url));
        URI current = url;
        while (true) {
            RobotsPolicy.Verdict verdict = robots.check(current, sourceId, delay, until);
            if (verdict instanceof RobotsPolicy.Verdict.Refused refused && refused.kind() == FailureKind.HOST_PAUSED)
                return new Retrieval.Deferred(refused.reason());
            if (verdict instanceof RobotsPolicy.Verdict.Refused refused)
                return new Retrieval.Stopped(
                        refused.kind().state(),
                        refused.kind() == FailureKind.ADDRESS_REFUSED ? Stage.FETCH : Stage.ROBOTS,
                        refused.reason(),
                        0,
                        Optional.empty(),
                        refused.kind().isRetryable());
            Duration hostDelay = ((RobotsPolicy.Verdict.Allowed) verdict).delay();
            CapturingFetcher.Exchange capture = fetcher.fetch(
                    current, current.equals(url) ? validators : Validators.NONE, hostDelay, labels, until);
            if (capture.outcome() instanceof FetchOutcome.Redirected r) {
                Optional<Retrieval> end = followOrStop(r, chain, sourceId, kind, capture);
                if (end.isPresent()) return end.get();
                current = chain.getLast();
            } else {
                return ended(capture);
            }
        }
    }

    /** The retrieval for a final (non-redirect) outcome. */
    private static Retrieval ended(CapturingFetcher.Exchange capture) {
        return switch (capture.outcome()) {
            case FetchOutcome.Fetched f ->
                new Retrieval.Got(f.captured(), capture.warc().orElseThrow());
            case FetchOutcome.NotModified n ->
                new Retrieval.Unchanged(n.captured(), capture.warc().orElseThrow());
            case FetchOutcome.Failed f when f.kind() == FailureKind.HOST_PAUSED -> new Retrieval.Deferred(f.detail());
            case FetchOutcome.Failed f ->
                new Retrieval.Stopped(
                        f.kind().state(),
                        Stage.FETCH,
                        f.detail(),
                        f.captured().map(CapturedResponse::status).orElse(0),
                        capture.warc(),
                        f.kind().isRetryable());
            case FetchOutcome.Redirected r ->
                throw new IllegalArgumentException("a redirect is followed, not ended: " + r.url());
        };
    }

    /** Logs the hop and appends the target to {@code chain}, or says why the chain ends here. */
    private Optional<Retrieval> followOrStop(
            FetchOutcome.Redirected r,
            List<URI> chain,
            String sourceId,
            DocumentKind kind,
            CapturingFetcher.Exchange capture) {
        int status = r.captured().status();
        Optional<URI> target = normalizer.normalize(r.location());
        if (target.isEmpty())
            return stop(
                    UrlState.FAILED,
                    "HTTP " + status + " to an unusable Location '" + r.location() + "'",
                    status,
                    capture);
        logHop(r, chain.getFirst(), sourceId, kind, capture, "HTTP " + status + " redirects to " + target.get());
        if (chain.contains(target.get()))
            return stop(UrlState.FAILED, "redirect loop: " + describe(chain) + " → " + target.get(), status, capture);
        if (chain.size() > maxRedirects)
            return stop(
                    UrlState.FAILED, "more than " + maxRedirects + " redirects: " + describe(chain), status, capture);
        if (kind == DocumentKind.PAGE && state.isKnown(target.get()))
            return stop(
                    UrlState.REDIRECTED,
                    "redirects to " + target.get() + ", which is crawled under its own entry",
                    status,
                    capture);
        chain.add(target.get());
        return Optional.empty();
    }

    private void logHop(
            FetchOutcome.Redirected r,
            URI requested,
            String sourceId,
            DocumentKind kind,
            CapturingFetcher.Exchange capture,
            String reason) {
        var record = new FetchRecord(
                r.url(),
                sourceId,
                kind,
                r.captured().fetchedAt(),
                UrlState.REDIRECTED,
                Stage.FETCH,
                reason,
                r.captured().status(),
                capture.warc());
        // The requested URL gets its final state from the caller; later hops of an article are frontier
        // URLs in their own right, so they are recorded as redirected and never fetched again.
        if (kind == DocumentKind.PAGE && !r.url().equals(requested)) state.finish(record, false);
        else state.log(record);
    }

    private static Optional<Retrieval> stop(UrlState result, String reason, int status, CapturingFetcher.Exchange c) {
        return Optional.of(new Retrieval.Stopped(result, Stage.FETCH, reason, status, c.warc(), false));
    }

    private static String describe(List<URI> chain) {
        return String.join(" → ", chain.stream().map(URI::toString).toList());
    }
}
