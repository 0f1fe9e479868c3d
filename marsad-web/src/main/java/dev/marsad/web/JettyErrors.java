package dev.marsad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers before a request reaches the routes, in the site's one shape: a URL over
 * 8 KB (414) or a malformed request (400) got Jetty's English page (issue 15). Under /api the
 * JSON {@code {"status","error","detail"}}, elsewhere the Arabic error page; a request whose path
 * was not read gets the Arabic page.
 */
final class JettyErrors extends ErrorHandler {

    private final PageRenderer renderer;
    private final ObjectMapper json;
    private final WebConfig config;

    JettyErrors(PageRenderer renderer, ObjectMapper json, WebConfig config) {
        this.renderer = renderer;
        this.json = json;
        this.config = config;
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        HttpURI uri = request.getHttpURI();
        String path = uri == null || uri.getPath() == null ? "" : uri.getPath();
        Body body = body(path, code, message);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, body.contentType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body.bytes()), callback);
    }

    /** A bad message (the request line or headers could not be read): the Arabic page. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        Body body = body("", status, reason);
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, body.contentType()));
        return ByteBuffer.wrap(body.bytes());
    }

    private record Body(String contentType, byte[] bytes) {}

    private Body body(String path, int status, String message) {
        if (ErrorResponses.isApi(path)) {
            String detail = status == 414
                    ? "the URL is longer than the server reads (8 KB)"
                    : message == null ? "bad request" : message;
            try {
                byte[] bytes =
                        json.writeValueAsBytes(new ApiBodies.ErrorBody(status, ErrorResponses.codeOf(status), detail));
                return new Body("application/json; charset=utf-8", bytes);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the error body of a " + status, e);
            }
        }
        String html = ErrorResponses.page(renderer, config, status, "");
        return new Body("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }
}
