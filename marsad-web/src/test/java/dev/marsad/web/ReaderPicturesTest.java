package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.media.ArticleImages;
import dev.marsad.media.ImageKind;
import dev.marsad.media.ImageStore;
import dev.marsad.media.StoredImage;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, part 1 — "no pictures anywhere, no publisher names or icons on story cards, no snippets
 * on cards, names link only to a search": the reader pages with the data folder's picture cache.
 */
class ReaderPicturesTest {

    @TempDir
    static Path dir;

    private static LuceneArticleIndex index;
    private static WebServer server;
    private static StoredImage lead;

    private static final String PICTURED = "pictured-harvest";
    private static final URI IMAGE = URI.create("https://pictured-harvest.example/media/harvest.jpg");
    private static final String CAPTION = "مزارعون يحصدون القمح قرب درعا";
    /** Its page declared a picture that was never fetched (or was refused). */
    private static final String UNFETCHED = "unfetched-harvest";
    /** A story of both. */
    private static final String MIXED_STORY = "story-mixed";

    @BeforeAll
    static void start() throws Exception {
        index = LuceneArticleIndex.open(dir.resolve("index"));
        WebFixtures.fill(index);
        IndexedArticle pictured = WebFixtures.pictured(PICTURED, IMAGE, Optional.of(CAPTION));
        IndexedArticle unfetched = WebFixtures.pictured(
                UNFETCHED, URI.create("https://unfetched-harvest.example/gone.jpg"), Optional.empty());
        for (IndexedArticle a : List.of(pictured, unfetched)) {
            index.put(a);
            index.put(WebFixtures.story(a.storyId(), a.analyzed().article().title(), List.of(a)));
        }
        // a story whose lead article's picture was never fetched, told also by the pictured article
        List<IndexedArticle> mixed = List.of(
                WebFixtures.pictured(
                                "mixed-plain", URI.create("https://mixed-plain.example/gone.jpg"), Optional.empty())
                        .withLinks(Optional.empty(), MIXED_STORY),
                WebFixtures.pictured("mixed-pictured", IMAGE, Optional.of(CAPTION))
                        .withLinks(Optional.empty(), MIXED_STORY));
        mixed.forEach(index::put);
        index.put(WebFixtures.story(MIXED_STORY, "قصة بصورة من ناشر آخر", mixed));
        index.commit();
        ImageStore images = ImageStore.open(dir.resolve("images"));
        lead = images.put(IMAGE, WebFixtures.picture(800, 600, "jpeg"), ImageKind.PHOTO, Instant.now());
        URI icon = ArticleImages.siteIcon(pictured.analyzed().article().url()).orElseThrow();
        images.put(icon, WebFixtures.picture(48, 48, "png"), ImageKind.ICON, Instant.now());
        // the ceasefire article's site has an icon too; the source it names ("الأسبوع") is elsewhere
        URI portal = ArticleImages.siteIcon(
                        WebFixtures.ceasefire().analyzed().article().url())
                .orElseThrow();
        images.put(portal, WebFixtures.picture(32, 32, "png"), ImageKind.ICON, Instant.now());
        server = WebServer.start(
                index,
                new InetSocketAddress("127.0.0.1", 0),
                WebConfig.defaults().withLimits(AccessLimits.defaults().withoutRate()),
                Optional::empty,
                Optional.of(images));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
        if (index != null) index.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return FixtureServer.send(HttpRequest.newBuilder(server.baseUri().resolve(path)));
    }

    @Test
    void cardsShowTheThumbnailFromTheSitesOwnPathSizedLazyAndDescribed() throws Exception {
        String home = get("/").body();
        String thumb = "/img/" + lead.fileName(160);
        assertThat(home).contains("<img class=\"thumb\" src=\"" + thumb + "\"");
        assertThat(home)
                .containsPattern(Pattern.quote(thumb) + "[^>]*width=\"160\" height=\"120\" loading=\"lazy\" alt=\""
                        + CAPTION + "\"");
        assertThat(home).doesNotContain("pictured-harvest.example/media"); // never the publisher's host
    }

    @Test
    void aStoryCardTakesThePictureOfAnotherArticleWhenItsLeadHasNone() throws Exception {
        var home = org.jsoup.Jsoup.parse(get("/").body());
        var card = home.selectFirst("li.story-card:has(a[href=/story/" + MIXED_STORY + "])");
        assertThat(card).isNotNull();
        assertThat(card.select("img.thumb").attr("src")).isEqualTo("/img/" + lead.fileName(160));
        var alone = home.selectFirst("li.story-card:has(a[href=/story/story-" + UNFETCHED + "])");
        assertThat(alone).isNotNull();
        assertThat(alone.select("img"))
                .as("a story with no kept picture shows none")
                .isEmpty();
    }

    @Test
    void picturesAreServedFromTheCacheAndTheCspAllowsNoOtherHost() throws Exception {
        var response =
                FixtureServer.send(HttpRequest.newBuilder(server.baseUri().resolve("/img/" + lead.fileName(320))));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("img-src 'self';")
                .doesNotContain("https:");
        assertThat(get("/img/" + "0".repeat(64) + "-160.jpg").statusCode()).isEqualTo(404);
        assertThat(get("/img/..%2F..%2Findex").statusCode()).isEqualTo(404);
    }

    @Test
    void anArticleWhosePictureWasNeverFetchedShowsNoImageAtAll() throws Exception {
        String page = get("/article/" + UNFETCHED).body();
        assertThat(page)
                .doesNotContain("<img class=\"thumb\"")
                .doesNotContain("lead-image")
                .doesNotContain("gone.jpg");
    }

    @Test
    void theArticlePageShowsItsLeadImageWithCaption() throws Exception {
        String page = get("/article/" + PICTURED).body();
        assertThat(page).contains("<figure class=\"lead-image\">");
        assertThat(page).contains("src=\"/img/" + lead.fileName(640) + "\"");
        assertThat(page).contains("width=\"640\" height=\"480\" alt=\"" + CAPTION + "\"");
        assertThat(page).contains("<figcaption dir=\"auto\">" + CAPTION + "</figcaption>");
    }

    @Test
    void cardsNameThePublisherWithItsIconOrAMonogramLinkingToItsPage() throws Exception {
        String home = get("/").body();
        assertThat(home)
                .containsPattern(
                        "<a class=\"publisher\" href=\"/publisher/" + Pattern.quote(SitePaths.segment("صحيفة السهل"))
                                + "\"><img class=\"site-icon\" src=\"/img/[0-9a-f]{64}-32\\.png\"[^>]*alt=\"\">");
        // a site with no icon in the cache: its first letter stands in
        assertThat(home)
                .containsPattern(
                        "<span class=\"monogram tone-[0-5]\" aria-hidden=\"true\">ن</span><bdi>نشرة الحبوب</bdi>");
    }

    @Test
    void cardsCarryASnippetOfTheLeadNotTheTitle() throws Exception {
        String tag = get("/tag/" + SitePaths.segment("قمح")).body();
        assertThat(tag).contains("<span class=\"snippet\" dir=\"auto\">بدأ المزارعون في سهل حوران حصاد القمح");
    }

    @Test
    void storyPagesLinkNamesToEntityPagesAndPublishersToTheirs() throws Exception {
        String story = get("/story/" + WebFixtures.CEASEFIRE_STORY).body();
        assertThat(story).contains("href=\"/entity/" + SitePaths.segment("loc:karabakh") + "\"");
        assertThat(story).contains("href=\"/publisher/" + SitePaths.segment("بوابة المرصد") + "\"");
    }

    @Test
    void aPublisherHasAPageWithItsFiguresStoriesFeedsAndPagedArticles() throws Exception {
        String page = get("/publisher/" + SitePaths.segment("بوابة المرصد")).body();
        assertThat(page).contains("<h2>قصصه</h2>").contains(WebFixtures.CEASEFIRE_TITLE);
        // the ceasefire article was copied by another site: it is the original of its one copy group
        assertThat(page).contains("<strong>100٪</strong> الأصل في 1 من 1 مجموعات نسخ");
        assertThat(page).containsPattern("<meter min=\"0\" max=\"\\d+\" value=\"\\d+\"");
        assertThat(page).contains("/publisher/" + SitePaths.segment("بوابة المرصد") + "/feed.atom");
        assertThat(get("/publisher/" + SitePaths.segment("بوابة المرصد") + "?page=9")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aPublisherPageShowsItsOwnSitesIconNeverThatOfASiteNamingItAsTheSource() throws Exception {
        String portal = get("/publisher/" + SitePaths.segment("بوابة المرصد")).body();
        assertThat(portal).containsPattern("<h1 class=\"page-title\"><img class=\"site-icon\"");
        String source = get("/publisher/" + SitePaths.segment("الأسبوع")).body();
        assertThat(source).containsPattern("<h1 class=\"page-title\"><span class=\"monogram tone-[0-5]\"");
    }
}
