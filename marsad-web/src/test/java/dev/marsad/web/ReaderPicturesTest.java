package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.media.ArticleImages;
import dev.marsad.media.ImageKind;
import dev.marsad.media.ImageStore;
import dev.marsad.media.StoredImage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
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
        index.commit();
        ImageStore images = ImageStore.open(dir.resolve("images"));
        lead = images.put(IMAGE, drawn(800, 600, "jpeg"), ImageKind.PHOTO, Instant.now());
        URI icon = ArticleImages.siteIcon(pictured.analyzed().article().url()).orElseThrow();
        images.put(icon, drawn(48, 48, "png"), ImageKind.ICON, Instant.now());
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
        // the fixture sites have no icon in the cache: their first letter stands in
        assertThat(home)
                .containsPattern(
                        "<span class=\"monogram tone-[0-5]\" aria-hidden=\"true\">ب</span><bdi>بوابة المرصد</bdi>");
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

    private static byte[] drawn(int width, int height, String format) throws Exception {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
