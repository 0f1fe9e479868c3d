package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a site's feeds and sitemaps from its home page, on real local sites. */
@SuppressForbidden(reason = "com.sun.net.httpserver is the real test server (module jdk.httpserver)")
class SourceFinderTest {

    @TempDir
    Path data;

    private TestSite site;
    private CrawlState state;

    @BeforeEach
    void start() {
        site = TestSite.start();
        state = CrawlState.open(data.resolve("crawl.db"));
    }

    @AfterEach
    void stop() {
        state.close();
        site.close();
    }

    private Source find(String url) throws InterruptedException {
        return new SourceFinder(
                        CrawlConfig.builder(data)
                                .allowedAddresses(TestSite.LOOPBACK)
                                .build(),
                        state)
                .find(URI.create(url));
    }

    private void home(String head) {
        site.page(
                "/",
                "text/html; charset=utf-8",
                ("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">" + head
                                + "</head><body><a href=\"/news/1\">خبر</a></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private void robots(String... sitemapLines) {
        var text = new StringBuilder("User-agent: *\nDisallow: /private/\n");
        for (String line : sitemapLines) text.append("Sitemap: ").append(line).append('\n');
        site.page("/robots.txt", "text/plain", text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aHomePageGivesItsAnnouncedFeedsAndTheNewsSitemapOfRobotsTxt() throws InterruptedException {
        home("<title>الرئيسية | صحيفة الاختبار</title>"
                + "<meta property=\"og:site_name\" content=\"صحيفة الاختبار\">"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\"/rss.xml\">"
                + "<link rel=\"Alternate\" type=\"application/atom+xml\" href=\"feeds/atom.xml\">"
                + "<link rel=\"alternate\" type=\"application/feed+json\" href=\"" + site.base() + "/feed.json\">"
                + "<link rel=\"alternate\" type=\"application/json\" href=\"/wp-json/wp/v2/pages/2\">"
                + "<link rel=\"alternate\" hreflang=\"en\" type=\"text/html\" href=\"/en/\">"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"/style.css\">");
        robots(site.base() + "/sitemap.xml", site.base() + "/news-sitemap.xml");

        Source source = find(site.base() + "/");

        assertThat(source.feeds())
                .containsExactly(site.url("/rss.xml"), site.url("/feeds/atom.xml"), site.url("/feed.json"));
        assertThat(source.sitemaps()).as("the news sitemap only").containsExactly(site.url("/news-sitemap.xml"));
        assertThat(source.startPages()).isEmpty();
        assertThat(source.name()).isEqualTo("صحيفة الاختبار");
        assertThat(source.id()).isEqualTo("127-0-0-1-" + site.url("/").getPort());
        assertThat(state.logOf(site.url("/"))).last().asString().contains("source discovery: 3 feeds, 1 sitemaps");
    }

    @Test
    void aHomePageWithFeedsTakesNoFullSitemap() throws InterruptedException {
        home("<title>صحيفة</title><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\">");
        robots(site.base() + "/sitemap.xml");

        Source source = find(site.base() + "/");

        assertThat(source.feeds()).containsExactly(site.url("/rss.xml"));
        assertThat(source.sitemaps()).isEmpty();
    }

    @Test
    void aHomePageWithoutFeedsTakesTheSitemapsOfRobotsTxtAndItsTitle() throws InterruptedException {
        home("<title>  المدار نيوز </title>");
        robots(site.base() + "/sitemap.xml");

        Source source = find(site.base() + "/");

        assertThat(source.feeds()).isEmpty();
        assertThat(source.sitemaps()).containsExactly(site.url("/sitemap.xml"));
        assertThat(source.startPages()).isEmpty();
        assertThat(source.name()).isEqualTo("المدار نيوز");
    }

    @Test
    void aHomePageWithNeitherBecomesAStartPage() throws InterruptedException {
        home("<title>صدى الأرز</title>");

        Source source = find(site.base() + "/");

        assertThat(source.feeds()).isEmpty();
        assertThat(source.sitemaps()).isEmpty();
        assertThat(source.startPages()).containsExactly(site.url("/"));
    }

    @Test
    void aHomePageServedWithoutContentTypeIsStillReadAsHtml() throws InterruptedException {
        byte[] page = "<!DOCTYPE html><html><head><title>بلا نوع</title></head><body></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        site.route("/", e -> {
            e.sendResponseHeaders(200, page.length);
            e.getResponseBody().write(page);
            e.close();
        });

        Source source = find(site.base() + "/");

        assertThat(source.startPages()).containsExactly(site.url("/"));
        assertThat(source.name()).isEqualTo("بلا نوع");
    }

    @Test
    void aRedirectedHomePageIsNamedAfterTheHostThatAnswered() throws InterruptedException {
        try (TestSite moved = TestSite.start()) {
            moved.page(
                    "/ar/",
                    "text/html; charset=utf-8",
                    "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"rss.xml\"></head></html>"
                            .getBytes(StandardCharsets.UTF_8));
            site.redirect("/", 301, moved.base() + "/ar/");

            Source source = find(site.base() + "/");

            assertThat(source.id()).isEqualTo(Source.idFor(moved.url("/")));
            assertThat(source.feeds()).containsExactly(moved.url("/ar/rss.xml"));
        }
    }

    @Test
    void aFeedUrlGivesASourceWithThatFeedNamedByItsTitle() throws InterruptedException {
        site.page("/rss.xml", "application/rss+xml", site.rss("/news/1"));

        Source source = find(site.base() + "/rss.xml");

        assertThat(source.feeds()).containsExactly(site.url("/rss.xml"));
        assertThat(source.name()).isEqualTo("أخبار");
    }

    @Test
    void aSitemapUrlGivesASourceWithThatSitemap() throws InterruptedException {
        site.fixture("/news-sitemap.xml", "application/xml", "news-sitemap.xml");

        Source source = find(site.base() + "/news-sitemap.xml");

        assertThat(source.sitemaps()).containsExactly(site.url("/news-sitemap.xml"));
        assertThat(source.feeds()).isEmpty();
    }

    @Test
    void anUnreachableSiteIsNamedInTheError() {
        String gone;
        try (TestSite closed = TestSite.start()) {
            gone = closed.base() + "/";
        }
        assertThatThrownBy(() -> find(gone))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot read " + gone);
    }

    @Test
    void aMissingPageIsReportedWithItsStatus() {
        assertThatThrownBy(() -> find(site.base() + "/nowhere"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HTTP 404");
    }

    @Test
    void aPageThatRobotsTxtClosesIsNotRead() {
        robots();
        home("<title>x</title>");
        assertThatThrownBy(() -> find(site.base() + "/private/home"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("disallowed");
        assertThat(site.hits("/private/home")).isZero();
    }

    @Test
    void somethingElseIsRefusedByName() {
        site.page("/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThatThrownBy(() -> find(site.base() + "/logo.png"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neither an HTML page, a feed nor a sitemap")
                .hasMessageContaining("/logo.png");
    }

    @Test
    void aUrlThatIsNotHttpIsRefused() {
        assertThatThrownBy(() -> find("ftp://files.example/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ftp://files.example/");
    }
}
