package dev.marsad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.ListedArticle;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import dev.marsad.index.Story;
import dev.marsad.ingest.ServiceStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** What machines read besides the API and the feeds ({@link Feeds}): the sitemap, robots.txt and the health check. */
final class FeedEndpoints {

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
                ListedArticle a = hit.article();
                String lastmod = a.publishedOrIndexed().toString();
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
