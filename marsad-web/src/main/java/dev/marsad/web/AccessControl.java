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
        limiter.orElseThrow().admit(client, cost(ctx)).ifPresent(wait -> {
            throw RequestRejected.tooManyRequests(wait);
        });
    }

    /**
     * What a request costs in tokens: {@value #EXPENSIVE_COST} for an expensive search (a prefix,
     * an OR list, a phrase, many words, a deep page: {@link SearchGate#isExpensive}), 1 else; so a
     * client sending only expensive searches gets a fifth of the rate.
     */
    static int cost(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null && ctx.queryParam("page") == null) return 1;
        boolean expensive = SearchGate.isExpensive(
                q == null ? "" : q, number(ctx.queryParam("page")), number(ctx.queryParam("pageSize")));
        return expensive ? EXPENSIVE_COST : 1;
    }

    /** An expensive search costs as many tokens as this many ordinary requests. */
    static final int EXPENSIVE_COST = 5;

    /** A page or page size as given, 1 when absent or not a number (the endpoint answers 400 then). */
    private static long number(String value) {
        if (value == null) return 1;
        try {
            return Math.max(1, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Search and the API; not /health, which must answer while everything else is busy. */
    static boolean isLimited(String path) {
        return path.equals("/search") || path.equals("/api") || path.startsWith("/api/");
    }
}
