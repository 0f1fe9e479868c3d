package dev.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, point 5: {@code marsad run} serves the site while it keeps its sources fresh. A local
 * publisher adds articles to its feed while the service runs; they must appear in search without a
 * restart, and a source registered while it runs must be crawled too.
 */
@SuppressForbidden(reason = "com.sun.net.httpserver is the real test server (module jdk.httpserver)")
class RunCommandTest {

    /** The longest a new article may take to show up: a poll (at most 2 s here), fetch, ingest, commit. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    private final List<HttpServer> sites = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private Thread service;
    private final StringWriter console = new StringWriter();

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.interrupt();
            service.join(Duration.ofSeconds(60));
        }
        sites.forEach(s -> s.stop(0));
    }

    /** A publisher whose feed lists what {@link #publish} added, newest first. */
    private final class Publisher {
        final HttpServer server;
        final List<String[]> articles = new CopyOnWriteArrayList<>(); // path, title, body, date

        Publisher(String name) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String body;
                String type = "text/html; charset=utf-8";
                int status = 200;
                if (path.equals("/rss.xml")) {
                    body = feed(name);
                    type = "application/rss+xml; charset=utf-8";
                } else if (path.equals("/robots.txt")) {
                    body = "User-agent: *\nAllow: /\n";
                    type = "text/plain";
                } else {
                    body = articles.stream()
                            .filter(a -> a[0].equals(path))
                            .findFirst()
                            .map(a -> page(name, a))
                            .orElse("not found");
                    if (body.equals("not found")) status = 404;
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            sites.add(server);
        }

        String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void publish(String path, String title, String text) {
            articles.add(0, new String[] {path, title, text, Instant.now().toString()});
        }

        private String feed(String name) {
            var items = new StringBuilder();
            for (String[] a : articles)
                items.append("<item><title>")
                        .append(a[1])
                        .append("</title><link>")
                        .append(base())
                        .append(a[0])
                        .append("</link></item>");
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>" + name
                    + "</title><link>" + base() + "/</link>" + items + "</channel></rss>";
        }

        private static String page(String site, String[] a) {
            return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>" + a[1]
                    + "</title><meta property=\"og:site_name\" content=\"" + site
                    + "\"><meta property=\"article:published_time\" content=\"" + a[3] + "\"></head><body>"
                    + "<article><h1>" + a[1] + "</h1><p>" + a[2] + "</p><p>" + a[2]
                    + " وأكدت المصادر أن التفاصيل ستعلن لاحقا في بيان رسمي يصدر خلال الأيام المقبلة.</p></article>"
                    + "</body></html>";
        }
    }

    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline))
                throw new AssertionError("gave up waiting for " + what + "; console:\n" + console);
            Thread.sleep(200);
        }
    }

    private String get(URI base, String path) {
        try {
            HttpResponse<String> r =
                    http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + " " + r.body();
        } catch (IOException e) {
            return "error " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private boolean found(URI base, String word) {
        return get(base, "/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8))
                .contains("\"total\":1");
    }

    @Test
    void servesWhileItKeepsSourcesFreshAndPicksUpNewSources() throws Exception {
        var first = new Publisher("صحيفة الشروق");
        first.publish(
                "/news/1", "افتتاح جسر جديد فوق نهر المدينة", "افتتح المحافظ جسرا جديدا فوق نهر المدينة يربط الضفتين.");
        Path sources = tmp.resolve("sources.json");
        Files.writeString(
                sources,
                "{\"sources\":[{\"id\":\"shorouk\",\"name\":\"صحيفة الشروق\",\"feeds\":[\"" + first.base()
                        + "/rss.xml\"],\"delayMillis\":0}]}",
                StandardCharsets.UTF_8);
        Path data = tmp.resolve("data");
        var exit = new AtomicInteger(-1);
        service = Thread.ofPlatform()
                .name("marsad-run-test")
                .start(() -> exit.set(Main.run(
                        new String[] {
                            "run",
                            "--allow-address",
                            "127.0.0.1",
                            "--data",
                            data.toString(),
                            "--port",
                            "0",
                            "--sources",
                            sources.toString(),
                            "--poll-min",
                            "PT1S",
                            "--poll-max",
                            "PT2S",
                            "--status-every",
                            "PT1S"
                        },
                        new PrintWriter(console, true),
                        new PrintWriter(console, true))));
        await("the server address", () -> console.toString().contains("serves http://"));
        Matcher m = Pattern.compile("serves (http://\\S+/)").matcher(console.toString());
        assertThat(m.find()).isTrue();
        URI base = URI.create(m.group(1));

        await("the first article", () -> found(base, "الجسر") || found(base, "جسرا"));

        first.publish(
                "/news/2", "هطول أمطار غزيرة على الساحل الشمالي", "هطلت أمطار غزيرة على الساحل الشمالي طوال الليل.");
        await("an article published while running", () -> found(base, "أمطار"));

        var second = new Publisher("نبض الجنوب");
        second.publish(
                "/a/7",
                "مهرجان التمور يستقبل آلاف الزوار",
                "استقبل مهرجان التمور في الواحة آلاف الزوار من المدن المجاورة.");
        var out = new StringWriter();
        assertThat(Main.run(
                        new String[] {
                            "sources",
                            "add",
                            second.base() + "/rss.xml",
                            "--allow-address",
                            "127.0.0.1",
                            "--data",
                            data.toString()
                        },
                        new PrintWriter(out, true),
                        new PrintWriter(out, true)))
                .as(out.toString())
                .isZero();
        await("an article of a source added while running", () -> found(base, "التمور"));

        String health = get(base, "/health");
        assertThat(health).startsWith("200").contains("\"service\"").contains("\"sources\":2");
        assertThat(console.toString()).contains("pages/s");

        service.interrupt();
        service.join(Duration.ofSeconds(60));
        assertThat(exit.get()).as(console.toString()).isZero();
        assertThat(console.toString()).contains("stopped; everything stored is kept");
    }

    @Test
    void refusesSeveralWorkersOnTheEmbeddedIndexAndABadShare() {
        var err = new StringWriter();
        int embedded = Main.run(
                new String[] {
                    "run", "--worker", "1/2", "--data", tmp.resolve("data").toString()
                },
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertThat(embedded).isNotZero();
        assertThat(err.toString()).contains("--worker 1/2 needs an index the workers share");
        var bad = new StringWriter();
        assertThat(Main.run(
                        new String[] {
                            "run",
                            "--worker",
                            "3/2",
                            "--data",
                            tmp.resolve("data").toString()
                        },
                        new PrintWriter(new StringWriter(), true),
                        new PrintWriter(bad, true)))
                .isNotZero();
        assertThat(bad.toString()).contains("K/N").contains("3/2");
    }
}
