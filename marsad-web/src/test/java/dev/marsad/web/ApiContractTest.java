package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, "one API a developer can learn in five minutes": the OpenAPI 3.1 document the server
 * serves is checked against the server's real answers with a JSON Schema (2020-12) validator. Every
 * documented operation answers, and every answer has exactly the documented fields (the schemas
 * require every property and allow no other), errors included.
 */
class ApiContractTest {

    @TempDir
    static Path dir;

    private static FixtureServer server;
    private static JsonNode document;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    /** Values for the documented path parameters, from the fixtures. */
    private static final Map<String, String> PATH_VALUES =
            Map.of("{id}", WebFixtures.CEASEFIRE_ID, "{key}", "karabakh");

    @BeforeAll
    static void start() throws Exception {
        server = FixtureServer.startWithPictures(dir);
        HttpResponse<String> response = server.get(ApiEndpoints.OPENAPI_PATH);
        assertThat(response.statusCode()).isEqualTo(200);
        document = JSON.readTree(response.body());
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) server.close();
    }

    @Test
    void isAnOpenApi31Document() {
        assertThat(document.get("openapi").asText()).startsWith("3.1");
        assertThat(document.at("/info/title").asText()).isNotBlank();
        assertThat(document.get("paths").size()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void everyDocumentedOperationAnswersWithItsDocumentedShape() throws Exception {
        List<String> checked = new ArrayList<>();
        for (var path : document.get("paths").properties()) {
            String url = concrete(path.getKey());
            HttpResponse<String> response = server.get(url);
            assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
            JsonNode schema = path.getValue().at("/get/responses/200/content/application~1json/schema");
            assertValid(url, schema, response.body());
            checked.add(url);
        }
        assertThat(checked).contains("/api/articles", "/api/search?q=x", "/api/tags");
    }

    @Test
    void listingsAndDetailsMatchTheirSchemasOnOtherPagesToo() throws Exception {
        for (String url : List.of(
                "/api/articles?page=2&pageSize=3",
                "/api/articles?page=50&pageSize=100",
                "/api/articles/" + WebFixtures.COPY_ID,
                "/api/articles/" + WebFixtures.HOSTILE_ID,
                "/api/articles/" + WebFixtures.PICTURED_ID,
                "/api/stories?pageSize=1&page=2",
                "/api/stories/" + WebFixtures.WHEAT_STORY,
                "/api/tags?page=2&pageSize=2",
                "/api/tags/" + SitePaths.segment("قمح") + "?page=3&pageSize=5",
                "/api/search?q=" + SitePaths.segment("كاراباخ") + "&from=2023-09-01&tag=karabakh",
                "/api/search?entity=loc%3Abaku")) {
            String template = url.replaceFirst("\\?.*", "")
                    .replaceFirst("/api/articles/.+", "/api/articles/{id}")
                    .replaceFirst("/api/tags/.+", "/api/tags/{key}")
                    .replaceFirst("/api/stories/.+", "/api/stories/{id}");
            JsonNode schema =
                    document.get("paths").get(template).at("/get/responses/200/content/application~1json/schema");
            HttpResponse<String> response = server.get(url);
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            assertValid(url, schema, response.body());
        }
    }

    /** Issue 15: one spelling of each enumeration value, lower case ("day", "politics", "loc"). */
    @Test
    void enumerationsAreLowerCaseEverywhere() throws Exception {
        JsonNode search = JSON.readTree(
                server.get("/api/search?q=" + SitePaths.segment("كاراباخ")).body());
        List<String> sections = search.at("/facets/section").findValuesAsText("value");
        assertThat(sections).isNotEmpty().allMatch(v -> v.equals(v.toLowerCase(java.util.Locale.ROOT)));
        assertThat(sections).containsAll(search.get("items").findValuesAsText("section"));
        JsonNode article = JSON.readTree(
                server.get("/api/articles/" + WebFixtures.CEASEFIRE_ID).body());
        assertThat(article.get("dates").findValuesAsText("grain")).containsOnly("day");
        assertThat(article.get("entities").findValuesAsText("type")).contains("loc", "org");
        assertThat(article.get("embeds").findValuesAsText("platform")).containsOnly("x");
    }

    /**
     * Issue 15, part 1: the article shape said neither where an embed stands nor where Marsad keeps
     * the lead picture. An embed has its place among the blocks (null when unknown); the image has
     * Marsad's own copy beside the publisher's URL (null when Marsad has none), and that copy is served.
     */
    @Test
    void articlesSayWhereEmbedsStandAndWhereMarsadKeepsTheLeadPicture() throws Exception {
        JsonNode ceasefire = JSON.readTree(
                server.get("/api/articles/" + WebFixtures.CEASEFIRE_ID).body());
        assertThat(ceasefire.at("/embeds/0/afterBlocks").asInt(-1)).isEqualTo(1);
        assertThat(ceasefire.at("/embeds/0/afterBlocks").asInt(-1))
                .isLessThanOrEqualTo(ceasefire.get("body").size());
        JsonNode hostile = JSON.readTree(
                server.get("/api/articles/" + WebFixtures.HOSTILE_ID).body());
        assertThat(hostile.at("/embeds/0").has("afterBlocks")).isTrue();
        assertThat(hostile.at("/embeds/0/afterBlocks").isNull())
                .as("an embed whose place is not known")
                .isTrue();

        JsonNode image = JSON.readTree(
                        server.get("/api/articles/" + WebFixtures.PICTURED_ID).body())
                .get("image");
        assertThat(image.get("url").asText()).isEqualTo(WebFixtures.PICTURED_IMAGE.toString());
        String cached = image.get("cachedHref").asText();
        assertThat(cached).startsWith(Pictures.PATH).endsWith(".jpg");
        HttpResponse<String> picture = server.get(cached);
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    }

    /**
     * Issue 13 (lean hits): listings and searches build an article's summary from the card the index
     * stored when the article was put; an article's copies and related reading from whole records. The
     * API has one summary shape: the same article gives the same JSON object either way.
     */
    @Test
    void anArticleHasTheSameSummaryInListingsSearchesCopiesAndRelatedReading() throws Exception {
        Map<String, JsonNode> fromCards = new java.util.TreeMap<>();
        for (String url : List.of(
                "/api/articles?pageSize=100",
                "/api/tags/karabakh?pageSize=100",
                "/api/search?q=" + java.net.URLEncoder.encode("كاراباخ", java.nio.charset.StandardCharsets.UTF_8))) {
            for (JsonNode item : read(url).get("items")) {
                ObjectNode summary = item.deepCopy();
                summary.remove(List.of("snippet", "score", "missing")); // a search hit's own fields
                fromCards.put(summary.get("id").asText(), summary);
            }
        }
        Map<String, JsonNode> fromRecords = new java.util.TreeMap<>();
        for (String id : fromCards.keySet()) {
            JsonNode article = read("/api/articles/" + SitePaths.segment(id));
            for (JsonNode copy : article.get("copies"))
                fromRecords.put(copy.get("id").asText(), copy);
            for (JsonNode related : article.get("related"))
                fromRecords.put(related.get("article").get("id").asText(), related.get("article"));
            JsonNode story = read(
                    "/api/stories/" + SitePaths.segment(article.get("storyId").asText()));
            for (JsonNode member : story.get("articles"))
                fromRecords.put(member.get("id").asText(), member);
        }
        fromRecords.keySet().retainAll(fromCards.keySet());
        assertThat(fromRecords).as("articles summarised both ways").hasSizeGreaterThanOrEqualTo(2);
        for (var e : fromRecords.entrySet())
            assertThat(fromCards.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }

    private static JsonNode read(String url) throws Exception {
        HttpResponse<String> response = server.get(url);
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void errorsHaveTheDocumentedErrorShape() throws Exception {
        JsonNode error = document.at("/components/schemas/Error");
        for (var call : List.of(
                Map.entry("/api/articles/no-such-article", 404),
                Map.entry("/api/search?from=20/9", 400),
                Map.entry("/api/articles?pageSize=0", 400),
                Map.entry("/api/nothing-here", 404))) {
            HttpResponse<String> response = server.get(call.getKey());
            assertThat(response.statusCode()).as(call.getKey()).isEqualTo(call.getValue());
            assertValid(call.getKey(), error, response.body());
        }
        HttpResponse<String> post =
                FixtureServer.send(HttpRequest.newBuilder(server.baseUri().resolve("/api/articles"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(post.statusCode()).isEqualTo(405);
        assertValid("POST /api/articles", error, post.body());
    }

    /** The documented path with its parameters filled in ("/api/search" gets a query). */
    private static String concrete(String path) {
        String url = path.startsWith("/api/stories/") ? path.replace("{id}", WebFixtures.CEASEFIRE_STORY) : path;
        if (path.startsWith("/api/storylines/")) url = path.replace("{id}", WebFixtures.STORYLINE);
        if (url.startsWith("/api/entities/")) url = url.replace("{id}", "loc:karabakh");
        url = url.replace("{name}", SitePaths.segment("بوابة المرصد"));
        for (var v : PATH_VALUES.entrySet()) url = url.replace(v.getKey(), v.getValue());
        return url.equals("/api/search") ? url + "?q=x" : url;
    }

    /** Validates {@code body} against {@code schema}, whose $refs point into the document's components. */
    private static void assertValid(String label, JsonNode schema, String body) throws IOException {
        assertThat(schema.isMissingNode()).as(label + ": no schema documented").isFalse();
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document.get("components"));
        root.setAll((ObjectNode) schema.deepCopy());
        Schema validator = SCHEMAS.getSchema(JSON.writeValueAsString(root));
        List<Error> errors = validator.validate(JSON.readTree(body));
        assertThat(errors)
                .as(label + " against its schema; body: " + abbreviate(body))
                .isEmpty();
    }

    private static String abbreviate(String body) {
        return body.length() <= 600 ? body : body.substring(0, 600) + "…";
    }
}
