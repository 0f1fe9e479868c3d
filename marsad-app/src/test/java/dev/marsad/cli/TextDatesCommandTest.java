package dev.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TextDatesCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void printsResolvedDatesAsJson() throws Exception {
        int code = run(
                new TextDatesCommand(),
                "وقعت الاشتباكات أمس الثلاثاء الموافق 19 سبتمبر",
                "--ref",
                "2023-09-20T00:00Z",
                "--json");
        assertThat(code).isZero();
        JsonNode array = new ObjectMapper().readTree(out.toString());
        assertThat(array).hasSize(1);
        JsonNode m = array.get(0);
        assertThat(m.get("text").asText()).isEqualTo("أمس الثلاثاء الموافق 19 سبتمبر");
        assertThat(m.get("start").asInt()).isEqualTo(16);
        assertThat(m.get("date").asText()).isEqualTo("2023-09-19T00:00:00Z");
        assertThat(m.get("grain").asText()).isEqualTo("day");
        assertThat(m.get("weekdayConsistent").asBoolean()).isTrue();
    }

    @Test
    void readsTheTextFromStandardInput() throws Exception {
        TextDatesCommand command = new TextDatesCommand();
        command.stdin = new ByteArrayInputStream("يبدأ المؤتمر غداً".getBytes(StandardCharsets.UTF_8));
        assertThat(run(command, "-", "--ref", "2023-09-20T08:00Z", "--json")).isZero();
        JsonNode array = new ObjectMapper().readTree(out.toString());
        assertThat(array.get(0).get("date").asText()).isEqualTo("2023-09-21T00:00:00Z");
        assertThat(array.get(0).get("weekdayConsistent").isNull()).isTrue();
    }

    @Test
    void rejectsAMalformedReferenceWithAClearMessage() {
        TextDatesCommand command = new TextDatesCommand();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        cli.setExecutionExceptionHandler((e, c, p) -> {
            err.write(e.getMessage());
            return 1;
        });
        assertThat(cli.execute("أمس", "--ref", "20/9/2023")).isEqualTo(1);
        assertThat(err.toString()).contains("'--ref'").contains("20/9/2023");
    }

    @Test
    void printsQuantitiesWithoutTheNumbersOfDates() throws Exception {
        int code = run(new TextNumbersCommand(), "في 20 سبتمبر 2023 أجلت السلطات نحو 2000 شخص", "--json");
        assertThat(code).isZero();
        JsonNode array = new ObjectMapper().readTree(out.toString());
        assertThat(array).hasSize(1);
        assertThat(array.get(0).get("text").asText()).isEqualTo("نحو 2000 شخص");
        assertThat(array.get(0).get("value").asInt()).isEqualTo(2000);
        assertThat(array.get(0).get("unit").asText()).isEqualTo("شخص");
        assertThat(array.get(0).get("approximate").asBoolean()).isTrue();
    }
}
