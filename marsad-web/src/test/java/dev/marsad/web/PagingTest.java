package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every paged listing, over the real server with five items per page: the same pager, and a page
 * deeper than the index goes answers 400 naming 'page', never 500 (issue 9).
 */
class PagingTest {

    /** Small pages, so that the fixtures' sections and tags run over several. */
    private static final int PAGE_SIZE = 5;

    /** The economy section of the fixtures: the wheat reports and the hostile barley article. */
    private static final int ECONOMY_ARTICLES = WebFixtures.WHEAT_ARTICLES + 1;

    @TempDir
    static Path dir;

    private static FixtureServer server;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        // no request rate: the test pages deep many times in a row from one address
        WebConfig config = new WebConfig(WebConfig.DEFAULT_SITE_NAME, Optional.empty(), ZoneId.of("UTC"), PAGE_SIZE)
                .withLimits(AccessLimits.defaults().withoutRate());
        server = FixtureServer.start(dir, config);
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) server.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return server.get(path);
    }

    @Test
    void sectionPagesPageLikeTagPages() throws Exception {
        String first = get("/section/economy").body();
        assertThat(first.split("class=\"headline\"", -1)).hasSize(1 + PAGE_SIZE);
        assertThat(first)
                .contains("rel=\"next\" href=\"/section/economy?page=2\"")
                .doesNotContain("rel=\"prev\"");

        int lastPage = (ECONOMY_ARTICLES + PAGE_SIZE - 1) / PAGE_SIZE;
        String last = get("/section/economy?page=" + lastPage).body();
        assertThat(last.split("class=\"headline\"", -1)).hasSize(1 + ECONOMY_ARTICLES - PAGE_SIZE * (lastPage - 1));
        assertThat(last)
                .contains("صفحة " + lastPage)
                .contains("rel=\"prev\" href=\"/section/economy?page=" + (lastPage - 1) + "\"")
                .doesNotContain("rel=\"next\"")
                .doesNotContain(WebFixtures.CEASEFIRE_TITLE);

        String tag = get("/tag/" + SitePaths.segment("قمح")).body();
        assertThat(tag).contains("rel=\"next\" href=\"/tag/" + SitePaths.segment("قمح") + "?page=2\"");
        JsonNode tagPage = JSON.readTree(
                get("/api/tags/" + SitePaths.segment("قمح") + "?page=3").body());
        assertThat(tagPage.at("/articles/items")).hasSize(WebFixtures.WHEAT_ARTICLES - 2 * PAGE_SIZE);
        assertThat(get("/section/economy?page=x").statusCode()).isEqualTo(400);
    }

    @Test
    void sectionPagesReachArticlesBeyondTheLatestFew() throws Exception {
        // the section page used to look only at the 300 latest articles, without paging
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= 3; page++)
            all.append(get("/section/economy?page=" + page).body());
        for (int n = 1; n <= WebFixtures.WHEAT_ARTICLES; n++) assertThat(all).contains("/article/wheat-" + n + "\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/articles?page=100000",
                "/api/articles?page=1000&pageSize=100",
                "/api/stories?page=100000",
                "/api/stories?page=101&pageSize=100",
                "/api/tags/karabakh?page=100000",
                "/api/search?q=x&page=100000",
                "/api/search?entity=loc%3Abaku&page=100000",
                "/api/search?source=x&page=501&pageSize=20",
            })
    void apiPagesPastTheDeepestHitAre400NamingPage(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("error").asText()).isEqualTo("bad_parameter");
        assertThat(error.get("detail").asText()).as(path).startsWith("'page' must be from 1 to ");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/?page=100000",
                "/tag/karabakh?page=100000",
                "/section/economy?page=100000",
                "/search?q=x&page=100000",
                "/search?page=1000&pageSize=100",
            })
    void readerPagesPastTheDeepestHitAre400Pages(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.body()).contains("dir=\"rtl\"", "'page' must be from 1 to ");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/articles?page=100&pageSize=100",
                "/api/stories?page=100&pageSize=100",
                "/api/search?q=x&page=2000",
                "/?page=2000",
                "/section/economy?page=2000",
                "/feed.xml?page=100000",
                "/sitemap.xml?page=100000",
            })
    void theDeepestPageAnswersAndFeedsIgnorePaging(String path) throws Exception {
        assertThat(get(path).statusCode()).as(path).isEqualTo(200);
    }
}
