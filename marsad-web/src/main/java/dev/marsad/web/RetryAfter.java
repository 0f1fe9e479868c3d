package dev.marsad.web;

import java.time.Duration;

/** The Retry-After header (RFC 9110 §10.2.3): whole seconds, at least one. */
final class RetryAfter {

    /** What a client is told to wait after a 503: a busy moment passes quickly. */
    static final Duration DEFAULT = Duration.ofSeconds(1);

    private RetryAfter() {}

    /** {@code wait} in whole seconds, rounded up, at least 1. */
    static long seconds(Duration wait) {
        long s = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, s);
    }
}
