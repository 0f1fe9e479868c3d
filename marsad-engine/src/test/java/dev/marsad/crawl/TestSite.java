package dev.marsad.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1, port 0, serving fixed routes and counting requests per path. Paths
 * without a route answer 404.
 */
@SuppressForbidden(reason = "com.sun.net.httpserver is the real test server (module jdk.httpserver)")
final class TestSite implements AutoCloseable {

    /** One request as the server saw it. */
    record Request(String path, Map<String, List<String>> headers, long atNanos) {
        Request {
            headers = Map.copyOf(headers);
        }

        /** The first value of a request header, matched case-insensitively, or null. */
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e ->
                            e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }
    }

    /** The allow-list of tests that crawl their own sites: the loopback block, which the crawler refuses by default. */
    static final List<AddressRange> LOOPBACK = List.of(AddressRange.parse("127.0.0.0/8"));

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private TestSite(InetSocketAddress address) throws IOException {
        // Headers and body in separate segments meet delayed ACKs without TCP_NODELAY: ~40 ms a response.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(address, 0);
        executor = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("test-site-", 0).factory());
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    static TestSite start() {
        return startOn("127.0.0.1", 0);
    }

    /** A site on another loopback address ("127.0.0.7"; Linux routes all of 127.0.0.0/8 to lo), port 0 for any. */
    static TestSite startOn(String loopbackAddress, int port) {
        try {
            return new TestSite(new InetSocketAddress(AddressRange.literal(loopbackAddress), port));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + loopbackAddress + ":" + port, e);
        }
    }

    /** The base URL, "http://127.0.0.1:PORT". */
    String base() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    int port() {
        return server.getAddress().getPort();
    }

    URI url(String pathAndQuery) {
        return URI.create(base() + pathAndQuery);
    }

    TestSite route(String path, HttpHandler handler) {
        routes.put(path, handler);
        return this;
    }

    /** Serves {@code body} with status 200 and the given Content-Type. */
    TestSite page(String path, String contentType, byte[] body) {
        return route(path, exchange -> send(exchange, 200, contentType, body));
    }

    /** Serves a text fixture from src/test/resources/crawl/, with "{base}" replaced by this site's base URL. */
    TestSite fixture(String path, String contentType, String resource) {
        String text = new String(resourceBytes(resource), StandardCharsets.UTF_8).replace("{base}", base());
        return page(path, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Serves the UTF-8 article fixture at each of {@code paths}. */
    TestSite articles(String... paths) {
        for (String path : paths) fixture(path, "text/html; charset=utf-8", "article-utf8.html");
        return this;
    }

    /** Answers with a redirect to {@code location}. */
    TestSite redirect(String path, int status, String location) {
        return route(path, exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
    }

    /** Answers with a bare status and an empty body. */
    TestSite status(String path, int status) {
        return route(path, exchange -> send(exchange, status, "text/plain", new byte[0]));
    }

    /** An RSS 2.0 feed with one item per path of this site, in order. */
    byte[] rss(String... paths) {
        String[] urls = new String[paths.length];
        for (int i = 0; i < paths.length; i++) urls[i] = base() + paths[i];
        return rssOf(urls);
    }

    /** An RSS 2.0 feed (titled "أخبار") with one item per absolute URL, in order. */
    static byte[] rssOf(String... urls) {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>أخبار</title><link>http://x.example/</link><description>تجربة</description>");
        for (String url : urls)
            xml.append("<item><title>خبر</title><link>").append(url).append("</link></item>");
        return xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    static byte[] resourceBytes(String name) {
        try (InputStream in = TestSite.class.getResourceAsStream("/crawl/" + name)) {
            if (in == null) throw new IllegalArgumentException("no test resource crawl/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) exchange.getResponseBody().write(body);
        exchange.close();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null
                        ? ""
                        : "?" + exchange.getRequestURI().getRawQuery());
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        requests.add(new Request(path, exchange.getRequestHeaders(), System.nanoTime()));
        HttpHandler handler = routes.get(path);
        if (handler == null)
            send(exchange, 404, "text/html; charset=utf-8", "<p>لا توجد صفحة</p>".getBytes(StandardCharsets.UTF_8));
        else handler.handle(exchange);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
