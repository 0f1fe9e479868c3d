package dev.marsad.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Starts the demo newsroom on free ports and reads every site over HTTP with the JDK client. */
class DemoNewsroomTest {

    private static DemoNewsroom newsroom;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        newsroom = DemoNewsroom.start();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        newsroom.close();
        client.close();
    }

    private static HttpResponse<byte[]> get(URI uri, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
            for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("GET " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted on GET " + uri, e);
        }
    }

    private static Site site(String id) {
        return newsroom.sites().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static String utf8(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void servesEveryArticleWithItsTitleAndBody() {
        for (DemoArticle article : newsroom.articles()) {
            HttpResponse<byte[]> response = get(article.url());
            assertThat(response.statusCode()).as(article.id()).isEqualTo(200);
            Charset charset = article.publisher().equals(LegacySite.ID) ? LegacySite.ENCODING : StandardCharsets.UTF_8;
            Document page = Jsoup.parse(
                    new String(response.body(), charset), article.url().toString());
            assertThat(page.title()).as(article.id()).contains(article.title());
            assertThat(page.text())
                    .as(article.id())
                    .contains(article.paragraphs().getFirst())
                    .contains(article.paragraphs().getLast());
            article.source()
                    .ifPresent(
                            source -> assertThat(page.text()).as(article.id()).contains(source));
        }
    }

    @Test
    void feedsAndSitemapsListEveryArticleOfTheirSite() {
        for (Site site : newsroom.sites()) {
            StringBuilder listed = new StringBuilder();
            for (URI list : concat(site.feeds(), site.sitemaps())) {
                HttpResponse<byte[]> response = get(list);
                assertThat(response.statusCode()).as(list.toString()).isEqualTo(200);
                Charset charset = site.id().equals(LegacySite.ID) ? LegacySite.ENCODING : StandardCharsets.UTF_8;
                listed.append(Jsoup.parse(new String(response.body(), charset), "", Parser.xmlParser())
                                .text())
                        .append(' ');
            }
            assertThat(site.feeds().size() + site.sitemaps().size())
                    .as(site.id())
                    .isPositive();
            newsroom.articles().stream()
                    .filter(a -> a.publisher().equals(site.id()))
                    .forEach(a -> assertThat(listed.toString())
                            .as(site.id() + " lists " + a.id())
                            .contains(a.url().toString()));
        }
    }

    private static List<URI> concat(List<URI> a, List<URI> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void legacySiteSendsNoCharsetAndDecodesFromItsMetaTag() {
        DemoArticle article = article("karabakh-sada-1");
        HttpResponse<byte[]> response = get(article.url());
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html");
        assertThat(new String(response.body(), StandardCharsets.ISO_8859_1)).contains("charset=windows-1256");
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .as("not UTF-8")
                .doesNotContain(article.title());
        Document page = parse(response, article.url());
        assertThat(page.charset().name()).isEqualTo("windows-1256");
        assertThat(page.text())
                .contains(article.title())
                .contains(article.paragraphs().get(1));
        assertThat(page.select("td.date").text())
                .contains("أيلول")
                .contains("٢٠٢٣")
                .contains("الأربعاء ٢٠");
    }

    @Test
    void legacyFeedIsWindows1256AsItsDeclarationSays() throws Exception {
        Site sada = site(LegacySite.ID);
        HttpResponse<byte[]> response = get(sada.feeds().getFirst());
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml");
        assertThat(new String(response.body(), 0, 60, StandardCharsets.US_ASCII))
                .startsWith("<?xml version=\"1.0\" encoding=\"windows-1256\"?>");
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(new java.io.ByteArrayInputStream(response.body())));
        assertThat(feed.getTitle()).isEqualTo("صدى الأرز");
        assertThat(feed.getEntries())
                .extracting(SyndEntry::getTitle)
                .contains(article("karabakh-sada-1").title());
    }

    @Test
    void everyFeedParsesAsRssOrAtom() throws Exception {
        for (Site site : newsroom.sites()) {
            for (URI uri : site.feeds()) {
                HttpResponse<byte[]> response = get(uri);
                SyndFeed feed =
                        new SyndFeedInput().build(new XmlReader(new java.io.ByteArrayInputStream(response.body())));
                long own = newsroom.articles().stream()
                        .filter(a -> a.publisher().equals(site.id()))
                        .count();
                assertThat(feed.getEntries()).as(uri.toString()).hasSize((int) own);
                assertThat(feed.getFeedType()).as(uri.toString()).matches("rss_2.0|atom_1.0");
            }
        }
    }

    @Test
    void newsSitemapHasNewsTitlesAndDates() throws Exception {
        Site madar = site(SitemapSite.ID);
        assertThat(madar.feeds()).isEmpty();
        URI uri = madar.sitemaps().getFirst();
        HttpResponse<byte[]> response = get(uri);
        SiteMapParser parser = new SiteMapParser();
        parser.enableExtension(Extension.NEWS);
        SiteMap sitemap = (SiteMap) parser.parseSiteMap("application/xml", response.body(), uri.toURL());
        DemoArticle article = article("karabakh-madar-1");
        SiteMapURL entry = sitemap.getSiteMapUrls().stream()
                .filter(u -> u.getUrl().toString().equals(article.url().toString()))
                .findFirst()
                .orElseThrow();
        NewsAttributes news = (NewsAttributes) entry.getAttributesForExtension(Extension.NEWS)[0];
        assertThat(news.getTitle()).isEqualTo(article.title());
        assertThat(news.getPublicationDate().toInstant())
                .isEqualTo(article.published().toInstant());
    }

    @Test
    void robotsTxtClosesThePreviewAreaThatEveryPageLinks() {
        Site madar = site(SitemapSite.ID);
        HttpResponse<byte[]> robots = get(madar.robots());
        assertThat(robots.statusCode()).isEqualTo(200);
        BaseRobotRules rules = new SimpleRobotRulesParser()
                .parseContent(madar.robots().toString(), robots.body(), "text/plain", List.of("marsad"));
        Document home = parse(get(madar.base()), madar.base());
        String preview = home.select("a[href^=/preview/]").attr("abs:href");
        assertThat(preview).as("home links the preview").isNotEmpty();
        assertThat(get(URI.create(preview)).statusCode()).isEqualTo(200);
        assertThat(rules.isAllowed(preview)).isFalse();
        newsroom.articles().stream()
                .filter(a -> a.publisher().equals(SitemapSite.ID))
                .forEach(a -> assertThat(rules.isAllowed(a.url().toString()))
                        .as(a.id())
                        .isTrue());
        assertThat(madar.sitemaps()).allSatisfy(s -> assertThat(utf8(robots)).contains("Sitemap: " + s));
    }

    @Test
    void unknownPagesGetA404PageAndTheLegacyScriptASoft404() {
        for (Site site : newsroom.sites()) {
            HttpResponse<byte[]> missing = get(site.base().resolve("no/such/page.html"));
            assertThat(missing.statusCode()).as(site.id()).isEqualTo(404);
            assertThat(missing.body()).as(site.id()).isNotEmpty();
        }
        Site sada = site(LegacySite.ID);
        URI gone = sada.base().resolve("article.php?id=" + LegacySite.STALE_ID);
        HttpResponse<byte[]> soft = get(gone);
        assertThat(soft.statusCode()).isEqualTo(200);
        assertThat(parse(soft, gone).text()).contains("الصفحة غير موجودة");
        assertThat(parse(get(sada.startPages().getFirst()), sada.base())
                        .select("a[href$=id=" + LegacySite.STALE_ID + "]"))
                .as("the stale link is on the home page")
                .isNotEmpty();
    }

    @Test
    void answersConditionalRequestsWithNotModified() {
        DemoArticle article = newsroom.articles().getFirst();
        HttpResponse<byte[]> first = get(article.url());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(get(article.url(), "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get(article.url(), "If-None-Match", "\"other\"").statusCode())
                .isEqualTo(200);
        assertThat(get(article.url(), "If-Modified-Since", lastModified).statusCode())
                .isEqualTo(304);
        assertThat(get(article.url(), "If-Modified-Since", "Mon, 01 Jan 2018 00:00:00 GMT")
                        .statusCode())
                .isEqualTo(200);
        assertThat(java.time.ZonedDateTime.parse(lastModified, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant())
                .isEqualTo(article.published().toInstant());
    }

    @Test
    void answersHeadWithoutBodyAndRefusesOtherMethods() throws Exception {
        DemoArticle article = newsroom.articles().getLast();
        HttpResponse<byte[]> head = client.send(
                HttpRequest.newBuilder(article.url())
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValueAsLong("Content-Length"))
                .hasValue(get(article.url()).body().length);
        HttpResponse<byte[]> post = client.send(
                HttpRequest.newBuilder(article.url())
                        .POST(HttpRequest.BodyPublishers.ofString("x"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void everyCopyIsServedAndItsOriginalTooAndStoriesSpanPublishers() {
        Map<String, DemoArticle> byId =
                newsroom.articles().stream().collect(Collectors.toMap(DemoArticle::id, Function.identity()));
        List<DemoArticle> copies =
                newsroom.articles().stream().filter(DemoArticle::isCopy).toList();
        assertThat(copies.size()).isGreaterThanOrEqualTo(10);
        for (DemoArticle copy : copies) {
            DemoArticle original = byId.get(copy.copyOf().orElseThrow());
            assertThat(original).as(copy.id()).isNotNull();
            assertThat(original.url()).as(copy.id()).isNotEqualTo(copy.url());
            assertThat(original.story()).as(copy.id()).isEqualTo(copy.story());
        }
        Map<String, Set<String>> publishersByStory = newsroom.articles().stream()
                .collect(Collectors.groupingBy(
                        DemoArticle::story, Collectors.mapping(DemoArticle::publisher, Collectors.toSet())));
        assertThat(publishersByStory.values().stream()
                        .filter(p -> p.size() >= 2)
                        .count())
                .isGreaterThanOrEqualTo(8);
        assertThat(newsroom.articleCount())
                .isEqualTo(newsroom.articles().size())
                .isGreaterThanOrEqualTo(60);
    }

    @Test
    void relatedStoriesAreDistinctStoriesThatTeaseEachOther() {
        List<StoryPair> pairs = newsroom.relatedStories();
        assertThat(pairs).isNotEmpty();
        assertThat(pairs).contains(new StoryPair("karabakh-ceasefire", "riyadh-ukraine-talks"));
        List<String> stories =
                newsroom.articles().stream().map(DemoArticle::story).toList();
        pairs.forEach(pair -> assertThat(stories).contains(pair.first(), pair.second()));
    }

    @Test
    void listsPagesThatAreNoArticlesAndPagesClosedToCrawlers() {
        Set<URI> articleUrls =
                newsroom.articles().stream().map(DemoArticle::url).collect(Collectors.toSet());
        for (Site site : newsroom.sites()) {
            assertThat(site.nonArticlePages())
                    .as(site.id())
                    .contains(site.startPages().getFirst())
                    .hasSizeGreaterThan(site.startPages().size());
            for (URI page : site.nonArticlePages()) {
                assertThat(articleUrls).as(page.toString()).doesNotContain(page);
                assertThat(get(page).statusCode()).as(page.toString()).isEqualTo(200);
            }
        }
        assertThat(site(LegacySite.ID).nonArticlePages())
                .contains(site(LegacySite.ID).base().resolve("article.php?id=" + LegacySite.STALE_ID));
        assertThat(site(SitemapSite.ID).disallowedPages())
                .singleElement()
                .satisfies(p -> assertThat(p.getPath()).startsWith(SitemapSite.PREVIEW_PREFIX));
        assertThat(site(JsonLdSite.ID).disallowedPages()).isEmpty();
    }

    @Test
    void movedPagesAnswerWithAPermanentRedirect() {
        Site sada = site(LegacySite.ID);
        HttpResponse<byte[]> root = get(sada.base());
        assertThat(root.statusCode()).isEqualTo(301);
        assertThat(root.headers().firstValue("Location"))
                .hasValue(sada.base().resolve("index.php").toString());
        Site madar = site(SitemapSite.ID);
        String section = newsroom.articles().stream()
                .filter(a -> a.publisher().equals(SitemapSite.ID))
                .findFirst()
                .orElseThrow()
                .section();
        HttpResponse<byte[]> bare = get(madar.base().resolve(section));
        assertThat(bare.statusCode()).isEqualTo(301);
        assertThat(bare.headers().firstValue("Location"))
                .hasValue(madar.base().resolve(section + "/").toString());
    }

    @Test
    void aggregatorPagesLookLikeTheSeedPage() {
        DemoArticle copy = article("karabakh-nafitha-1");
        Document page = parse(get(copy.url()), copy.url());
        assertThat(page.select(".post-meta .date").text())
                .matches("تاريخ النشر: \\d{1,2}(st|nd|rd|th), [A-Z][a-z]+ \\d{4} GMT");
        assertThat(page.select(".read-also").text()).matches("اقرأ أيضاً\\S.*");
        assertThat(page.select("p.source").text()).isEqualTo("المصدر: جريدة الرائد");
        assertThat(page.select(".tags").text()).startsWith("كلمات دلالية:");
        assertThat(page.select(".tags a")).hasSize(copy.tags().size());
        Element tweet = page.selectFirst("blockquote.twitter-tweet");
        assertThat(tweet).isNotNull();
        assertThat(tweet.text())
                .contains("pic.twitter.com/")
                .containsPattern("— .+ \\(@\\w+\\) [A-Z][a-z]+ \\d{1,2}, \\d{4}");
        assertThat(page.select(".more-news h3").text()).isEqualTo("إقرأ أيضاً:");
        assertThat(page.select(".more-news .teaser h2").getFirst().text())
                .isEqualTo(article("riyadh-nafitha-1").title() + " - جريدة الرائد");
        assertThat(page.select(".more-news .teaser")).hasSize(2);
    }

    @Test
    void jsonLdPublisherDescribesEachArticle() throws Exception {
        DemoArticle article = article("karabakh-raed-2");
        Document page = parse(get(article.url()), article.url());
        JsonNode ld = new ObjectMapper()
                .readTree(page.select("script[type=application/ld+json]")
                        .getFirst()
                        .data());
        assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.path("headline").asText()).isEqualTo(article.title());
        assertThat(java.time.OffsetDateTime.parse(ld.path("datePublished").asText()))
                .isEqualTo(article.published());
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(article.title());
        assertThat(page.select("meta[property=og:url]").attr("content"))
                .isEqualTo(article.url().toString());
        assertThat(page.select("meta[property=article:tag]").eachAttr("content"))
                .isEqualTo(article.tags());
    }

    @Test
    void sourcesFileNamesLiveFeedsSitemapsAndStartPages() throws Exception {
        JsonNode sources = new ObjectMapper().readTree(newsroom.sourcesJson()).path("sources");
        assertThat(sources).hasSize(newsroom.sites().size());
        for (JsonNode source : sources) {
            assertThat(source.path("delayMillis").asInt(-1)).isZero();
            assertThat(source.path("name").asText()).isNotBlank();
            int lists = source.path("feeds").size() + source.path("sitemaps").size();
            assertThat(lists).as(source.path("id").asText()).isPositive();
            for (String field : List.of("feeds", "sitemaps", "startPages")) {
                for (JsonNode url : source.path(field)) {
                    assertThat(get(URI.create(url.asText())).statusCode())
                            .as(url.asText())
                            .isEqualTo(200);
                }
            }
        }
    }

    @Test
    void sectionPagesListTheirArticles() {
        Site madar = site(SitemapSite.ID);
        Map<String, List<DemoArticle>> bySection = newsroom.articles().stream()
                .filter(a -> a.publisher().equals(SitemapSite.ID))
                .collect(Collectors.groupingBy(DemoArticle::section));
        assertThat(bySection).isNotEmpty();
        bySection.forEach((section, articles) -> {
            URI uri = madar.base().resolve(section + "/");
            Document page = parse(get(uri), uri);
            Set<String> links = Set.copyOf(page.select(".sec-list a").eachAttr("abs:href"));
            articles.forEach(a -> assertThat(links).as(section).contains(a.url().toString()));
        });
    }

    private static DemoArticle article(String id) {
        return newsroom.articles().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static Document parse(HttpResponse<byte[]> response, URI uri) {
        try {
            return Jsoup.parse(new java.io.ByteArrayInputStream(response.body()), null, uri.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
