package dev.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
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
