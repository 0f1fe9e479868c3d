package dev.marsad.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The per-client request rate on search and the API ({@link AccessLimits}): past it a request is
 * answered 429 with Retry-After, held back up to {@link #MAX_HOLD} first (no thread waits). Reader pages, feeds and {@code /health} are not limited: they are
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
        Optional<Duration> wait = limiter.orElseThrow().admit(client, cost(ctx));
        if (wait.isEmpty()) return;
        // answered after a pause, without a thread held meanwhile: a client that ignores
        // Retry-After and asks again at once was answered thousands of times a second, which took
        // the CPU that /health needed (issue 10)
        RequestRejected limited = RequestRejected.tooManyRequests(wait.get());
        Duration hold = wait.get().compareTo(MAX_HOLD) < 0 ? wait.get() : MAX_HOLD;
        Executor later = CompletableFuture.delayedExecutor(hold.toMillis(), TimeUnit.MILLISECONDS);
        ctx.future(() -> CompletableFuture.runAsync(
                () -> {
                    throw limited;
                },
                later));
        ctx.skipRemainingHandlers();
    }

    /** The longest a rate-limited answer is held back. */
    static final Duration MAX_HOLD = Duration.ofMillis(500);

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

    /**
     * Search (its page and its feeds) and the API; not /health, which must answer while everything
     * else is busy.
     */
    static boolean isLimited(String path) {
        return path.equals("/search") || path.startsWith("/search/") || path.equals("/api") || path.startsWith("/api/");
    }
}
