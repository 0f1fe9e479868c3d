package dev.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Section;
import dev.marsad.extract.Article;
import dev.marsad.extract.Block;
import dev.marsad.extract.TimePrecision;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LuceneArticleIndex;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path data;

    private static ServeCommand parse(String... args) {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void servesTheDataFoldersIndexOnTheGivenPort() throws Exception {
        ServeCommand command = parse("--data", data.toString(), "--port", "0");
        try (ServeCommand.Serving serving = command.start()) {
            assertThat(serving.server().baseUri().getHost()).isEqualTo("127.0.0.1");
            HttpRequest health = HttpRequest.newBuilder(
                            serving.server().baseUri().resolve("/health"))
                    .timeout(Duration.ofSeconds(20))
                    .build();
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(health, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"status\":\"ok\",\"articles\":0}");
        }
        assertThat(data.resolve("index")).isDirectory();
    }

    @Test
    void servesBesideAWriterHoldingTheIndexAndShowsWhatItCommits() throws Exception {
        // issue 9: serve used to take the write lock, so a site could not be served while it was crawled
        try (LuceneArticleIndex writer = LuceneArticleIndex.open(data.resolve("index"))) {
            writer.put(article("a1"));
            writer.commit();
            ServeCommand command = parse("--data", data.toString(), "--port", "0");
            try (ServeCommand.Serving serving = command.start()) {
                URI health = serving.server().baseUri().resolve("/health");
                assertThat(get(health)).isEqualTo("{\"status\":\"ok\",\"articles\":1}");

                writer.put(article("a2"));
                writer.commit();
                Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
                String body = get(health);
                while (!body.contains("\"articles\":2") && Instant.now().isBefore(deadline)) {
                    Thread.sleep(100);
                    body = get(health);
                }
                assertThat(body).isEqualTo("{\"status\":\"ok\",\"articles\":2}");
            }
        }
    }

    private static String get(URI uri) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** A small analyzed article with this id. */
    private static IndexedArticle article(String id) {
        URI url = URI.create("https://news.example/" + id);
        Article article = new Article(
                url,
                url,
                "خبر " + id,
                Optional.empty(),
                Optional.of(Instant.parse("2023-09-20T08:00:00Z")),
                TimePrecision.TIME,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("موقع"),
                "ar",
                List.of(new Block.Paragraph("نص الخبر " + id + " في فقرة واحدة.")),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        AnalyzedArticle analyzed =
                new AnalyzedArticle(article, List.of(), List.of(), List.of(), List.of(), Section.POLITICS, List.of());
        return new IndexedArticle(id, analyzed, Optional.empty(), id, List.of(), Instant.parse("2023-09-20T08:00:00Z"));
    }

    @Test
    void rejectsAnUnknownZoneNamingTheOption() {
        ServeCommand command = parse("--data", data.toString(), "--port", "0", "--zone", "Mars/Olympus");
        assertThatThrownBy(command::start)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--zone")
                .hasMessageContaining("Mars/Olympus");
    }

    @Test
    void helpListsTheOptions() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new ServeCommand());
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("--port", "--data", "--public-url", "--zone");
    }
}
