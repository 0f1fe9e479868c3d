package dev.marsad.crawl;

/** Why a fetch produced no usable page; decides the final state and whether a later run retries. */
enum FailureKind {
    /** The URL cannot be requested (not http(s), no host, unparsable). */
    INVALID_URL(UrlState.REJECTED, false),
    /** robots.txt disallows the URL for Marsad. */
    ROBOTS_DISALLOWED(UrlState.REJECTED, false),
    /** robots.txt answered 5xx or was unreachable: RFC 9309 §2.3.1.4 says assume complete disallow for now. */
    ROBOTS_UNREACHABLE(UrlState.FAILED, true),
    /**
     * The host is, or resolves to, a loopback, private, link-local or other special address that the
     * configuration does not allow, or is an IP address in an ambiguous spelling ({@link AddressGuard}).
     */
    ADDRESS_REFUSED(UrlState.REJECTED, false),
    /**
     * Nothing was sent: the host asked for a pause (Retry-After) or is backed off after failures, for
     * longer than the crawl waits; the URL stays due for a later pass or run.
     */
    HOST_PAUSED(UrlState.FAILED, true),
    /** Connecting failed (refused, DNS, reset). */
    CONNECT(UrlState.FAILED, true),
    /** No complete response within the read timeout. */
    TIMEOUT(UrlState.FAILED, true),
    /** The server answered 4xx. */
    CLIENT_ERROR(UrlState.FAILED, false),
    /** The server answered 5xx or 429. */
    SERVER_ERROR(UrlState.FAILED, true),
    /** The body exceeded the size limit; a truncated copy is stored. */
    BODY_TOO_LARGE(UrlState.REJECTED, false),
    /** The Content-Encoding could not be decoded. */
    BAD_CONTENT_ENCODING(UrlState.FAILED, false),
    /** A 3xx without a usable Location header. */
    BAD_REDIRECT(UrlState.FAILED, false),
    /** A redirect chain came back to a URL already in the chain. */
    REDIRECT_LOOP(UrlState.FAILED, false),
    /** A redirect chain longer than the configured limit. */
    TOO_MANY_REDIRECTS(UrlState.FAILED, false);

    private final UrlState state;
    private final boolean retryable;

    FailureKind(UrlState state, boolean retryable) {
        this.state = state;
        this.retryable = retryable;
    }

    /** The final state a URL ends in after this failure: {@code FAILED} or {@code REJECTED}. */
    UrlState state() {
        return state;
    }

    /** Whether a later run should try the URL again (transient failures only). */
    boolean isRetryable() {
        return retryable;
    }
}
