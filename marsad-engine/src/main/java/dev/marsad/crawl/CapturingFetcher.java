package dev.marsad.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * One polite, recorded request: waits for the host's turn ({@link HostGate}), fetches, and writes the
 * response to the WARC file before anyone parses it. No robots.txt check and no redirect following
 * here; {@link Retriever} adds those.
 */
final class CapturingFetcher {

    /** An outcome and where its response was stored, if one arrived. */
    record Exchange(FetchOutcome outcome, Optional<WarcLocation> warc) {}

    private final HttpFetcher http;
    private final HostGate gate;
    private final WarcCapture warc;
    private final Shield shield;

    CapturingFetcher(HttpFetcher http, HostGate gate, WarcCapture warc, Shield shield) {
        this.http = http;
        this.gate = gate;
        this.warc = warc;
        this.shield = shield;
    }

    /**
     * Fetches {@code url} once the host's delay has passed, then stores the response with the
     * crawl's {@code labels}. A response that has arrived is always stored: an interrupt waits for
     * the WARC record to be written.
     *
     * @throws InterruptedException when interrupted while waiting for the host or the response
     */
    Exchange fetch(URI url, Validators validators, Duration delay, RecordLabels labels) throws InterruptedException {
        String host = UrlNormalizer.hostKey(url);
        gate.acquire(host);
        FetchOutcome outcome;
        try {
            outcome = http.fetch(url, validators);
        } finally {
            gate.release(host, delay);
        }
        Optional<WarcLocation> stored = outcome.response().map(r -> shield.run(() -> warc.write(r, labels)));
        return new Exchange(outcome, stored);
    }
}
