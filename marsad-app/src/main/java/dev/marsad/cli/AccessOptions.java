package dev.marsad.cli;

import dev.marsad.web.AccessLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The options of the commands that serve the site: the per-client request rate and the reverse
 * proxies whose X-Forwarded-For header is believed. A picocli mixin.
 */
final class AccessOptions {

    @Option(
            names = "--rate-limit",
            description = "Search and API requests a client may make per second, sustained; 0 turns the limit"
                    + " off (default: ${DEFAULT-VALUE}).",
            defaultValue = "5")
    double rateLimit;

    @Option(
            names = "--rate-burst",
            description = "Search and API requests a client may make at once (default: ${DEFAULT-VALUE}).",
            defaultValue = "20")
    int rateBurst;

    @Option(
            names = "--trusted-proxy",
            paramLabel = "ADDRESS",
            description = "The IP address of a reverse proxy in front of Marsad (repeatable), e.g. 127.0.0.1:"
                    + " requests from it are counted by the client its X-Forwarded-For header names. Name only"
                    + " proxies you run; from any other address the header is ignored.")
    List<String> trustedProxies = new ArrayList<>();

    /** The limits these options describe, over the server's defaults. */
    AccessLimits limits() {
        if (rateLimit < 0 || Double.isNaN(rateLimit) || Double.isInfinite(rateLimit))
            throw new IllegalArgumentException("--rate-limit must be 0 (off) or more, got " + rateLimit);
        if (rateBurst < 1) throw new IllegalArgumentException("--rate-burst must be at least 1, got " + rateBurst);
        return AccessLimits.defaults().withRate(rateLimit, rateBurst).withTrustedProxies(Set.copyOf(trustedProxies));
    }
}
