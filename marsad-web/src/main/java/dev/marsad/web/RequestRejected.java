package dev.marsad.web;

import java.util.Objects;

/**
 * A request the server refuses because of what the client sent: a bad parameter (400) or
 * something that does not exist (404). {@link ErrorResponses} turns it into the one error shape.
 */
final class RequestRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    private RequestRejected(int status, String code, String detail) {
        super(Objects.requireNonNull(detail, "detail"), null, false, false);
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
    }

    /** 400 bad_parameter; {@code detail} names the parameter and the value given. */
    static RequestRejected badParameter(String detail) {
        return new RequestRejected(400, "bad_parameter", detail);
    }

    /** 404 not_found; {@code detail} names what was looked for. */
    static RequestRejected notFound(String detail) {
        return new RequestRejected(404, "not_found", detail);
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
}
