package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entity page and its API over the web fixtures, on the real server (issue 11, part 2). */
class EntityPagesTest {

    private static final String KARABAKH = "loc:karabakh";

    @TempDir
    static Path dir;

    private static FixtureServer server;

    @BeforeAll
    static void start() throws IOException {
        server = FixtureServer.start(dir);
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) server.close();
    }

    @Test
    void entityPageShowsNameTypeStoriesAndArticles() throws Exception {
        HttpResponse<String> response = server.get(SitePaths.entity(KARABAKH));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body())
                .contains("ناغورنو كاراباخ", "مكان", WebFixtures.CEASEFIRE_TITLE)
                .contains("href=\"" + SitePaths.story(WebFixtures.CEASEFIRE_STORY) + "\"")
                .as("articles of other entities are not listed")
                .doesNotContain(WebFixtures.TALKS_TITLE);
    }

    @Test
    void articlePageLinksEntitiesToTheirPages() throws Exception {
        String page = server.get(SitePaths.article(WebFixtures.CEASEFIRE_ID)).body();
        assertThat(page).contains("href=\"" + SitePaths.entity(KARABAKH) + "\"");
    }

    @Test
    void apiGivesTheEntityWithStoriesAndArticles() throws Exception {
        HttpResponse<String> response = server.get("/api/entities/" + SitePaths.segment(KARABAKH));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(response.body());
        JsonNode e = body.path("entity");
        assertThat(e.path("id").asText()).isEqualTo(KARABAKH);
        assertThat(e.path("type").asText()).isEqualTo("loc");
        assertThat(e.path("name").asText()).isEqualTo("ناغورنو كاراباخ");
        assertThat(e.path("articleCount").asLong()).isPositive();
        assertThat(e.path("stories").findValuesAsText("id")).contains(WebFixtures.CEASEFIRE_STORY);
        assertThat(body.path("items").findValuesAsText("id")).contains(WebFixtures.CEASEFIRE_ID);
        assertThat(body.path("total").asLong()).isEqualTo(e.path("articleCount").asLong());
    }

    /**
     * Review 4, L2: a tag's spellings come from an article that carries the tag, though the newest
     * article of the tag's page only names the entity of the same key.
     */
    @Test
    void aTagKeepsItsSpellingsWhenTheNewestArticleOnlyNamesTheEntity() throws Exception {
        String key = "org:houthis";
        var tag = new dev.marsad.analyze.Tag("الحوثيون", key, java.util.List.of("الحوثيون", "أنصار الله"));
        var entity = new dev.marsad.analyze.Entity(
                key, "جماعة الحوثي", dev.marsad.analyze.Entity.Type.ORG, java.util.List.of("الحوثي"), 1);
        server.index()
                .put(WebFixtures.tagged(
                        "h1", "بيان لأنصار الله", "2023-09-01T08:00:00Z", java.util.List.of(tag), java.util.List.of()));
        server.index()
                .put(WebFixtures.tagged(
                        "h2",
                        "هجوم في البحر الأحمر",
                        "2023-09-25T08:00:00Z",
                        java.util.List.of(),
                        java.util.List.of(entity)));
        server.index().commit();
        HttpResponse<String> response = server.get("/api/tags/" + SitePaths.segment(key));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertThat(body.path("items").findValuesAsText("id")).as("newest first").containsExactly("h2", "h1");
        assertThat(body.path("tag").path("name").asText()).isEqualTo("الحوثيون");
        assertThat(body.path("tag").path("variants").toString()).contains("أنصار الله");
    }

    @Test
    void unknownEntityIs404InBothPlaces() throws Exception {
        assertThat(server.get(SitePaths.entity("per:nobody")).statusCode()).isEqualTo(404);
        HttpResponse<String> api = server.get("/api/entities/per:nobody");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).contains("\"status\":404");
    }
}
