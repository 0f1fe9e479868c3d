package dev.marsad.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.rss.Source;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Tag;
import dev.marsad.arabic.text.DisplayText;
import dev.marsad.extract.Article;
import dev.marsad.index.DisplayTitle;
import dev.marsad.index.IndexedArticle;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.jsoup.nodes.Entities;

/**
 * Writes a {@link FeedListing} as RSS 2.0 and Atom 1.0 (with Rome) or JSON Feed 1.1 (with
 * Jackson). Every format carries the same: the feed's title and self link, the page it is the feed
 * of, the language "ar", when it last changed, and per article a stable id (its page's absolute
 * URL), its headline, a right-to-left HTML summary, the publisher, the authors and the tags and
 * section as categories, and its lead image when Marsad keeps a copy of it (RSS {@code enclosure},
 * Atom {@code link rel="enclosure"}, JSON Feed {@code image}), always Marsad's own {@code /img/}
 * copy, never the publisher's URL: a feed reader is not sent to a third-party host. RSS and JSON
 * Feed have no field for the text's direction: the summary's HTML says {@code dir="rtl"}, as does
 * Atom's.
 */
final class FeedWriter {

    /** The Atom namespace, for RSS's self link (RSS Best Practices: atom:link rel="self"). */
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    /** JSON Feed's version URL, which its "version" field must hold. */
    static final String JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

    /** The scheme of the section categories: the site's section pages. */
    private static final String SECTION_SCHEME = "/section/";

    private final WebConfig config;
    private final ObjectMapper json;
    private final Function<String, String> absolute;
    private final Pictures pictures;

    /**
     * @param absolute a site path ("/tag/k") as an absolute URL under the public address
     * @param pictures the picture cache's copies, for the items' lead images
     */
    FeedWriter(WebConfig config, ObjectMapper json, Function<String, String> absolute, Pictures pictures) {
        this.config = config;
        this.json = json;
        this.absolute = absolute;
        this.pictures = pictures;
    }

    /** The listing's feed in {@code format}, as the text to send. */
    String write(FeedListing listing, FeedFormat format) {
        return switch (format) {
            case RSS -> xml(rss(listing));
            case ATOM -> xml(atom(listing));
            case JSON -> jsonFeed(listing);
        };
    }

    /** "كاراباخ — مرصد"; the home page's feed is the site's name alone. */
    String title(FeedListing listing) {
        return listing.title().equals(config.siteName())
                ? config.siteName()
                : listing.title() + " \u2014 " + config.siteName();
    }

    /** When the listing last changed: its newest article's storing; the epoch for an empty one. */
    static Instant updated(FeedListing listing) {
        return listing.articles().stream()
                .map(IndexedArticle::indexedAt)
                .max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
    }

    private Channel rss(FeedListing listing) {
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(title(listing));
        channel.setLink(absolute.apply(listing.pageHref()));
        channel.setDescription(title(listing));
        channel.setLanguage("ar");
        channel.setLastBuildDate(Date.from(updated(listing)));
        channel.setGenerator(config.siteName());
        Element self = new Element("link", ATOM);
        self.setAttribute("href", absolute.apply(listing.feedPath(FeedFormat.RSS)));
        self.setAttribute("rel", "self");
        self.setAttribute("type", FeedFormat.RSS.mediaType());
        channel.setForeignMarkup(List.of(self));
        channel.setItems(listing.articles().stream().map(this::item).toList());
        return channel;
    }

    private Item item(IndexedArticle indexed) {
        Article a = indexed.analyzed().article();
        String link = articleUrl(indexed);
        Item item = new Item();
        item.setTitle(DisplayTitle.of(a));
        item.setLink(link);
        Guid guid = new Guid();
        guid.setValue(link);
        guid.setPermaLink(true);
        item.setGuid(guid);
        item.setPubDate(Date.from(published(indexed)));
        Description description = new Description();
        description.setType("text/html");
        description.setValue(summaryHtml(a));
        item.setDescription(description);
        // RSS's <author> must be an e-mail address: the bylines go in dc:creator, the publisher in <source>
        DCModule dc = new DCModuleImpl();
        dc.setCreators(authors(a));
        item.setModules(new ArrayList<>(List.of(dc)));
        SitePaths.external(a.url()).ifPresent(url -> {
            Source source = new Source();
            source.setUrl(url);
            source.setValue(ArticleCard.siteOf(a));
            item.setSource(source);
        });
        item.setCategories(categories(indexed.analyzed()).stream()
                .map(c -> {
                    var category = new com.rometools.rome.feed.rss.Category();
                    category.setValue(c.getValue());
                    category.setDomain(c.getKey());
                    return category;
                })
                .toList());
        pictures.leadCopy(a).ifPresent(copy -> {
            Enclosure enclosure = new Enclosure();
            enclosure.setUrl(absolute.apply(copy.href()));
            enclosure.setType(copy.mediaType());
            enclosure.setLength(copy.bytes());
            item.setEnclosures(List.of(enclosure));
        });
        return item;
    }

    private Feed atom(FeedListing listing) {
        Feed feed = new Feed("atom_1.0");
        String self = absolute.apply(listing.feedPath(FeedFormat.ATOM));
        feed.setId(self);
        feed.setTitle(title(listing));
        feed.setLanguage("ar");
        feed.setUpdated(Date.from(updated(listing)));
        feed.setAlternateLinks(List.of(link("alternate", absolute.apply(listing.pageHref()), "text/html")));
        feed.setOtherLinks(List.of(link("self", self, FeedFormat.ATOM.mediaType())));
        feed.setEntries(listing.articles().stream().map(this::entry).toList());
        return feed;
    }

    private Entry entry(IndexedArticle indexed) {
        Article a = indexed.analyzed().article();
        String link = articleUrl(indexed);
        Entry entry = new Entry();
        entry.setId(link);
        entry.setTitle(DisplayTitle.of(a));
        entry.setAlternateLinks(List.of(link("alternate", link, "text/html")));
        pictures.leadCopy(a).ifPresent(copy -> {
            var enclosure = link("enclosure", absolute.apply(copy.href()), copy.mediaType());
            enclosure.setLength(copy.bytes());
            entry.setOtherLinks(List.of(enclosure));
        });
        entry.setPublished(Date.from(published(indexed)));
        entry.setUpdated(Date.from(a.modified().orElse(published(indexed))));
        entry.setAuthors(authors(a).stream()
                .<SyndPerson>map(name -> {
                    Person person = new Person();
                    person.setName(name);
                    return person;
                })
                .toList());
        var summary = new com.rometools.rome.feed.atom.Content();
        summary.setType("html");
        summary.setValue(summaryHtml(a));
        entry.setSummary(summary);
        Feed source = new Feed();
        source.setTitle(ArticleCard.siteOf(a));
        SitePaths.external(a.url())
                .ifPresent(url -> source.setAlternateLinks(List.of(link("alternate", url, "text/html"))));
        entry.setSource(source);
        entry.setCategories(categories(indexed.analyzed()).stream()
                .map(c -> {
                    var category = new com.rometools.rome.feed.atom.Category();
                    category.setTerm(c.getValue());
                    category.setScheme(c.getKey());
                    return category;
                })
                .toList());
        return entry;
    }

    /** JSON Feed 1.1: https://www.jsonfeed.org/version/1.1/ */
    private String jsonFeed(FeedListing listing) {
        List<JsonFeed.JsonItem> items = listing.articles().stream()
                .map(indexed -> {
                    Article a = indexed.analyzed().article();
                    String link = articleUrl(indexed);
                    return new JsonFeed.JsonItem(
                            link,
                            link,
                            SitePaths.external(a.url()).orElse(null),
                            DisplayTitle.of(a),
                            summaryHtml(a),
                            summaryText(a),
                            pictures.leadCopy(a)
                                    .map(copy -> absolute.apply(copy.href()))
                                    .orElse(null),
                            published(indexed),
                            a.modified().orElse(null),
                            authors(a).stream().map(JsonFeed.Author::new).toList(),
                            categories(indexed.analyzed()).stream()
                                    .map(Map.Entry::getValue)
                                    .toList(),
                            "ar",
                            new JsonFeed.Publisher(
                                    ArticleCard.siteOf(a), a.source().orElse(null)));
                })
                .toList();
        JsonFeed feed = new JsonFeed(
                JSON_FEED_VERSION,
                title(listing),
                absolute.apply(listing.pageHref()),
                absolute.apply(listing.feedPath(FeedFormat.JSON)),
                "ar",
                items);
        try {
            return json.writeValueAsString(feed);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the JSON feed " + listing.feedPath(FeedFormat.JSON), e);
        }
    }

    /**
     * The JSON Feed document; Jackson writes its components under JSON Feed's names.
     *
     * @param language JSON Feed's language field ("ar")
     */
    record JsonFeed(
            String version,
            String title,

            @JsonProperty("home_page_url") String homePageUrl,

            @JsonProperty("feed_url") String feedUrl,

            String language,
            List<JsonItem> items) {

        /** An author; JSON Feed 1.1 names authors by "name". */
        record Author(String name) {}

        /** Marsad's extension: the site that published the article and the source it names. */
        record Publisher(String site, String source) {}

        /**
         * One item; {@code image} is the lead image (Marsad's copy), left out when there is none;
         * {@code _marsad} is an extension, as JSON Feed allows with a leading underscore.
         */
        record JsonItem(
                String id,
                String url,

                @JsonProperty("external_url") String externalUrl,

                String title,

                @JsonProperty("content_html") String contentHtml,

                String summary,

                @JsonInclude(JsonInclude.Include.NON_NULL) String image,

                @JsonProperty("date_published") Instant datePublished,

                @JsonProperty("date_modified") @JsonInclude(JsonInclude.Include.NON_NULL)
                Instant dateModified,

                List<Author> authors,
                List<String> tags,
                String language,

                @JsonProperty("_marsad") Publisher marsad) {}
    }

    private String articleUrl(IndexedArticle indexed) {
        return absolute.apply(SitePaths.article(indexed.id()));
    }

    private static Instant published(IndexedArticle indexed) {
        return indexed.analyzed().article().published().orElse(indexed.indexedAt());
    }

    /** The bylines; the publisher when the page names none (Atom needs an author per entry). */
    private static List<String> authors(Article a) {
        List<String> names = a.authors().stream()
                .map(DisplayText::clean)
                .filter(s -> !s.isBlank())
                .toList();
        return names.isEmpty() ? List.of(ArticleCard.siteOf(a)) : names;
    }

    /** Categories as (scheme, term): the tags under the tag pages, the section under the section pages. */
    private List<Map.Entry<String, String>> categories(AnalyzedArticle analyzed) {
        List<Map.Entry<String, String>> categories = new ArrayList<>();
        for (Tag t : analyzed.tags()) categories.add(Map.entry(absolute.apply("/tag/"), t.name()));
        categories.add(
                Map.entry(absolute.apply(SECTION_SCHEME), analyzed.section().arabicName()));
        return categories;
    }

    private static String summaryText(Article a) {
        return DisplayText.clean(
                a.subtitle().orElseGet(() -> a.paragraphs().stream().findFirst().orElse("")));
    }

    /** The summary as right-to-left HTML, every character of the text escaped. */
    private static String summaryHtml(Article a) {
        return "<p dir=\"rtl\" lang=\"ar\">" + Entities.escape(summaryText(a)) + "</p>";
    }

    private static com.rometools.rome.feed.atom.Link link(String rel, String href, String type) {
        var link = new com.rometools.rome.feed.atom.Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    /**
     * The feed as XML. Atom states its language with xml:lang on the root (RFC 4287 §2), which
     * Rome does not write from {@code Feed.language}: it is set on the JDOM document here.
     */
    private static String xml(WireFeed feed) {
        try {
            Document document = new WireFeedOutput().outputJDom(feed);
            if (feed instanceof Feed atom && atom.getLanguage() != null)
                document.getRootElement().setAttribute("lang", atom.getLanguage(), Namespace.XML_NAMESPACE);
            return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(document);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the " + feed.getFeedType() + " feed: " + e.getMessage(), e);
        }
    }
}
