package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jdom2.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15, "feeds for every listing": home, tag, section, publisher and search each answer RSS
 * 2.0, Atom 1.0 and JSON Feed 1.1, read back by real parsers (Rome for RSS and Atom, Jackson for
 * JSON Feed) and checked for what each specification requires, and for what readers need: the
 * publisher, categories, the language, a self link, when the feed changed and stable ids. The
 * server keeps a picture cache with the lead image of {@link WebFixtures#PICTURED_ID}.
 */
class FeedsTest {

    @TempDir
    static Path dir;

    private static FixtureServer server;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        server = FixtureServer.startWithPictures(dir);
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) server.close();
    }

    /** Every listing page with its feeds, and an article each of them lists. */
    static List<String> listings() {
        return List.of(
                "/",
                "/tag/karabakh",
                "/section/politics",
                "/publisher/" + SitePaths.segment("بوابة المرصد"),
                SitePaths.entity("loc:karabakh"),
                SitePaths.story(WebFixtures.CEASEFIRE_STORY),
                SitePaths.storyline(WebFixtures.STORYLINE),
                "/search?q=" + SitePaths.segment("كاراباخ"));
    }

    private static String feedPath(String listing, FeedFormat format) {
        int mark = listing.indexOf('?');
        String path = mark < 0 ? listing : listing.substring(0, mark);
        String query = mark < 0 ? "" : listing.substring(mark);
        return format.path(path) + query;
    }

    private static HttpResponse<String> fetch(String path, FeedFormat format) throws Exception {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(format.mediaType());
        return response;
    }

    private static WireFeed parse(String xml) throws Exception {
        return new WireFeedInput().build(new StringReader(xml));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void rssHasWhatRss20AndReadersNeed(String listing) throws Exception {
        String path = feedPath(listing, FeedFormat.RSS);
        Channel channel = (Channel) parse(fetch(path, FeedFormat.RSS).body());
        assertThat(channel.getFeedType()).isEqualTo("rss_2.0");
        assertThat(channel.getTitle()).as("title").isNotBlank();
        assertThat(channel.getLink())
                .as("link")
                .isEqualTo(server.baseUri().resolve(listing).toString());
        assertThat(channel.getDescription()).as("description").isNotBlank();
        assertThat(channel.getLanguage()).isEqualTo("ar");
        assertThat(channel.getLastBuildDate()).as("lastBuildDate").isNotNull();
        assertThat(selfLink(channel)).isEqualTo(server.baseUri().resolve(path).toString());
        assertThat(channel.getItems()).isNotEmpty();
        for (Item item : channel.getItems()) {
            assertThat(item.getTitle()).isNotBlank();
            assertThat(item.getLink()).startsWith(server.baseUri() + "article/");
            assertThat(item.getGuid().getValue()).isEqualTo(item.getLink());
            assertThat(item.getGuid().isPermaLink()).isTrue();
            assertThat(item.getPubDate()).isNotNull();
            assertThat(item.getSource().getValue()).as("publisher").isNotBlank();
            assertThat(item.getCategories()).as("categories").isNotEmpty();
            assertThat(item.getDescription().getValue()).contains("dir=\"rtl\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void atomHasWhatRfc4287AndReadersNeed(String listing) throws Exception {
        String path = feedPath(listing, FeedFormat.ATOM);
        String xml = fetch(path, FeedFormat.ATOM).body();
        Feed feed = (Feed) parse(xml);
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(xmlLang(xml)).as("xml:lang of the feed").isEqualTo("ar");
        assertThat(feed.getId())
                .as("id")
                .isEqualTo(server.baseUri().resolve(path).toString());
        assertThat(feed.getTitle()).isNotBlank();
        assertThat(feed.getUpdated()).as("updated").isNotNull();
        assertThat(feed.getOtherLinks())
                .anySatisfy(l -> assertThat(l.getRel() + " " + l.getHref())
                        .isEqualTo("self " + server.baseUri().resolve(path)));
        assertThat(feed.getAlternateLinks().getFirst().getHref())
                .isEqualTo(server.baseUri().resolve(listing).toString());
        assertThat(feed.getEntries()).isNotEmpty();
        for (Entry entry : feed.getEntries()) {
            assertThat(entry.getId()).startsWith(server.baseUri() + "article/");
            assertThat(entry.getTitle()).isNotBlank();
            assertThat(entry.getUpdated()).isNotNull();
            // RFC 4287 §4.1.1: an entry without a feed-level author must name its own
            assertThat(entry.getAuthors()).isNotEmpty();
            assertThat(entry.getSource().getTitle()).as("publisher").isNotBlank();
            assertThat(entry.getCategories()).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void jsonFeedHasWhatVersion11Requires(String listing) throws Exception {
        String path = feedPath(listing, FeedFormat.JSON);
        JsonNode feed = JSON.readTree(fetch(path, FeedFormat.JSON).body());
        assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("title").asText()).isNotBlank();
        assertThat(feed.get("home_page_url").asText())
                .isEqualTo(server.baseUri().resolve(listing).toString());
        assertThat(feed.get("feed_url").asText())
                .isEqualTo(server.baseUri().resolve(path).toString());
        assertThat(feed.get("language").asText()).isEqualTo("ar");
        assertThat(feed.get("items")).isNotEmpty();
        for (JsonNode item : feed.get("items")) {
            assertThat(item.get("id").asText()).startsWith(server.baseUri() + "article/");
            assertThat(item.get("url").asText()).isEqualTo(item.get("id").asText());
            assertThat(item.get("title").asText()).isNotBlank();
            assertThat(item.get("content_html").asText()).contains("dir=\"rtl\"");
            assertThat(item.get("date_published").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
            assertThat(item.get("authors").get(0).get("name").asText()).isNotBlank();
            assertThat(item.get("tags")).isNotEmpty();
            assertThat(item.at("/_marsad/site").asText()).as("publisher").isNotBlank();
        }
    }

    @Test
    void idsAreStableAndTheSameInEveryFormat() throws Exception {
        List<String> rss = ((Channel) parse(server.get("/feed.xml").body()))
                .getItems().stream().map(i -> i.getGuid().getValue()).toList();
        List<String> again = ((Channel) parse(server.get("/feed.xml").body()))
                .getItems().stream().map(i -> i.getGuid().getValue()).toList();
        List<String> atom = ((Feed) parse(server.get("/feed.atom").body()))
                .getEntries().stream().map(Entry::getId).toList();
        List<String> json =
                JSON.readTree(server.get("/feed.json").body()).get("items").findValuesAsText("id");
        assertThat(again).isEqualTo(rss);
        assertThat(atom).isEqualTo(rss);
        assertThat(json).isEqualTo(rss);
    }

    @Test
    void tagFeedsListOnlyTheTagAndNameItsCategory() throws Exception {
        Channel channel = (Channel) parse(server.get("/tag/karabakh/feed.xml").body());
        assertThat(channel.getTitle()).startsWith(WebFixtures.KARABAKH.name());
        assertThat(channel.getItems())
                .allSatisfy(i -> assertThat(i.getCategories())
                        .anySatisfy(c -> assertThat(c.getValue()).isEqualTo(WebFixtures.KARABAKH.name())));
        assertThat(server.get("/tag/no-such-tag/feed.atom").statusCode()).isEqualTo(404);
    }

    @Test
    void everyListingPageLinksToItsThreeFeeds() throws Exception {
        for (String listing : listings()) {
            String page = server.get(listing).body();
            for (FeedFormat format : FeedFormat.values()) {
                String href = feedPath(listing, format).replace("&", "&amp;");
                assertThat(page)
                        .as(listing + " " + format.name().toLowerCase(Locale.ROOT))
                        .contains("<link rel=\"alternate\" type=\"" + format.mediaType() + "\"")
                        .contains("href=\"" + href + "\"");
            }
        }
    }

    /**
     * Issue 15, part 1: feeds carried no image. An item's lead image is Marsad's own copy under
     * {@code /img/} in all three formats (RSS enclosure, Atom link rel="enclosure", JSON Feed image),
     * never the publisher's URL; an article whose picture Marsad does not keep has none.
     */
    @Test
    void itemsCarryTheLeadImageAsMarsadsOwnCopyInEveryFormat() throws Exception {
        String listing = "/publisher/" + SitePaths.segment("صحيفة السهل");
        String img = server.baseUri().resolve(Pictures.PATH).toString();

        Item item = ((Channel) parse(
                        fetch(feedPath(listing, FeedFormat.RSS), FeedFormat.RSS).body()))
                .getItems()
                .getFirst();
        assertThat(item.getLink()).endsWith(WebFixtures.PICTURED_ID);
        assertThat(item.getEnclosures()).hasSize(1);
        var enclosure = item.getEnclosures().getFirst();
        assertThat(enclosure.getUrl()).startsWith(img);
        assertThat(enclosure.getType()).isEqualTo("image/jpeg");
        HttpResponse<byte[]> picture = FixtureServer.sendBytes(server.baseUri().resolve(enclosure.getUrl()));
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(enclosure.getLength()).isEqualTo(picture.body().length);

        Entry entry = ((Feed) parse(fetch(feedPath(listing, FeedFormat.ATOM), FeedFormat.ATOM)
                        .body()))
                .getEntries()
                .getFirst();
        assertThat(entry.getOtherLinks()).singleElement().satisfies(l -> {
            assertThat(l.getRel()).isEqualTo("enclosure");
            assertThat(l.getHref()).isEqualTo(enclosure.getUrl());
            assertThat(l.getType()).isEqualTo("image/jpeg");
            assertThat(l.getLength()).isEqualTo(enclosure.getLength());
        });

        JsonNode json = JSON.readTree(
                fetch(feedPath(listing, FeedFormat.JSON), FeedFormat.JSON).body());
        assertThat(json.at("/items/0/image").asText()).isEqualTo(enclosure.getUrl());

        // the other articles' pictures are not kept: no image at all; and never the publisher's picture
        String portal = "/publisher/" + SitePaths.segment("بوابة المرصد");
        assertThat(((Channel) parse(server.get(feedPath(portal, FeedFormat.RSS)).body())).getItems())
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.getEnclosures()).isEmpty());
        assertThat(((Feed) parse(server.get(feedPath(portal, FeedFormat.ATOM)).body())).getEntries())
                .allSatisfy(e -> assertThat(e.getOtherLinks()).isEmpty());
        assertThat(JSON.readTree(server.get(feedPath(portal, FeedFormat.JSON)).body())
                        .get("items"))
                .allSatisfy(i -> assertThat(i.has("image")).isFalse());
        for (FeedFormat format : FeedFormat.values())
            assertThat(server.get(feedPath(listing, format)).body())
                    .doesNotContain(WebFixtures.PICTURED_IMAGE.getPath());
    }

    /** The xml:lang of the document's root element, read by the JDK's namespace-aware parser. */
    private static String xmlLang(String xml) throws Exception {
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml)));
        return document.getDocumentElement().getAttributeNS(javax.xml.XMLConstants.XML_NS_URI, "lang");
    }

    private static String selfLink(Channel channel) {
        for (Element e : channel.getForeignMarkup())
            if (e.getName().equals("link") && "self".equals(e.getAttributeValue("rel")))
                return e.getAttributeValue("href");
        return "";
    }
}
