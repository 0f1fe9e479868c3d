package dev.marsad.web;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A request the server refuses because of what the client sent: a bad parameter (400), something
 * that does not exist (404), too many requests (429), or one it cannot take now (503). {@link ErrorResponses} turns it into the one error shape.
 */
final class RequestRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final Optional<Duration> retryAfter;
    private final Optional<PageNotFound> pageNotFound;

    /**
     * A page of a listing past its last one.
     *
     * @param page the page asked for
     * @param pageCount how many pages the listing has
     * @param lastHref the listing's last page (its first when it is empty)
     */
    record PageNotFound(int page, long pageCount, String lastHref) {}

    private RequestRejected(
            int status, String code, String detail, Optional<Duration> retryAfter, Optional<PageNotFound> page) {
        super(Objects.requireNonNull(detail, "detail"), null, false, false);
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
        this.pageNotFound = Objects.requireNonNull(page, "page");
    }

    private RequestRejected(int status, String code, String detail, Optional<Duration> retryAfter) {
        this(status, code, detail, retryAfter, Optional.empty());
    }

    private RequestRejected(int status, String code, String detail) {
        this(status, code, detail, Optional.empty());
    }

    /** 429 rate_limited: the client asked too often; it may ask again after {@code wait}. */
    static RequestRejected tooManyRequests(Duration wait) {
        return new RequestRejected(
                429,
                "rate_limited",
                "too many requests from this address; try again in " + RetryAfter.seconds(wait) + " s",
                Optional.of(wait));
    }

    /** 503 busy: the server cannot take the request now; {@code detail} says why. */
    static RequestRejected busy(String detail) {
        return new RequestRejected(503, "busy", detail, Optional.of(RetryAfter.DEFAULT));
    }

    /** 400 bad_parameter; {@code detail} names the parameter and the value given. */
    static RequestRejected badParameter(String detail) {
        return new RequestRejected(400, "bad_parameter", detail);
    }

    /** 414 uri_too_long: the URL is longer than the site answers. */
    static RequestRejected uriTooLong(int length, int max) {
        return new RequestRejected(
                414, "uri_too_long", "the URL has " + length + " characters; at most " + max + " are read");
    }

    /** 404 not_found; {@code detail} names what was looked for. */
    static RequestRejected notFound(String detail) {
        return new RequestRejected(404, "not_found", detail);
    }

    /** 404 not_found for a page past a listing's last: the reader's page says so in Arabic (issue 15). */
    static RequestRejected pageNotFound(int page, long pageCount, String lastHref) {
        return new RequestRejected(
                404,
                "not_found",
                "page " + page + " does not exist; the listing has " + pageCount + " pages",
                Optional.empty(),
                Optional.of(new PageNotFound(page, pageCount, lastHref)));
    }

    /** The page past the end of a listing, when that is what was not found. */
    Optional<PageNotFound> pageNotFound() {
        return pageNotFound;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String detail() {
        return getMessage();
    }

    /** How long the client should wait before it asks again, for the Retry-After header. */
    Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
