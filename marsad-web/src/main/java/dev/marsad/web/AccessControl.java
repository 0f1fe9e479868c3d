package dev.marsad.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.Optional;

/**
 * The per-client request rate on search and the API ({@link AccessLimits}): past it a request is
 * answered 429 with Retry-After. Reader pages, feeds and {@code /health} are not limited: they are
 * cheap and cached.
 */
final class AccessControl {

    private final Optional<RateLimiter> limiter;
    private final ClientAddress clients;

    AccessControl(AccessLimits limits) {
        this.limiter = limits.requestsPerSecond() > 0
                ? Optional.of(new RateLimiter(limits.requestsPerSecond(), limits.burst(), System::nanoTime))
                : Optional.empty();
        this.clients = new ClientAddress(limits.trustedProxies());
    }

    void register(RoutesConfig routes) {
        if (limiter.isPresent()) routes.before(this::admit);
    }

    private void admit(Context ctx) {
        if (!isLimited(ctx.path())) return;
        String client =
                clients.of(ctx.req().getRemoteAddr(), Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
        limiter.orElseThrow().admit(client).ifPresent(wait -> {
            throw RequestRejected.tooManyRequests(wait);
        });
    }

    /** Search and the API; not /health, which must answer while everything else is busy. */
    static boolean isLimited(String path) {
        return path.equals("/search") || path.equals("/api") || path.startsWith("/api/");
    }
}
