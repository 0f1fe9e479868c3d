package dev.marsad.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The small static HTTP server of one demo site: GET and HEAD of pre-rendered responses, with
 * Last-Modified and ETag, and 304 for conditional requests that match.
 */
@SuppressForbidden("jdk-non-portable lists all com.sun.*, but com.sun.net.httpserver is the exported, supported"
        + " jdk.httpserver module: the small static server the demo needs, without a framework")
final class SiteServer implements AutoCloseable {

    /** Pending connections the server queues; the demo crawler opens only a few. */
    private static final int BACKLOG = 64;

    /** The JDK server's switch for TCP_NODELAY on accepted connections. */
    private static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    /** Seconds {@link #close()} waits for exchanges in progress. */
    private static final int STOP_DELAY_SECONDS = 0;

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI base;

    private SiteServer(HttpServer server, ExecutorService executor, URI base) {
        this.server = server;
        this.executor = executor;
        this.base = base;
    }

    /** Binds {@code port} on {@code address} (port 0: any free one); serving starts with {@link #serve}. */
    static SiteServer bind(String siteId, InetAddress address, int port) {
        // The JDK server writes headers and body separately; with Nagle's algorithm and the client's
        // delayed ACK every response then waits ~20 ms (marsad bench demo-sites: 23 ms a page
        // without, 4 ms with). The server reads this property once, when the JVM's first one starts.
        System.getProperties().putIfAbsent(NODELAY_PROPERTY, "true");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(address, port), BACKLOG);
            ExecutorService executor = Executors.newThreadPerTaskExecutor(
                    Thread.ofVirtual().name("demo-" + siteId + "-", 0).factory());
            server.setExecutor(executor);
            InetSocketAddress bound = server.getAddress();
            URI base = URI.create("http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort() + "/");
            return new SiteServer(server, executor, base);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot bind the demo site " + siteId + " on " + address.getHostAddress() + ":" + port + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /** The base URI, ending in '/'. */
    URI base() {
        return base;
    }

    /** Starts answering requests from {@code site}. */
    void serve(RenderedSite site) {
        server.createContext("/", exchange -> {
            try (exchange) {
                answer(exchange, site);
            }
        });
        server.start();
    }

    private void answer(HttpExchange exchange, RenderedSite site) throws IOException {
        String method = exchange.getRequestMethod();
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            exchange.sendResponseHeaders(405, -1);
            return;
        }
        URI target = exchange.getRequestURI();
        String key = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        java.util.Optional<String> moved = site.redirect(key);
        if (moved.isPresent()) {
            exchange.getResponseHeaders()
                    .set("Location", base.resolve(moved.get().substring(1)).toString());
            exchange.sendResponseHeaders(301, -1);
            return;
        }
        StaticResource resource = site.respond(key);
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", resource.contentType());
        headers.set(
                "Last-Modified",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        resource.lastModified().atZone(ZoneOffset.UTC)));
        headers.set("ETag", resource.etag());
        if (resource.status() == 200 && isNotModified(exchange, resource)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        if (head) {
            headers.set("Content-Length", Integer.toString(resource.length()));
            exchange.sendResponseHeaders(resource.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(resource.status(), resource.length() == 0 ? -1 : resource.length());
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(resource.body());
        }
    }

    /** RFC 9110 §13.2.2: If-None-Match is evaluated first; If-Modified-Since only without it. */
    private static boolean isNotModified(HttpExchange exchange, StaticResource resource) {
        String noneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (noneMatch != null) {
            for (String tag : noneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(resource.etag()) || t.equals("W/" + resource.etag())) return true;
            }
            return false;
        }
        return modifiedSince(exchange.getRequestHeaders().getFirst("If-Modified-Since"))
                .map(since -> !resource.lastModified().isAfter(since))
                .orElse(false);
    }

    private static Optional<Instant> modifiedSince(String header) {
        if (header == null) return Optional.empty();
        try {
            return Optional.of(ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty(); // RFC 9110 §13.1.3: an invalid date is ignored
        }
    }

    /** Stops the server and its threads. */
    @Override
    public void close() {
        server.stop(STOP_DELAY_SECONDS);
        executor.close();
    }
}
