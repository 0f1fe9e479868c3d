package dev.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.marsad.web.ApiArticle;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Issue 15, "one JSON shape for an article": what {@code marsad extract} and {@code marsad analyze}
 * print is valid against the {@code Article} schema of the API's OpenAPI document, the same the
 * server's {@code /api/articles/{id}} is checked against (ApiContractTest).
 */
class ArticleShapeTest {

    private static final Path PAGE =
            Path.of("../marsad-engine/src/test/resources/extract/aggregator-full-page/source.html");

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"extract", "analyze"})
    void printsTheApisArticleShape(String command) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Object cmd = command.equals("extract") ? new ExtractCommand() : new AnalyzeCommand();
        int exit = new CommandLine(cmd)
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(PAGE.toString(), "--url", "https://agg.example/news/5501");
        assertThat(exit).as(err.toString()).isZero();
        JsonNode article = JSON.readTree(out.toString());
        assertThat(article.get("version").asInt()).isEqualTo(ApiArticle.VERSION);
        assertThat(article.get("id").isNull())
                .as("no index fields before indexing")
                .isTrue();
        assertThat(article.get("tags").isNull()).as(command).isEqualTo(command.equals("extract"));

        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$ref", "#/components/schemas/Article");
        schema.set("components", openApi().get("components"));
        var errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JSON.writeValueAsString(schema))
                .validate(article);
        assertThat(errors).as(command + " against the Article schema").isEmpty();
    }

    private static JsonNode openApi() throws Exception {
        try (InputStream in = ApiArticle.class.getResourceAsStream("openapi.json")) {
            assertThat(in).as("openapi.json in marsad-web's jar").isNotNull();
            return JSON.readTree(in);
        }
    }
}
