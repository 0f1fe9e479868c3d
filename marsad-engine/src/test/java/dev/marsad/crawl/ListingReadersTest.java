package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Feeds, sitemaps and start pages as listings of article URLs. */
class ListingReadersTest {

    private static final String BASE = "http://news.example";
    private final UrlNormalizer normalizer = new UrlNormalizer();

    private static byte[] fixture(String name) {
        return new String(TestSite.resourceBytes(name), StandardCharsets.UTF_8)
                .replace("{base}", BASE)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<Discovered> articles(Listing listing) {
        assertThat(listing).isInstanceOf(Listing.Found.class);
        return ((Listing.Found) listing).articles();
    }

    @Test
    void rssItemsBecomeUrlsWithTitleAndDateHints() {
        var found = articles(
                new FeedReader(normalizer, CrawlConfig.DEFAULT_MAX_LISTING_ITEMS, CrawlConfig.DEFAULT_MAX_BODY_BYTES)
                        .read(URI.create(BASE + "/rss.xml"), fixture("rss-feed.xml")));
        assertThat(found)
                .extracting(d -> d.url().toString())
                .containsExactly(BASE + "/news/1", BASE + "/news/2", BASE + "/news/3");
        assertThat(found.getFirst().hints().title()).contains("افتتاح جسر جديد على نهر الفرات يربط ضفتي المدينة");
        assertThat(found.getFirst().hints().published()).contains(Instant.parse("2023-09-19T08:30:00Z"));
    }

    @Test
    void atomEntriesUseTheirLinkAndFallBackToUpdatedDate() {
        var found = articles(
                new FeedReader(normalizer, CrawlConfig.DEFAULT_MAX_LISTING_ITEMS, CrawlConfig.DEFAULT_MAX_BODY_BYTES)
                        .read(URI.create(BASE + "/atom.xml"), fixture("atom-feed.xml")));
        assertThat(found).extracting(d -> d.url().toString()).containsExactly(BASE + "/atom/a1", BASE + "/atom/a2");
        assertThat(found.get(1).hints().published()).contains(Instant.parse("2023-09-21T08:00:00Z"));
    }

    @Test
    void jsonFeedItemsUseUrlOrExternalUrl() {
        var found = articles(
                new FeedReader(normalizer, CrawlConfig.DEFAULT_MAX_LISTING_ITEMS, CrawlConfig.DEFAULT_MAX_BODY_BYTES)
                        .read(URI.create(BASE + "/feed.json"), fixture("json-feed.json")));
        assertThat(found).extracting(d -> d.url().toString()).containsExactly(BASE + "/json/j1", BASE + "/json/j2");
        assertThat(found.getFirst().hints().published()).contains(Instant.parse("2023-09-22T03:00:00Z"));
        assertThat(found.get(1).hints().published()).isEmpty();
    }

    @Test
    void malformedFeedIsBrokenWithTheUrlInTheDetail() {
        Listing listing = new FeedReader(
                        normalizer, CrawlConfig.DEFAULT_MAX_LISTING_ITEMS, CrawlConfig.DEFAULT_MAX_BODY_BYTES)
                .read(URI.create(BASE + "/broken.xml"), fixture("broken-feed.xml"));
        assertThat(listing)
                .isInstanceOfSatisfying(
                        Listing.Broken.class, b -> assertThat(b.detail()).contains(BASE + "/broken.xml"));
    }

    @Test
    void jsonThatIsNotAJsonFeedIsBroken() {
        byte[] body = "{\"hello\":\"عالم\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(new FeedReader(normalizer, CrawlConfig.DEFAULT_MAX_LISTING_ITEMS, CrawlConfig.DEFAULT_MAX_BODY_BYTES)
                        .read(URI.create(BASE + "/x.json"), body))
                .isInstanceOf(Listing.Broken.class);
    }

    @Test
    void htmlServedAsAFeedIsBroken() {
        assertThat(new FeedReader(normalizer, CrawlConfig.DEFAULT_MAX_LISTING_ITEMS, CrawlConfig.DEFAULT_MAX_BODY_BYTES)
                        .read(URI.create(BASE + "/rss"), fixture("article-utf8.html")))
                .isInstanceOf(Listing.Broken.class);
    }

    @Test
    void newsSitemapKeepsNewsTitleAndPublicationDate() {
        var found = articles(
                new SitemapReader(normalizer, CrawlConfig.DEFAULT_MAX_LISTING_ITEMS, CrawlConfig.DEFAULT_MAX_BODY_BYTES)
                        .read(URI.create(BASE + "/news-sitemap.xml"), fixture("news-sitemap.xml"), "application/xml"));
        assertThat(found).extracting(d -> d.url().toString()).containsExactly(BASE + "/sm/s1", BASE + "/sm/s2");
        assertThat(found.getFirst().hints().title()).contains("تقارير عن هدنة جديدة في الإقليم ومفاوضات مرتقبة غدا");
        assertThat(found.getFirst().hints().published()).contains(Instant.parse("2023-09-20T12:00:00Z"));
        assertThat(found.get(1).hints().published()).isPresent();
    }

    @Test
    void aNewsSitemapsDateAloneIsMarkedAsADateWithNoTime() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>http://news.example/d/1</loc><news:news>
                    <news:publication><news:name>الموقع</news:name><news:language>ar</news:language></news:publication>
                    <news:publication_date>2023-09-20</news:publication_date><news:title>خبر بتاريخ فقط</news:title>
                  </news:news></url>
                  <url><loc>http://news.example/d/2</loc><news:news>
                    <news:publication><news:name>الموقع</news:name><news:language>ar</news:language></news:publication>
                    <news:publication_date>2023-09-21T00:00:00+00:00</news:publication_date><news:title>خبر في منتصف الليل</news:title>
                  </news:news></url>
                </urlset>
                """;
        var found = articles(new SitemapReader(
                        normalizer, CrawlConfig.DEFAULT_MAX_LISTING_ITEMS, CrawlConfig.DEFAULT_MAX_BODY_BYTES)
                .read(URI.create(BASE + "/news-sitemap.xml"), xml.getBytes(StandardCharsets.UTF_8), "application/xml"));
        assertThat(found.get(0).hints().published()).contains(Instant.parse("2023-09-20T00:00:00Z"));
        assertThat(found.get(0).hints().dayOnly()).isTrue();
        assertThat(found.get(1).hints().published()).contains(Instant.parse("2023-09-21T00:00:00Z"));
        assertThat(found.get(1).hints().dayOnly()).isFalse();
    }

    @Test
    void hintsKeepADateAloneThroughTheirStoredLabel() {
        var day = new Hints(Optional.of("خبر"), Optional.of(Instant.parse("2023-09-20T00:00:00Z")), true);
        var time = new Hints(Optional.of("خبر"), Optional.of(Instant.parse("2023-09-20T10:15:00Z")));
        assertThat(day.publishedLabel()).contains("2023-09-20");
        assertThat(Hints.ofLabel(day.title(), day.publishedLabel())).isEqualTo(day);
        assertThat(Hints.ofLabel(time.title(), time.publishedLabel())).isEqualTo(time);
        assertThat(Hints.ofLabel(Optional.empty(), Optional.of("yesterday")).published())
                .isEmpty();
    }

    @Test
    void sitemapIndexYieldsChildSitemapsNotArticles() {
        Listing listing = new SitemapReader(
                        normalizer, CrawlConfig.DEFAULT_MAX_LISTING_ITEMS, CrawlConfig.DEFAULT_MAX_BODY_BYTES)
                .read(URI.create(BASE + "/sitemap.xml"), fixture("sitemap-index.xml"), "text/xml");
        assertThat(listing).isInstanceOfSatisfying(Listing.Found.class, f -> {
            assertThat(f.articles()).isEmpty();
            assertThat(f.sitemaps())
                    .extracting(URI::toString)
                    .containsExactly(BASE + "/sitemaps/news-1.xml", BASE + "/sitemaps/news-2.xml");
        });
    }

    @Test
    void garbageSitemapIsBroken() {
        byte[] body = "<html><body>ليست خريطة موقع</body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(new SitemapReader(
                                normalizer, CrawlConfig.DEFAULT_MAX_LISTING_ITEMS, CrawlConfig.DEFAULT_MAX_BODY_BYTES)
                        .read(URI.create(BASE + "/sitemap.xml"), body, "text/html"))
                .isInstanceOf(Listing.Broken.class);
    }

    @Test
    void startPageKeepsSameHostLinksOnceWithoutItselfOrFragments() {
        var found = articles(new StartPageLinks(normalizer, 100)
                .read(URI.create(BASE + "/section/politics"), fixture("section-page.html")));
        assertThat(found)
                .extracting(d -> d.url().toString())
                .containsExactly(BASE + "/news/10", BASE + "/section/news/11");
    }

    @Test
    void startPageCountsHttpsAndOtherPortsOfTheSameHostAsSameHost() {
        byte[] html =
                ("<a href=\"https://news.example/news/12\">خبر</a><a href=\"http://news.example:8080/news/13\">خبر</a>"
                                + "<a href=\"http://cdn.news.example/x\">صورة</a>")
                        .getBytes(StandardCharsets.UTF_8);
        var found = articles(new StartPageLinks(normalizer, 100).read(URI.create(BASE + "/section/economy"), html));
        assertThat(found)
                .extracting(d -> d.url().toString())
                .containsExactly("https://news.example/news/12", "http://news.example:8080/news/13");
    }

    @Test
    void startPageLinksAreCappedPerPage() {
        var found = articles(new StartPageLinks(normalizer, 1)
                .read(URI.create(BASE + "/section/politics"), fixture("section-page.html")));
        assertThat(found).hasSize(1);
    }
}
