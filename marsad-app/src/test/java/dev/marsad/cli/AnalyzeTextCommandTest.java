package dev.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 11, part 6: {@code marsad analyze} on a plain text and on JSON Lines from standard input. */
class AnalyzeTextCommandTest {

    @TempDir
    Path data;

    private record Run(int exit, String out, String err) {}

    private Run run(String input, String... args) {
        var command = new AnalyzeCommand();
        command.stdin = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        var out = new StringWriter();
        var err = new StringWriter();
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString()));
        int exit = new CommandLine(command)
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void analysesJsonLinesInOrderWithAnErrorObjectPerBadLine() throws Exception {
        String text = "وصل وفد أذربيجان إلى جنيف.\nوقالت وزارة الخارجية إن 30 مراقبا سيشاركون.";
        var mapper = new ObjectMapper();
        var lines = new ArrayList<String>();
        for (int i = 0; i < 40; i++) {
            var item = mapper.createObjectNode()
                    .put("id", "a" + i)
                    .put("title", "محادثات " + i)
                    .put("text", text)
                    .put("url", "https://example.com/world/2025/" + i)
                    .put("published", "2025-03-12");
            lines.add(mapper.writeValueAsString(item));
        }
        lines.set(7, "{not json");
        lines.set(13, "{\"title\":\"بلا نص\"}");
        lines.set(21, "{\"title\":\"x\",\"text\":\"y\",\"published\":\"20/9\"}");
        Run run = run(String.join("\n", lines) + "\n", "--jsonl", "--workers", "3");

        assertThat(run.exit()).as(run.err()).isEqualTo(AnalyzeCommand.SOME_LINES_FAILED);
        List<JsonNode> results = run.out().lines().map(l -> read(mapper, l)).toList();
        assertThat(results).hasSize(40);
        for (int i = 0; i < 40; i++)
            assertThat(results.get(i).path("line").asInt()).isEqualTo(i + 1);
        assertThat(results.get(7).path("error").asText()).contains("not JSON");
        assertThat(results.get(13).path("error").asText()).contains("'text'");
        assertThat(results.get(21).path("error").asText())
                .contains("'published'")
                .contains("20/9");
        JsonNode first = results.getFirst();
        assertThat(first.path("id").asText()).isEqualTo("a0");
        assertThat(first.path("section").asText()).isEqualTo("world");
        for (JsonNode entity : first.path("entities"))
            for (JsonNode mention : entity.path("mentions"))
                assertThat(text.substring(
                                mention.path("start").asInt(),
                                mention.path("end").asInt()))
                        .isEqualTo(mention.path("text").asText());
        assertThat(first.path("entities").findValuesAsText("id")).contains("loc:geneva");
        assertThat(first.path("attributions").findValuesAsText("speaker")).contains("وزارة الخارجية");
    }

    @Test
    void analysesAPlainTextWhoseFirstLineIsTheTitle() throws Exception {
        Run run = run("\nانتخابات بلدية في الأردن\nتوجه الناخبون في الأردن إلى مراكز الاقتراع.\n", "-");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("title").asText()).isEqualTo("انتخابات بلدية في الأردن");
        assertThat(json.path("section").isTextual()).isTrue();
        assertThat(json.path("entities").findValuesAsText("id")).contains("loc:jordan");
    }

    @Test
    void saysWhatToGiveWhenNothingIsGiven() {
        Run run = run("");
        assertThat(run.exit()).isNotZero();
    }

    private static JsonNode read(ObjectMapper mapper, String line) {
        try {
            return mapper.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
