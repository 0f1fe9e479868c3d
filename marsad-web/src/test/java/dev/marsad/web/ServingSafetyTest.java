package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, "clean text out": the fixtures' hostile article holds a right-to-left override, a
 * U+0001 and script URLs, as one stored before extraction cleaned them would; no output may pass
 * them on. The real server over a real index.
 */
class ServingSafetyTest {

    @TempDir
    static Path dir;

    private static FixtureServer server;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        server = FixtureServer.start(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    @Test
    void feedIsWellFormedXmlDespiteAControlCharacterInATitle() throws Exception {
        HttpResponse<String> feed = server.get("/feed.xml");
        assertThat(feed.statusCode()).as(feed.body()).isEqualTo(200);
        var xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        var titles = xml.getElementsByTagName("title");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) texts.add(titles.item(i).getTextContent());
        assertThat(texts).contains("<script>alert('title')</script> خبر عن الشعير");
        assertThat(feed.body()).doesNotContain("\u0001", "\u202E");
    }

    @Test
    void apiGivesNoOverrideInTitlesAndNoScriptUrls() throws Exception {
        JsonNode article = JSON.readTree(
                server.get("/api/articles/" + WebFixtures.HOSTILE_ID).body());
        assertThat(article.get("title").asText()).isEqualTo("<script>alert('title')</script> خبر عن الشعير");
        assertThat(article.get("canonicalUrl").isNull())
                .as("javascript: canonical")
                .isTrue();
        assertThat(article.get("embeds").get(0).get("url").isNull())
                .as("javascript: embed")
                .isTrue();
        assertThat(article.get("relatedLinks").get(0).get("url").isNull())
                .as("vbscript: link")
                .isTrue();
        for (String path : List.of(
                "/api/articles/" + WebFixtures.HOSTILE_ID,
                "/api/articles?pageSize=100",
                "/api/search?q=%D8%A7%D9%84%D8%B4%D8%B9%D9%8A%D8%B1"))
            assertThat(server.get(path).body())
                    .as(path)
                    .doesNotContain("javascript:", "vbscript:", "data:", "\\u202E", "\u202E", "\\u0001");
    }

    @Test
    void pageIsolatesHeadlinesAndNamesAndHasNoOverride() throws Exception {
        String page = server.get("/article/" + WebFixtures.HOSTILE_ID).body();
        assertThat(page).doesNotContain("\u0001");
        // the override is either gone or shut inside an element of its own direction
        assertThat(page).contains("<h1 dir=\"auto\">", "<bdi>");
        assertThat(page).doesNotContain("<title>\u202E");
        String home =
                server.get("/search?q=%D8%A7%D9%84%D8%B4%D8%B9%D9%8A%D8%B1").body();
        assertThat(home).contains("class=\"headline\" dir=\"auto\"");
    }
}
