package dev.marsad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.index.QueryRejected;
import dev.marsad.index.SearchTimedOut;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses. Under /api (and /health) the body is
 * {@code {"status":400,"error":"bad_parameter","detail":"…"}}; elsewhere a friendly Arabic page with
 * the same status. Client mistakes give 400 or 404; only bugs give 500, logged here with their
 * stack trace, which never reaches the client.
 */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    /** A detail of a bad parameter starts with the parameter's name in single quotes. */
    private static final Pattern PARAMETER = Pattern.compile("'([A-Za-z]{1,20})'");

    /** What a client is told about a bug: nothing of its insides. */
    static final String INTERNAL_DETAIL = "internal error; it was logged on the server";

    private final PageRenderer renderer;
    private final ObjectMapper json;
    private final WebConfig config;

    /**
     * The pages of rate_limited (429) and busy (503) answers by status and detail; their details are
     * the server's own words (never the client's), so there are a handful of them.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, String> busyPages =
            new java.util.concurrent.ConcurrentHashMap<>();

    ErrorResponses(PageRenderer renderer, ObjectMapper json, WebConfig config) {
        this.renderer = renderer;
        this.json = json;
        this.config = config;
    }

    void register(RoutesConfig routes) {
        routes.exception(RequestRejected.class, (e, ctx) -> {
            e.retryAfter().ifPresent(wait -> ctx.header("Retry-After", String.valueOf(RetryAfter.seconds(wait))));
            if (e.pageNotFound().isPresent() && !isApi(ctx.path()))
                pastEnd(ctx, e.pageNotFound().get());
            else respond(ctx, e.status(), e.code(), e.detail());
        });
        routes.exception(QueryRejected.class, (e, ctx) -> respond(ctx, 400, "bad_parameter", e.getMessage()));
        // an answer made of the hits found before the budget ran out would be arbitrary: none is given
        routes.exception(SearchTimedOut.class, (e, ctx) -> {
            ctx.header("Retry-After", String.valueOf(RetryAfter.seconds(RetryAfter.DEFAULT)));
            respond(ctx, 503, "timeout", e.getMessage());
        });
        // Javalin's own: no route for this path (404), a method not allowed, a body too large
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            String detail = switch (status) {
                case 404 -> "nothing at '" + ctx.path() + "'";
                case 405 -> ctx.method() + " is not allowed on '" + ctx.path() + "'; allowed: " + allowed(ctx.path());
                default -> e.getMessage();
            };
            // RFC 9110 §15.5.6: a 405 says which methods the resource allows
            if (status == 405) ctx.header("Allow", allowed(ctx.path()));
            respond(ctx, status, codeOf(status), detail);
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error serving {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "internal", INTERNAL_DETAIL);
        });
    }

    private void respond(Context ctx, int status, String code, String detail) {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        if (isApi(ctx.path())) {
            ctx.contentType("application/json; charset=utf-8")
                    .result(write(new ApiBodies.ErrorBody(status, code, detail)));
        } else if (code.equals("rate_limited") || code.equals("busy")) {
            // an abuser is answered this many times a second: the page is made once per detail
            ctx.html(busyPages.computeIfAbsent(status + " " + detail, k -> page(status, detail)));
        } else {
            ctx.html(page(status, detail));
        }
    }

    /** The Arabic page of a listing page that does not exist: "الصفحة 999 غير موجودة" with a link to the last. */
    private void pastEnd(Context ctx, RequestRejected.PageNotFound p) {
        ctx.status(404);
        ctx.header("Cache-Control", "no-store");
        PageChrome chrome = PageChrome.of(config, String.valueOf(404), "");
        ctx.html(renderer.render(
                "error.jte", new ListingPages.ErrorPage(chrome, 404, "", p.page(), p.pageCount(), p.lastHref())));
    }

    private String page(int status, String detail) {
        return page(renderer, config, status, parameterOf(detail));
    }

    /**
     * The Arabic error page of {@code status}: it says in Arabic what went wrong and names the
     * parameter of a 400, never the developer's English detail (issue 15).
     */
    static String page(PageRenderer renderer, WebConfig config, int status, String parameter) {
        PageChrome chrome = PageChrome.of(config, String.valueOf(status), "");
        return renderer.render("error.jte", new ListingPages.ErrorPage(chrome, status, parameter, 0, 0, ""));
    }

    /** The parameter a 400's detail names first ("'page' must be …" → "page"), or "". */
    static String parameterOf(String detail) {
        var m = PARAMETER.matcher(detail);
        return m.lookingAt() ? m.group(1) : "";
    }

    /** The methods a path answers: GET and HEAD everywhere, POST too on /settings. */
    static String allowed(String path) {
        return path.equals(SettingsPages.PATH) ? "GET, HEAD, POST" : "GET, HEAD";
    }

    private String write(ApiBodies.ErrorBody error) {
        try {
            return json.writeValueAsString(error);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write error body " + error, e);
        }
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/health");
    }

    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_parameter";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            case 414 -> "uri_too_long";
            case 429 -> "rate_limited";
            default -> status >= 500 ? "internal" : "bad_request";
        };
    }
}
