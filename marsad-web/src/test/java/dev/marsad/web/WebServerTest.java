package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server on port 0 over a real Lucene index in a temp folder, called over HTTP. */
class WebServerTest {

    @TempDir
    static Path dir;

    private static FixtureServer server;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        server = FixtureServer.start(dir);
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) server.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return server.get(path);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return FixtureServer.send(request);
    }

    static JsonNode json(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode())
                .as("status of " + path + ": " + response.body())
                .isEqualTo(expectedStatus);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void bindsToLoopbackOnAFreePort() {
        URI base = server.baseUri();
        assertThat(base.getHost()).isEqualTo("127.0.0.1");
        assertThat(base.getPort()).isPositive();
    }

    @Test
    void everyReaderPageIsRightToLeftArabic() throws Exception {
        for (String path : new String[] {
            "/",
            "/article/" + WebFixtures.CEASEFIRE_ID,
            "/story/" + WebFixtures.CEASEFIRE_STORY,
            "/tag/karabakh",
            "/tags",
            "/section/economy",
            "/search?q=" + enc("كاراباخ"),
            "/no/such/page"
        }) {
            HttpResponse<String> page = get(path);
            assertThat(page.body()).as(path).contains("<html lang=\"ar\" dir=\"rtl\">");
            assertThat(page.headers().firstValue("Content-Type").orElse(""))
                    .as(path)
                    .startsWith("text/html");
        }
    }

    @Test
    void homeListsLatestStoriesWithTheirPublisherCount() throws Exception {
        String home = get("/").body();
        assertThat(home).contains(WebFixtures.CEASEFIRE_TITLE, WebFixtures.TALKS_TITLE);
        assertThat(home).contains("3 ناشرين");
        assertThat(home).contains("href=\"/story/" + WebFixtures.CEASEFIRE_STORY + "\"");
        assertThat(home).contains("href=\"/static/marsad.css\"");
    }

    @Test
    void articlePageShowsTitleArabicDateSourceEmbedTagsFacts() throws Exception {
        HttpResponse<String> response = get("/article/" + WebFixtures.CEASEFIRE_ID);
        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        assertThat(page).contains("<h1 dir=\"auto\">" + WebFixtures.CEASEFIRE_TITLE + "</h1>");
        assertThat(page).contains("الأربعاء 20 سبتمبر 2023");
        assertThat(page).contains("المصدر: <strong><bdi>الأسبوع</bdi></strong>");
        assertThat(page).contains("بوابة المرصد");
        assertThat(page).contains("class=\"embed\"", "ليلى حداد", "@laila_news", "وصول أول قافلة مساعدات");
        assertThat(page).contains("href=\"https://x.com/laila_news/status/1704500000000000000\"");
        assertThat(page).contains("href=\"/tag/karabakh\"", "><bdi>كاراباخ</bdi></a>");
        assertThat(page).contains("حقائق", "أمس الثلاثاء", "الثلاثاء 19 سبتمبر 2023", "<dd>نحو 30 مركز</dd>");
        assertThat(page).contains("href=\"/entity/loc%3Abaku\"", "وزارة الدفاع الأذرية");
        assertThat(page).contains("<meta name=\"description\" content=\"أعلنت وزارة الدفاع الأذرية وقف العمليات");
    }

    @Test
    void articlePageListsOtherPublishersCopiesAndRelatedArticlesOfOtherStories() throws Exception {
        String page = get("/article/" + WebFixtures.CEASEFIRE_ID).body();
        String copies = page.substring(page.indexOf("class=\"copies\""));
        assertThat(copies).contains("href=\"/article/" + WebFixtures.COPY_ID + "\"", "صحيفة الشرق");
        String related = page.substring(page.indexOf("class=\"related\""));
        assertThat(related).contains("اقرأ أيضاً", WebFixtures.TALKS_TITLE);
        assertThat(related).doesNotContain("/article/" + WebFixtures.SECOND_DAY_ID);

        String copyPage = get("/article/" + WebFixtures.COPY_ID).body();
        assertThat(copyPage.substring(copyPage.indexOf("class=\"copies\"")))
                .contains("href=\"/article/" + WebFixtures.CEASEFIRE_ID + "\"", "الأصل");
    }

    @Test
    void articlePageShowsWhatEachCopyChangedAndItsRelation() throws Exception {
        // issue 12: the copy group as a set, what each copy added and cut
        String original = get("/article/" + WebFixtures.CEASEFIRE_ID).body();
        String copies = original.substring(original.indexOf("class=\"copies\""));
        assertThat(copies).contains("نسخة مختصرة من هذا المقال", "أضاف 1 وحذف 1 من الجمل");
        assertThat(copies).contains(WebFixtures.COPY_ADDED, WebFixtures.COPY_CUT);

        String copy = get("/article/" + WebFixtures.COPY_ID).body();
        String own = copy.substring(copy.indexOf("class=\"copies\""));
        assertThat(own).contains("ما غيّره هذا المقال في الأصل", WebFixtures.COPY_ADDED, "هذا المقال مع إضافات");
    }

    @Test
    void storyPageShowsTimelineByDayWithPublishers() throws Exception {
        String page = get("/story/" + WebFixtures.CEASEFIRE_STORY).body();
        assertThat(page).contains("الأربعاء 20 سبتمبر 2023", "الخميس 21 سبتمبر 2023");
        assertThat(page.indexOf("الأربعاء 20 سبتمبر 2023")).isLessThan(page.indexOf("الخميس 21 سبتمبر 2023"));
        assertThat(page).contains("بوابة المرصد", "صحيفة الشرق", "وكالة أنباء الشمال", "الناشرون (3)");
        assertThat(page).contains("href=\"/tag/karabakh\"");
    }

    @Test
    void storyPageShowsItsStorylineInOrderAndTheRelatedStoriesTheLinkStageStored() throws Exception {
        String page = get("/story/" + WebFixtures.CEASEFIRE_STORY).body();
        String storyline = page.substring(page.indexOf("class=\"storyline\""));
        assertThat(storyline).contains("ضمن ملف", "href=\"/storyline/" + WebFixtures.STORYLINE + "\"");
        assertThat(storyline.indexOf(WebFixtures.CEASEFIRE_TITLE))
                .as("events in the order they began")
                .isLessThan(storyline.indexOf(WebFixtures.TALKS_TITLE));
        String related = page.substring(page.indexOf("class=\"related\""));
        assertThat(related).contains("اقرأ أيضاً", "href=\"/story/" + WebFixtures.TALKS_STORY + "\"");
        assertThat(related).as("a related story that no longer exists").doesNotContain("story-gone");
    }

    @Test
    void homeCardsNameTheStorylineOfTheirStory() throws Exception {
        String home = get("/").body();
        assertThat(home).contains("ضمن ملف", "href=\"/storyline/" + WebFixtures.STORYLINE + "\"");
    }

    @Test
    void storylinePageAndApiListTheEventsInOrder() throws Exception {
        String page = get("/storyline/" + WebFixtures.STORYLINE).body();
        assertThat(page).contains("href=\"/story/" + WebFixtures.CEASEFIRE_STORY + "\"");
        assertThat(page.indexOf(WebFixtures.CEASEFIRE_STORY)).isLessThan(page.indexOf(WebFixtures.TALKS_STORY));
        JsonNode line = json("/api/storylines/" + WebFixtures.STORYLINE, 200);
        assertThat(line.get("stories").findValuesAsText("id"))
                .containsExactly(WebFixtures.CEASEFIRE_STORY, WebFixtures.TALKS_STORY);
        json("/api/storylines/no-such-line", 404);
        JsonNode story = json("/api/stories/" + WebFixtures.CEASEFIRE_STORY, 200);
        assertThat(story.at("/storyline/id").asText()).isEqualTo(WebFixtures.STORYLINE);
        assertThat(story.get("related").findValuesAsText("id")).containsExactly(WebFixtures.TALKS_STORY);
        assertThat(json("/api/stories/" + WebFixtures.WHEAT_STORY, 200).has("storyline"))
                .as("a story outside any storyline has none")
                .isFalse();
    }

    @Test
    void mergedStoryIdRedirectsToTheStoryItWentInto() throws Exception {
        var page = get("/story/" + WebFixtures.MERGED_STORY);
        assertThat(page.statusCode()).isEqualTo(301);
        assertThat(page.headers().firstValue("Location")).hasValue("/story/" + WebFixtures.CEASEFIRE_STORY);
    }

    @Test
    void tagPageListsItsArticlesAndOtherSpellings() throws Exception {
        String page = get("/tag/karabakh").body();
        assertThat(page).contains("<h1 class=\"page-title\">كاراباخ</h1>", "قره باخ");
        assertThat(page).contains(WebFixtures.CEASEFIRE_TITLE);
        assertThat(get("/tag/no-such-tag").statusCode()).isEqualTo(404);
    }

    @Test
    void tagWithArabicKeyHasItsPage() throws Exception {
        String home = get("/").body();
        String href = "/tag/" + SitePaths.segment("قمح");
        assertThat(home).contains("href=\"" + href + "\"");
        HttpResponse<String> page = get(href);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 class=\"page-title\">القمح</h1>", "أسعار القمح في الأسواق العربية");
    }

    @Test
    void sectionPageListsOnlyItsSection() throws Exception {
        String page = get("/section/economy").body();
        assertThat(page).contains("أسعار القمح في الأسواق العربية").doesNotContain(WebFixtures.CEASEFIRE_TITLE);
        assertThat(get("/section/astrology").statusCode()).isEqualTo(404);
    }

    @Test
    void searchHighlightsMatchesInSnippets() throws Exception {
        String page = get("/search?q=" + enc("يفلاخ")).body();
        assertThat(page).containsPattern("<mark>[^<]*يفلاخ[^<]*</mark>");
        assertThat(page).contains(WebFixtures.CEASEFIRE_TITLE);
    }

    @Test
    void searchPagesThroughResultsKeepingTheQuery() throws Exception {
        String page = get("/search?q=" + enc("القمح") + "&pageSize=5&page=2").body();
        assertThat(page).contains("صفحة 2");
        assertThat(page).contains("rel=\"prev\" href=\"/search?q=" + enc("القمح") + "\"");
        assertThat(page).contains("rel=\"next\" href=\"/search?q=" + enc("القمح") + "&amp;page=3\"");
        assertThat(page.split("class=\"headline\"", -1)).hasSize(1 + 5);
    }

    @Test
    void searchFacetsAreLinksWithCounts() throws Exception {
        String page = get("/search?q=" + enc("القمح")).body();
        String facets = page.substring(page.indexOf("class=\"facets\""));
        assertThat(facets).contains("المصادر", "صحيفة الاقتصاد", "نشرة الحبوب");
        assertThat(facets)
                .containsPattern(
                        "href=\"/search\\?q=[^\"]*&amp;source=[^\"]+\"><bdi>نشرة الحبوب</bdi></a> <span class=\"count\">6</span>");
        String filtered = get("/search?q=" + enc("القمح") + "&source=" + enc("نشرة الحبوب"))
                .body();
        assertThat(filtered).contains("6 نتيجة").contains("class=\"selected\"").contains("<details open>");
        assertThat(filtered).contains("<a class=\"chip\" href=\"/search?q=" + enc("القمح") + "\"");
    }

    @Test
    void searchFiltersByDateRange() throws Exception {
        JsonNode result = json("/api/search?q=" + enc("القمح") + "&from=2023-10-02&to=2023-10-04", 200);
        assertThat(result.get("total").asLong()).isEqualTo(3);
    }

    @Test
    void markupInArticleTextIsEscapedEverywhere() throws Exception {
        String page = get("/article/" + WebFixtures.HOSTILE_ID).body();
        assertThat(page)
                .doesNotContain("<script>alert", "<img src=x", "<svg onload", "<iframe", "<i>مريب", "<b>مصدر", "<u>");
        assertThat(page).doesNotContain("javascript:");
        assertThat(page).contains("&lt;script&gt;alert('title')&lt;/script&gt;");

        String search = get("/search?q=" + enc("الشعير")).body();
        assertThat(search).contains("<mark>").doesNotContain("<script>alert", "<u>");
        assertThat(get("/").body()).doesNotContain("<b>قصة</b>");
        JsonNode hit = json("/api/search?q=" + enc("الشعير"), 200).get("items").get(0);
        assertThat(hit.get("snippet").asText()).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void apiArticleHasCopiesRelatedAndIsoDates() throws Exception {
        JsonNode body = json("/api/articles/" + WebFixtures.CEASEFIRE_ID, 200);
        assertThat(body.get("version").asInt()).isEqualTo(ApiArticle.VERSION);
        assertThat(body.get("title").asText()).isEqualTo(WebFixtures.CEASEFIRE_TITLE);
        assertThat(body.get("published").asText()).isEqualTo("2023-09-20T10:00:00Z");
        assertThat(body.get("publishedPrecision").asText()).isEqualTo("time");
        assertThat(body.get("source").asText()).isEqualTo("الأسبوع");
        assertThat(body.at("/dates/0/grain").asText())
                .as("one spelling of the grain (issue 15)")
                .isEqualTo("day");
        assertThat(body.at("/copies/0/id").asText()).isEqualTo(WebFixtures.COPY_ID);
        assertThat(body.at("/copyGroup/members/0/article/id").asText()).isEqualTo(WebFixtures.COPY_ID);
        assertThat(body.at("/copyGroup/members/0/relation/kind").asText()).isEqualTo("shortened");
        assertThat(body.at("/copyGroup/members/0/relation/sharedOfMember").asDouble())
                .isEqualTo(0.92);
        assertThat(body.at("/copyGroup/members/0/added/0").asText()).isEqualTo(WebFixtures.COPY_ADDED);
        assertThat(body.at("/copyGroup/members/0/cut/0").asText()).isEqualTo(WebFixtures.COPY_CUT);
        JsonNode copy = json("/api/articles/" + WebFixtures.COPY_ID, 200);
        assertThat(copy.at("/copyGroup/members/0/original").asBoolean()).isTrue();
        assertThat(copy.at("/copyGroup/members/0/relation/kind").asText()).isEqualTo("extended");
        assertThat(copy.at("/copyGroup/added/0").asText()).isEqualTo(WebFixtures.COPY_ADDED);
        assertThat(body.at("/dates/0/date").asText()).isEqualTo("2023-09-19");
        assertThat(body.at("/embeds/0/handle").asText()).isEqualTo("laila_news");
        assertThat(body.at("/body").size()).isEqualTo(3);
        assertThat(body.get("related").findValuesAsText("id"))
                .contains(WebFixtures.TALKS_ID)
                .doesNotContain(WebFixtures.SECOND_DAY_ID, WebFixtures.COPY_ID);
    }

    @Test
    void apiListsArticlesStoriesAndTags() throws Exception {
        JsonNode articles = json("/api/articles?pageSize=5", 200);
        assertThat(articles.get("items")).hasSize(5);
        assertThat(articles.get("total").asLong()).isEqualTo(4 + WebFixtures.WHEAT_ARTICLES);

        JsonNode stories = json("/api/stories", 200);
        assertThat(stories.get("items").findValuesAsText("id")).contains(WebFixtures.CEASEFIRE_STORY);

        JsonNode story = json("/api/stories/" + WebFixtures.CEASEFIRE_STORY, 200);
        assertThat(story.at("/story/publishers")).hasSize(3);
        assertThat(story.get("articles")).hasSize(3);

        JsonNode tags = json("/api/tags", 200);
        assertThat(tags.get("items").findValuesAsText("key")).contains("karabakh", "قمح");
        JsonNode tag = json("/api/tags/" + SitePaths.segment("قمح") + "?pageSize=4", 200);
        assertThat(tag.at("/tag/name").asText()).isEqualTo("القمح");
        assertThat(tag.get("total").asLong()).isEqualTo(WebFixtures.WHEAT_ARTICLES);
        assertThat(tag.get("items")).hasSize(4);
    }

    @Test
    void apiSearchReturnsHitsFacetsAndPaging() throws Exception {
        JsonNode result = json("/api/search?q=" + enc("القمح") + "&page=3&pageSize=5", 200);
        assertThat(result.get("total").asLong()).isEqualTo(WebFixtures.WHEAT_ARTICLES);
        assertThat(result.get("pageCount").asLong()).isEqualTo(3);
        assertThat(result.get("items")).hasSize(2);
        assertThat(result.at("/query/page").asInt()).isEqualTo(3);
        assertThat(result.at("/facets/source").findValuesAsText("value")).contains("نشرة الحبوب");
        assertThat(result.at("/items/0/snippet").asText()).contains("<mark>");
        assertThat(result.at("/links/prev").asText()).isEqualTo("/api/search?q=" + enc("القمح") + "&pageSize=5&page=2");
        assertThat(result.at("/links/next").isNull()).isTrue();
    }

    @Test
    void badParametersGive400NamingTheParameter() throws Exception {
        JsonNode from = json("/api/search?q=x&from=20/9", 400);
        assertThat(from.get("status").asInt()).isEqualTo(400);
        assertThat(from.get("error").asText()).isEqualTo("bad_parameter");
        assertThat(from.get("detail").asText()).isEqualTo("'from' must be a date like 2023-09-20, got '20/9'");
        assertThat(json("/api/articles?page=abc", 400).get("detail").asText()).startsWith("'page'");
        assertThat(json("/api/search?pageSize=500", 400).get("detail").asText()).startsWith("'pageSize'");
        assertThat(json("/api/search?from=2023-10-05&to=2023-10-01", 400)
                        .get("detail")
                        .asText())
                .startsWith("'from'");
        HttpResponse<String> page = get("/search?to=tomorrow");
        assertThat(page.statusCode()).isEqualTo(400);
        // issue 15: the page says in Arabic which parameter was wrong, without the developer's English
        assertThat(page.body())
                .contains("lang=\"ar\"", "قيمة «<bdi dir=\"ltr\">to</bdi>» في الرابط غير صحيحة")
                .doesNotContain("must be");
    }

    @Test
    void randomQueryParametersGiveResultsOr400NeverAnInternalError() throws Exception {
        Random random = new Random(20230920L);
        String[] pieces = {
            "كاراباخ",
            "قره باخ",
            "2023-09-20",
            "20/9",
            "-1",
            "0",
            "7",
            "999999999999",
            "<script>",
            "%",
            "\"",
            "'",
            " ",
            "ـ",
            "القمح",
            "abc",
            "٢٠٢٣",
            "\u200f",
            "&",
            "=",
            "+",
            "أَمْس"
        };
        String[] names = {"q", "from", "to", "source", "tag", "entity", "page", "pageSize"};
        for (int i = 0; i < 150; i++) {
            StringBuilder query = new StringBuilder();
            for (int p = random.nextInt(4); p >= 0; p--) {
                StringBuilder value = new StringBuilder();
                for (int k = random.nextInt(3); k >= 0; k--) value.append(pieces[random.nextInt(pieces.length)]);
                query.append(names[random.nextInt(names.length)])
                        .append('=')
                        .append(enc(value.toString()))
                        .append('&');
            }
            String path = (random.nextBoolean() ? "/api/search?" : "/search?") + query;
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path + " → " + response.body()).isIn(200, 400);
            if (path.startsWith("/api/") && response.statusCode() == 400) {
                JsonNode error = JSON.readTree(response.body());
                assertThat(error.get("error").asText()).as(path).isEqualTo("bad_parameter");
                assertThat(error.get("detail").asText()).as(path).startsWith("'");
            }
        }
    }

    @Test
    void missingThingsGive404InOneShape() throws Exception {
        JsonNode article = json("/api/articles/nope", 404);
        assertThat(article.get("error").asText()).isEqualTo("not_found");
        assertThat(article.get("detail").asText()).contains("nope");
        assertThat(json("/api/stories/nope", 404).get("status").asInt()).isEqualTo(404);
        assertThat(json("/api/no-such-endpoint", 404).get("error").asText()).isEqualTo("not_found");
        HttpResponse<String> page = get("/article/nope");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("الصفحة غير موجودة", "href=\"/\"");
    }

    @Test
    void feedIsRss2OfLatestCanonicalArticlesWithAbsoluteLinks() throws Exception {
        HttpResponse<String> response = get("/feed.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getEntries()).hasSize(4 + WebFixtures.WHEAT_ARTICLES);
        assertThat(feed.getEntries())
                .allSatisfy(e -> assertThat(e.getLink()).startsWith(server.baseUri() + "article/"));
        assertThat(feed.getEntries()).noneMatch(e -> e.getLink().endsWith("/" + WebFixtures.COPY_ID));
    }

    @Test
    void sitemapListsArticlesAndStories() throws Exception {
        String sitemap = get("/sitemap.xml").body();
        assertThat(sitemap).contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        assertThat(sitemap).contains("<loc>" + server.baseUri() + "article/" + WebFixtures.CEASEFIRE_ID + "</loc>");
        assertThat(sitemap).contains("<loc>" + server.baseUri() + "story/" + WebFixtures.CEASEFIRE_STORY + "</loc>");
    }

    @Test
    void robotsTxtPointsToTheSitemap() throws Exception {
        assertThat(get("/robots.txt").body()).contains("Sitemap: " + server.baseUri() + "sitemap.xml");
    }

    @Test
    void pagesForbidScriptsAndFramesByPolicy() throws Exception {
        for (String path : new String[] {"/", "/article/" + WebFixtures.CEASEFIRE_ID, "/api/articles", "/nope"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                    .as(path)
                    .contains("default-src 'none'", "frame-ancestors 'none'")
                    .doesNotContain("script-src");
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
        }
    }

    @Test
    void storyTimelineMarksCopies() throws Exception {
        String page = get("/story/" + WebFixtures.CEASEFIRE_STORY).body();
        int copy = page.indexOf("href=\"/article/" + WebFixtures.COPY_ID + "\"");
        assertThat(copy).isPositive();
        assertThat(page.substring(copy, page.indexOf("</li>", copy))).contains("نسخة");
        int original = page.indexOf("href=\"/article/" + WebFixtures.CEASEFIRE_ID + "\"");
        assertThat(page.substring(original, page.indexOf("</li>", original))).doesNotContain("نسخة");
    }

    @Test
    void healthReportsArticleCount() throws Exception {
        JsonNode health = json("/health", 200);
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("articles").asLong()).isEqualTo(5 + WebFixtures.WHEAT_ARTICLES);
    }

    @Test
    void unchangedPageAnswers304ToItsEtag() throws Exception {
        HttpResponse<String> first = get("/article/" + WebFixtures.CEASEFIRE_ID);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElse("")).contains("max-age");
        HttpResponse<String> again =
                send(HttpRequest.newBuilder(server.baseUri().resolve("/article/" + WebFixtures.CEASEFIRE_ID))
                        .header("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void headRequestsAnswerLikeGet() throws Exception {
        HttpResponse<String> head =
                send(HttpRequest.newBuilder(server.baseUri().resolve("/article/" + WebFixtures.CEASEFIRE_ID))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void styleSheetIsServed() throws Exception {
        HttpResponse<String> css = get("/static/marsad.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
        assertThat(css.body()).contains("Noto Naskh Arabic");
    }
}
