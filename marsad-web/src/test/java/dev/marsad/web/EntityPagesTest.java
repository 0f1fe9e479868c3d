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

    @Test
    void unknownEntityIs404InBothPlaces() throws Exception {
        assertThat(server.get(SitePaths.entity("per:nobody")).statusCode()).isEqualTo(404);
        HttpResponse<String> api = server.get("/api/entities/per:nobody");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).contains("\"status\":404");
    }
}
