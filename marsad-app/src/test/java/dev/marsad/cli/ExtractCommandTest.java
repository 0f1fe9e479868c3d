package dev.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code marsad extract FILE|URL}: JSON on stdout, one line on stderr for a page that is no article. */
@SuppressForbidden(reason = "com.sun.net.httpserver is the real test server (module jdk.httpserver)")
class ExtractCommandTest {

    private static final Path FIXTURE =
            Path.of("../marsad-engine/src/test/resources/extract/aggregator-full-page/source.html");

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ExtractCommand())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void printsTheArticleOfAFileAsJsonWithIsoDates() throws IOException {
        Run run = run(FIXTURE.toString(), "--url", "https://agg.example/news/5501");

        assertThat(run.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("title").asText()).isEqualTo("افتتاح جسر جديد على نهر الوادي يختصر الطريق بين المدينتين");
        assertThat(json.path("published").asText()).isEqualTo("2024-03-03T00:00:00Z");
        assertThat(json.path("version").asInt()).isEqualTo(dev.marsad.web.ApiArticle.VERSION);
        assertThat(json.path("tags").isNull()).as("not analysed yet").isTrue();
        assertThat(json.path("body").get(0).path("type").asText()).isEqualTo("paragraph");
        assertThat(json.path("embeds").get(0).path("handle").asText()).isEqualTo("north_reporter");
        assertThat(json.path("relatedLinks").get(0).path("url").asText()).isEqualTo("https://agg.example/news/5490");
    }

    @Test
    void fetchesAUrlOverHttp() throws IOException {
        byte[] page = Files.readAllBytes(FIXTURE);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/news/5501", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        try {
            Run run = run(
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/news/5501", "--allow-address", "127.0.0.1");
            assertThat(run.exit()).isZero();
            assertThat(new ObjectMapper().readTree(run.out()).path("source").asText())
                    .isEqualTo("صحيفة الوادي");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void saysInOneLineWhyAPageIsNotAnArticle(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("missing.html");
        Files.copy(Path.of("../marsad-engine/src/test/resources/extract/soft-404/source.html"), file);

        Run run = run(file.toString());

        assertThat(run.exit()).isEqualTo(ExtractCommand.REJECTED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).contains("SOFT_404").doesNotContain("\n");
    }

    @Test
    void failsWithAMessageNamingAMissingFile() {
        Run run = run("/no/such/file.html");

        assertThat(run.exit()).isEqualTo(CommandLine.ExitCode.SOFTWARE);
        assertThat(run.err()).contains("cannot read /no/such/file.html");
    }

    /** Through the real entry point, so the error path (one line on stderr, no stack trace) is the user's. */
    private static Run main(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void refusesALoopbackUrlThatIsNotAllowedInOneLine() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        var hits = new java.util.concurrent.atomic.AtomicInteger();
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            Run run = main("extract", "http://127.0.0.1:" + server.getAddress().getPort() + "/admin");
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err().strip())
                    .startsWith("marsad extract:")
                    .contains("127.0.0.1 is a loopback address")
                    .doesNotContain("\n\tat ");
            assertThat(hits).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anEndlessResponseEndsWithAClearErrorNotOutOfMemory() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/endless", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            try (var body = exchange.getResponseBody()) {
                while (true) body.write(chunk);
            } catch (IOException clientHungUp) {
                // expected: the fetcher stops at its size limit
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/endless";
            Run run = main("extract", url, "--allow-address", "127.0.0.1");
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err().strip())
                    .startsWith("marsad extract:")
                    .contains(url)
                    .contains("exceeds 8388608 bytes");
        } finally {
            server.stop(0);
        }
    }
}
