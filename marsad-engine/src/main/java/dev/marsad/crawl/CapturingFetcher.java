package dev.marsad.crawl;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One polite, recorded request: waits for the turn of the URL's {@link PolitenessKey} ({@link
 * HostGate}), fetches, tells the gate what the answer asks of the next request (Retry-After, back-off),
 * and writes the response to the WARC file before anyone parses it. No robots.txt check and no redirect
 * following here; {@link Retriever} adds those.
 */
final class CapturingFetcher {

    /** An outcome and where its response was stored, if one arrived. */
    record Exchange(FetchOutcome outcome, Optional<WarcLocation> warc) {}

    private final HttpFetcher http;
    private final HostGate gate;
    private final WarcCapture warc;
    private final Shield shield;
    private final Duration maxHostWait;

    /** @param maxHostWait the longest to wait for a host's turn ({@link CrawlConfig#maxHostWait()}) */
    CapturingFetcher(HttpFetcher http, HostGate gate, WarcCapture warc, Shield shield, Duration maxHostWait) {
        this.http = http;
        this.gate = gate;
        this.warc = warc;
        this.shield = shield;
        this.maxHostWait = maxHostWait;
    }

    /**
     * Fetches {@code url} once the host's pause has passed, then stores the response with the crawl's
     * {@code labels}. When the host's turn comes after {@code until} or after {@link
     * CrawlConfig#maxHostWait()}, nothing is sent and the outcome is {@link FailureKind#HOST_PAUSED}. A
     * response that has arrived is always stored: an interrupt waits for the WARC record to be written.
     *
     * @throws InterruptedException when interrupted while waiting for the host or the response
     */
    Exchange fetch(URI url, Validators validators, Duration delay, RecordLabels labels, Instant until)
            throws InterruptedException {
        String key = PolitenessKey.of(url);
        Instant giveUpAt = earliest(until, Instant.now().plus(maxHostWait));
        if (gate.acquire(key, giveUpAt) instanceof HostGate.Turn.Deferred deferred)
            return new Exchange(
                    new FetchOutcome.Failed(
                            url, FailureKind.HOST_PAUSED, "not fetched " + url + " now: " + deferred.why()),
                    Optional.empty());
        FetchOutcome outcome = null;
        try {
            outcome = http.fetch(url, validators);
        } finally {
            gate.release(key, delay, outcome == null ? HostGate.Pause.NONE : pauseAfter(outcome));
        }
        FetchOutcome done = outcome;
        Optional<WarcLocation> stored = done.response().map(r -> shield.run(() -> warc.write(r, labels)));
        return new Exchange(done, stored);
    }

    /** What {@code outcome} asks of the next request to its host. */
    static HostGate.Pause pauseAfter(FetchOutcome outcome) {
        if (!(outcome instanceof FetchOutcome.Failed failed)) return HostGate.Pause.NONE;
        return switch (failed.kind()) {
            case TIMEOUT, CONNECT -> new HostGate.Pause.Failure(failed.detail());
            case SERVER_ERROR -> {
                CapturedResponse response = failed.captured().orElseThrow();
                int status = response.status();
                // RFC 9110 §10.2.3 / RFC 6585 §4: Retry-After with 503 and 429 says when to come back.
                Optional<Duration> asked = status == 429 || status == 503
                        ? response.header("Retry-After").flatMap(v -> RetryAfter.parse(v, response.fetchedAt()))
                        : Optional.empty();
                yield asked.<HostGate.Pause>map(pause -> new HostGate.Pause.Asked(
                                pause, "Retry-After " + pause.toSeconds() + " s with HTTP " + status))
                        .orElseGet(() -> new HostGate.Pause.Failure("HTTP " + status));
            }
            default -> HostGate.Pause.NONE;
        };
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
