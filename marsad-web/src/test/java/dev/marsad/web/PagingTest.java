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

    /** Issue 15, part 1: a publisher's page pages its articles with the same "N of M" pager, its API too. */
    @Test
    void publisherPagesPageTheirArticles() throws Exception {
        String name = SitePaths.segment("نشرة الحبوب"); // the odd wheat reports
        int articles = (WebFixtures.WHEAT_ARTICLES + 1) / 2;
        long pages = Paging.pageCount(articles, PAGE_SIZE);
        String second = get("/publisher/" + name + "?page=2").body();
        assertThat(second).contains("صفحة 2 من " + pages).contains("rel=\"prev\" href=\"/publisher/" + name + "\"");
        JsonNode api = JSON.readTree(get("/api/publishers/" + name + "?page=2").body());
        assertThat(api.get("total").asLong()).isEqualTo(articles);
        assertThat(api.get("pageCount").asLong()).isEqualTo(pages);
        assertThat(api.at("/publisher/articleCount").asLong()).isEqualTo(articles);
        assertThat(api.at("/publisher/feeds/atom").asText()).isEqualTo("/publisher/" + name + "/feed.atom");
        assertThat(get("/publisher/" + name + "?page=" + (pages + 1)).statusCode())
                .isEqualTo(404);
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
        assertThat(tagPage.get("items")).hasSize(WebFixtures.WHEAT_ARTICLES - 2 * PAGE_SIZE);
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
                "/search?q=x&page=100000",
                "/search?page=1000&pageSize=100",
            })
    void readerPagesPastTheDeepestHitAre400Pages(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.body()).contains("dir=\"rtl\"", "قيمة «<bdi dir=\"ltr\">page</bdi>»");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/articles?page=100&pageSize=100",
                "/api/stories?page=100&pageSize=100",
                "/api/search?q=x&page=2000",
                "/feed.xml?page=100000",
                "/sitemap.xml?page=100000",
            })
    void theDeepestPageAnswersAndFeedsIgnorePaging(String path) throws Exception {
        assertThat(get(path).statusCode()).as(path).isEqualTo(200);
    }

    /** Issue 15: "/?page=999" said "لا توجد أخبار بعد"; a page past the last now says it does not exist. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/?page=2000",
                "/?page=999",
                "/?page=100000",
                "/section/economy?page=2000",
                "/section/economy?page=100000",
                "/tag/karabakh?page=50",
                "/tag/karabakh?page=100000",
                "/publisher/" + "%D9%86%D8%B4%D8%B1%D8%A9%20%D8%A7%D9%84%D8%AD%D8%A8%D9%88%D8%A8" + "?page=40",
                "/tags?page=9",
                "/search?q=x&page=99",
            })
    void aPagePastTheLastSaysItDoesNotExist(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(404);
        String page = path.substring(path.lastIndexOf('=') + 1);
        assertThat(response.body())
                .as(path)
                .contains("dir=\"rtl\"", "الصفحة " + page + " غير موجودة")
                .doesNotContain("لا توجد أخبار بعد");
    }

    /** Issue 15: the pager said "صفحة 2" and never how many pages there are. */
    @Test
    void pagersSayNOfM() throws Exception {
        long sections = Paging.pageCount(ECONOMY_ARTICLES, PAGE_SIZE);
        assertThat(get("/section/economy?page=2").body()).contains("صفحة 2 من " + sections);
        String wheat = get("/tag/" + SitePaths.segment("قمح")).body();
        assertThat(wheat).contains("صفحة 1 من " + Paging.pageCount(WebFixtures.WHEAT_ARTICLES, PAGE_SIZE));
    }

    /** Issue 15: /api/stories had "total": null; every API listing has the one list shape. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/articles", "/api/stories", "/api/tags", "/api/tags/karabakh", "/api/search?q=x"})
    void everyApiListingHasTotalAndPagingLinks(String path) throws Exception {
        JsonNode list = JSON.readTree(
                get(path + (path.contains("?") ? "&" : "?") + "pageSize=2").body());
        assertThat(list.get("items").isArray()).as(path).isTrue();
        assertThat(list.get("total").isIntegralNumber()).as(path + " total").isTrue();
        assertThat(list.get("pageCount").asLong())
                .as(path)
                .isEqualTo(Paging.pageCount(list.get("total").asLong(), 2));
        assertThat(list.at("/links/self").asText()).as(path).startsWith(path.replaceFirst("\\?.*", ""));
        assertThat(list.at("/links/first").isTextual()).as(path).isTrue();
    }

    /** Issue 15: /tags and /api/tags gave the same 10 tags whatever the page. */
    @Test
    void theTagIndexListsEveryTagPageByPage() throws Exception {
        JsonNode first = JSON.readTree(get("/api/tags?pageSize=2").body());
        long total = first.get("total").asLong();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int p = 1; p <= Paging.pageCount(total, 2); p++)
            JSON.readTree(get("/api/tags?pageSize=2&page=" + p).body())
                    .get("items")
                    .forEach(t -> seen.add(t.get("key").asText()));
        assertThat(seen).hasSize((int) total).contains("karabakh", "ceasefire", "azerbaijan", "قمح");
        assertThat(get("/tags").body()).contains(total + " وسماً", "/tag/azerbaijan");
    }
}
