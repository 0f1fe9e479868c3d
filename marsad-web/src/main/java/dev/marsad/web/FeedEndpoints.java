package dev.marsad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.marsad.arabic.text.DisplayText;
import dev.marsad.extract.Article;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import dev.marsad.index.Story;
import dev.marsad.ingest.ServiceStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** What machines read besides the API: the RSS feed, the sitemap, robots.txt and the health check. */
final class FeedEndpoints {

    /** Articles in the feed: the latest canonical ones. */
    static final int FEED_ITEMS = 50;

    /** Pages of 100 articles and of 100 stories listed in the sitemap (the protocol allows 50 000 URLs). */
    static final int SITEMAP_PAGES = 20;

    /** Feed readers and crawlers poll; five minutes of caching spares the index. */
    static final String FEED_CACHE = "public, max-age=300";

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final ArticleIndex index;
    private final ObjectMapper json;
    private final WebConfig config;
    private final Supplier<URI> base;
    private final Supplier<Optional<ServiceStatus>> status;

    /**
     * @param base the site's absolute base URI ("http://127.0.0.1:8080/"), known once the server
     *     listens
     */
    FeedEndpoints(
            ArticleIndex index,
            ObjectMapper json,
            WebConfig config,
            Supplier<URI> base,
            Supplier<Optional<ServiceStatus>> status) {
        this.index = index;
        this.status = status;
        this.json = json;
        this.config = config;
        this.base = base;
    }

    void register(RoutesConfig routes) {
        routes.get("/feed.xml", this::feed);
        routes.get("/sitemap.xml", this::sitemap);
        routes.get("/robots.txt", this::robots);
        routes.get("/health", this::health);
    }

    /** Crawlers may read everything; the sitemap lists the articles and stories. */
    private void robots(Context ctx) {
        ctx.header("Cache-Control", FEED_CACHE);
        ctx.contentType("text/plain; charset=utf-8")
                .result("User-agent: *\nAllow: /\nSitemap: " + absolute("/sitemap.xml") + "\n");
    }

    private void feed(Context ctx) {
        SearchResult latest = index.search(SearchQuery.of("").withPage(1, FEED_ITEMS));
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle(config.siteName());
        feed.setLink(absolute("/"));
        feed.setDescription(config.siteName());
        feed.setLanguage("ar");
        feed.setEntries(latest.hits().stream().map(h -> entry(h.article())).toList());
        try {
            ctx.header("Cache-Control", FEED_CACHE);
            ctx.contentType("application/rss+xml; charset=utf-8").result(new SyndFeedOutput().outputString(feed));
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the RSS feed: " + e.getMessage(), e);
        }
    }

    /**
     * One item. Its texts go through {@link DisplayText#clean} although extraction cleaned them
     * already: an article stored by an older version may hold a character XML 1.0 forbids (U+0001),
     * and one such character made the whole feed answer 500 (issue 10).
     */
    private SyndEntry entry(IndexedArticle indexed) {
        Article a = indexed.analyzed().article();
        SyndEntry entry = new SyndEntryImpl();
        String link = absolute(SitePaths.article(indexed.id()));
        entry.setTitle(DisplayText.clean(a.title()));
        entry.setLink(link);
        entry.setUri(link);
        entry.setPublishedDate(Date.from(a.published().orElse(indexed.indexedAt())));
        SyndContent description = new SyndContentImpl();
        description.setType("text/plain");
        description.setValue(DisplayText.clean(
                a.subtitle().orElseGet(() -> a.paragraphs().stream().findFirst().orElse(""))));
        entry.setDescription(description);
        if (!a.authors().isEmpty()) entry.setAuthor(DisplayText.clean(String.join(", ", a.authors())));
        return entry;
    }

    private void sitemap(Context ctx) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            url(xml, "/", "");
            writeArticleUrls(xml);
            writeStoryUrls(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap: " + e.getMessage(), e);
        }
        ctx.header("Cache-Control", FEED_CACHE);
        ctx.contentType("application/xml; charset=utf-8").result(out.toString());
    }

    private void writeArticleUrls(XMLStreamWriter xml) throws XMLStreamException {
        for (int page = 1; page <= SITEMAP_PAGES; page++) {
            SearchResult result = index.search(SearchQuery.of("").withPage(page, SearchQuery.MAX_PAGE_SIZE));
            for (SearchResult.Hit hit : result.hits()) {
                IndexedArticle a = hit.article();
                String lastmod =
                        a.analyzed().article().published().orElse(a.indexedAt()).toString();
                url(xml, SitePaths.article(a.id()), lastmod);
            }
            if (result.hits().size() < SearchQuery.MAX_PAGE_SIZE) return;
        }
    }

    private void writeStoryUrls(XMLStreamWriter xml) throws XMLStreamException {
        for (int page = 1; page <= SITEMAP_PAGES; page++) {
            List<Story> stories = index.latestStories(page, SearchQuery.MAX_PAGE_SIZE);
            for (Story s : stories) url(xml, SitePaths.story(s.id()), s.last().toString());
            if (stories.size() < SearchQuery.MAX_PAGE_SIZE) return;
        }
    }

    private void url(XMLStreamWriter xml, String path, String lastmod) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(absolute(path));
        xml.writeEndElement();
        if (!lastmod.isEmpty()) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(lastmod);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void health(Context ctx) {
        try {
            ctx.header("Cache-Control", "no-store");
            ctx.contentType("application/json; charset=utf-8")
                    .result(json.writeValueAsString(new ApiBodies.Health(
                            "ok", index.articleCount(), status.get().map(ApiBodies.Service::of))));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the health body", e);
        }
    }

    /** The site path as an absolute URL under the public address. */
    private String absolute(String path) {
        return config.publicUri().orElseGet(base).resolve(path).toASCIIString();
    }
}
