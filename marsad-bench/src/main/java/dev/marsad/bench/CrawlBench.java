package dev.marsad.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.marsad.crawl.AddressRange;
import dev.marsad.crawl.CrawlConfig;
import dev.marsad.crawl.CrawlRun;
import dev.marsad.crawl.CrawlState;
import dev.marsad.crawl.CrawlSummary;
import dev.marsad.crawl.PageVerdict;
import dev.marsad.crawl.Source;
import dev.marsad.crawl.UrlState;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench crawl}: crawl throughput against local sites on 127.0.0.1, compared in the same
 * run with a bare JDK HttpClient loop that fetches the same pages under the same rule (hosts in
 * parallel, each host serially) but stores nothing. The ratio is the cost of robots.txt, WARC
 * capture, SQLite state and URL bookkeeping.
 */
@Command(name = "crawl", mixinStandardHelpOptions = true, description = "Crawl pages/s against local sites.")
@SuppressForbidden(reason = "com.sun.net.httpserver serves the local sites (module jdk.httpserver)")
public final class CrawlBench implements Runnable {

    /** The bench's own sites listen on loopback addresses: the crawl may reach those, nothing else private. */
    private static final List<AddressRange> LOCAL_SITES = List.of(AddressRange.parse("127.0.0.0/8"));

    /** A paragraph of made-up news text, repeated to reach the page size. */
    private static final String PARAGRAPH = "<p>أعلنت الهيئة العامة للأرصاد أن موجة الحر ستستمر حتى نهاية الأسبوع، "
            + "ودعت المواطنين إلى تجنب التعرض لأشعة الشمس في ساعات الظهيرة.</p>\n";

    @Option(names = "--hosts", description = "Local sites (one port each), default ${DEFAULT-VALUE}.")
    int hosts = 4;

    @Option(names = "--pages", description = "Article pages per site, default ${DEFAULT-VALUE}.")
    int pages = 250;

    @Option(names = "--page-kb", description = "Size of each page in KB, default ${DEFAULT-VALUE}.")
    int pageKb = 30;

    @Option(names = "--runs", description = "Repetitions; the best of each is reported, default ${DEFAULT-VALUE}.")
    int runs = 3;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        byte[] page = page();
        List<HttpServer> servers = new ArrayList<>();
        ExecutorService executor = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("bench-site-", 0).factory());
        try {
            for (int i = 0; i < hosts; i++) servers.add(site(executor, page));
            double bare = 0;
            double marsad = 0;
            for (int r = 0; r < runs; r++) {
                bare = Math.max(bare, bareFetch(servers));
                marsad = Math.max(marsad, marsadCrawl(servers));
            }
            int total = hosts * pages;
            out.printf(
                    Locale.ROOT,
                    "crawl: %d sites x %d pages of %d KB on 127.0.0.1, best of %d runs%n",
                    hosts,
                    pages,
                    pageKb,
                    runs);
            out.printf(Locale.ROOT, "%-34s %10s %10s%n", "mode", "pages", "pages/s");
            out.printf(Locale.ROOT, "%-34s %10d %10.0f%n", "bare JDK HttpClient (no storage)", total, bare);
            out.printf(Locale.ROOT, "%-34s %10d %10.0f%n", "Marsad CrawlRun (robots+WARC+SQLite)", total, marsad);
            out.printf(Locale.ROOT, "ratio Marsad/bare: %.2f%n", marsad / bare);
        } finally {
            servers.forEach(s -> s.stop(0));
            executor.shutdownNow();
        }
    }

    private byte[] page() {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
                + "<title>موجة الحر</title></head><body><article><h1>موجة الحر مستمرة</h1>\n");
        while (html.length() * 2 < pageKb * 1024) html.append(PARAGRAPH);
        return html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private HttpServer site(ExecutorService executor, byte[] page) {
        // Without TCP_NODELAY, headers and body go out as two segments and delayed ACKs cap each
        // connection at about 25 responses per second: the benchmark would measure the server.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(executor);
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            var rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                    + "<title>أخبار</title><link>" + base + "/</link><description>قياس</description>");
            for (int i = 0; i < pages; i++)
                rss.append("<item><title>خبر</title><link>")
                        .append(base)
                        .append("/p/")
                        .append(i)
                        .append("</link></item>");
            byte[] feed = rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                if (path.equals("/rss.xml")) send(exchange, 200, "application/rss+xml", feed);
                else if (path.startsWith("/p/")) send(exchange, 200, "text/html; charset=utf-8", page);
                else send(exchange, 404, "text/plain", new byte[0]);
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a local site", e);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        try (InputStream ignored = exchange.getRequestBody()) {
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private static String base(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Pages per second of the bare loop: one virtual thread per site, pages of a site in order. */
    private double bareFetch(List<HttpServer> servers) {
        long start = System.nanoTime();
        try (var executor = Executors.newThreadPerTaskExecutor(
                        Thread.ofVirtual().name("bench-bare-", 0).factory());
                var client = HttpClient.newBuilder()
                        .executor(executor)
                        .version(HttpClient.Version.HTTP_1_1)
                        .build()) {
            List<Thread> threads = new ArrayList<>();
            for (HttpServer server : servers) {
                threads.add(Thread.ofVirtual().name("bench-bare-host").start(() -> {
                    for (int i = 0; i < pages; i++) {
                        try {
                            client.send(
                                    HttpRequest.newBuilder(URI.create(base(server) + "/p/" + i))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }));
            }
            for (Thread thread : threads) thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return hosts * pages / ((System.nanoTime() - start) / 1e9);
    }

    /** Pages per second of a whole CrawlRun (discovery included) into a fresh data directory. */
    private double marsadCrawl(List<HttpServer> servers) {
        Path data;
        try {
            data = Files.createTempDirectory("marsad-bench-crawl");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary data directory", e);
        }
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            sources.add(new Source(
                    "site" + i,
                    "موقع " + i,
                    List.of(URI.create(base(servers.get(i)) + "/rss.xml")),
                    List.of(),
                    List.of(),
                    Duration.ZERO));
        }
        try (CrawlState state = CrawlState.open(data.resolve("crawl.db"))) {
            CrawlSummary summary = new CrawlRun(
                            CrawlConfig.builder(data)
                                    .allowedAddresses(LOCAL_SITES)
                                    .build(),
                            state,
                            c -> new PageVerdict.Accepted(0, "stored"),
                            event -> {})
                    .run(sources);
            if (summary.count(UrlState.FETCHED) != hosts * pages)
                throw new IllegalStateException(
                        "crawl fetched " + summary.count(UrlState.FETCHED) + " pages, expected " + hosts * pages);
            return summary.count(UrlState.FETCHED) / (summary.elapsed().toNanos() / 1e9);
        } finally {
            TempFolder.delete(data);
        }
    }
}
