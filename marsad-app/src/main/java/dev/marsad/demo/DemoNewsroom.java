package dev.marsad.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The demo newsroom: four fictional Arabic publishers, each on its own small static HTTP server,
 * serving the articles bundled in {@code demo/articles/}. Pages are rendered once at start.
 *
 * <pre>{@code
 * try (DemoNewsroom newsroom = DemoNewsroom.start()) {
 *     Files.writeString(sourcesFile, newsroom.sourcesJson());
 *     // crawl the sources, then compare with newsroom.articles()
 * }
 * }</pre>
 *
 * <p>The sites: نافذة العرب (an aggregator like the seed page, RSS 2.0), جريدة الرائد (JSON-LD and
 * OpenGraph, Atom), صدى الأرز (windows-1256 without charset header, RSS, a soft 404) and المدار نيوز
 * (news sitemap and section pages, no feed; robots.txt closes its preview area).
 */
public final class DemoNewsroom implements AutoCloseable {

    /** The bundled list of related but distinct stories. */
    private static final String RELATED_STORIES = "demo/related-stories.txt";

    /** The highest TCP port. */
    private static final int MAX_PORT = 65_535;

    /** Politeness delay written into the sources file: the demo servers are local. */
    private static final int DELAY_MILLIS = 0;

    private final List<Site> sites;
    private final List<DemoArticle> articles;
    private final List<SiteServer> servers;

    private DemoNewsroom(List<Site> sites, List<DemoArticle> articles, List<SiteServer> servers) {
        this.sites = List.copyOf(sites);
        this.articles = List.copyOf(articles);
        this.servers = List.copyOf(servers);
    }

    /** Starts every site on the loopback address, each on a free port (for tests). */
    public static DemoNewsroom start() {
        return start(InetAddress.getLoopbackAddress());
    }

    /**
     * Starts every site on {@code address}, each on a free port.
     *
     * @throws java.io.UncheckedIOException when a port cannot be bound
     * @throws IllegalStateException when the bundled corpus or a template is invalid (a build bug)
     */
    public static DemoNewsroom start(InetAddress address) {
        return start(address, 0);
    }

    /**
     * Starts every site on {@code address}, the sites on consecutive ports from {@code firstPort}
     * in the order of {@link #sites()}, so that their URLs, and a crawl's state, stay the same from
     * one run to the next. Port 0 picks free ports instead.
     *
     * @throws IllegalArgumentException when {@code firstPort} is not 0 and leaves no room for the sites
     * @throws java.io.UncheckedIOException when a port is taken, naming it
     * @throws IllegalStateException when the bundled corpus or a template is invalid (a build bug)
     */
    public static DemoNewsroom start(InetAddress address, int firstPort) {
        List<PublisherSite> publishers = publishers();
        if (firstPort < 0 || firstPort > MAX_PORT - publishers.size() + 1)
            throw new IllegalArgumentException(
                    "first demo port must be 0 or 1.." + (MAX_PORT - publishers.size() + 1) + ", got " + firstPort);
        Map<String, String> names = publishers.stream()
                .collect(Collectors.toMap(PublisherSite::id, PublisherSite::name, (a, b) -> a, LinkedHashMap::new));
        DemoCorpus corpus = DemoCorpus.load(names.keySet());
        List<SiteServer> servers = new ArrayList<>();
        try {
            List<Site> sites = new ArrayList<>();
            List<DemoArticle> articles = new ArrayList<>();
            for (int i = 0; i < publishers.size(); i++) {
                PublisherSite publisher = publishers.get(i);
                SiteServer server = SiteServer.bind(publisher.id(), address, firstPort == 0 ? 0 : firstPort + i);
                servers.add(server);
                SiteArticles siteArticles = new SiteArticles(publisher, server.base(), corpus, names);
                RenderedSite rendered = publisher.render(siteArticles);
                server.serve(rendered);
                sites.add(site(publisher, siteArticles, rendered));
                articles.addAll(rendered.articles());
            }
            return new DemoNewsroom(sites, articles, servers);
        } catch (RuntimeException e) {
            servers.forEach(SiteServer::close);
            throw e;
        }
    }

    /** The four publishers, each with its template loaded, in the order of {@link #sites()}. */
    static List<PublisherSite> publishers() {
        return List.of(new AggregatorSite(), new JsonLdSite(), new LegacySite(), new SitemapSite());
    }

    private static Site site(PublisherSite publisher, SiteArticles articles, RenderedSite rendered) {
        URI base = articles.base();
        List<String> closed = DisallowRules.forEveryAgent(
                new String(rendered.respond("/robots.txt").body(), java.nio.charset.StandardCharsets.ISO_8859_1));
        java.util.Set<URI> articleUrls =
                rendered.articles().stream().map(DemoArticle::url).collect(Collectors.toSet());
        List<String> disallowed = new ArrayList<>();
        List<String> otherPages = new ArrayList<>();
        rendered.responses().forEach((path, response) -> {
            if (closed.stream().anyMatch(path::startsWith)) disallowed.add(path);
            else if (response.status() == 200
                    && response.contentType().startsWith("text/html")
                    && !articleUrls.contains(base.resolve(path.substring(1)))) otherPages.add(path);
        });
        return new Site(
                publisher.id(),
                publisher.name(),
                base,
                resolve(base, publisher.feedPaths()),
                resolve(base, publisher.sitemapPaths()),
                resolve(base, publisher.startPaths(articles)),
                resolve(base, otherPages.stream().sorted().toList()),
                resolve(base, disallowed.stream().sorted().toList()));
    }

    private static List<URI> resolve(URI base, List<String> paths) {
        return paths.stream().map(p -> base.resolve(p.substring(1))).toList();
    }

    /** The running sites, in a fixed order. */
    public List<Site> sites() {
        return sites;
    }

    /** Every served article with what a crawl of it must yield, oldest first within each site. */
    public List<DemoArticle> articles() {
        return articles;
    }

    /**
     * Pairs of stories related by topic but distinct, read from {@code demo/related-stories.txt}.
     *
     * @throws IllegalStateException when a line does not hold two story ids of the corpus
     */
    public List<StoryPair> relatedStories() {
        java.util.Set<String> stories =
                articles.stream().map(DemoArticle::story).collect(Collectors.toSet());
        return BundledText.read(RELATED_STORIES)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(line -> {
                    String[] ids = line.split("\\s+");
                    if (ids.length != 2 || !stories.contains(ids[0]) || !stories.contains(ids[1]))
                        throw new IllegalStateException(
                                RELATED_STORIES + ": expected two story ids of the corpus, got '" + line + "'");
                    return new StoryPair(ids[0], ids[1]);
                })
                .toList();
    }

    /** The number of served articles (copies included). */
    public int articleCount() {
        return articles.size();
    }

    /**
     * The crawl sources file for the running sites:
     * {@code {"sources":[{"id":…,"name":…,"feeds":[…],"sitemaps":[…],"startPages":[…],"delayMillis":0}]}}.
     */
    public String sourcesJson() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode sources = root.putArray("sources");
        for (Site site : sites) {
            ObjectNode source = sources.addObject();
            source.put("id", site.id());
            source.put("name", site.name());
            ArrayNode feeds = source.putArray("feeds");
            site.feeds().forEach(u -> feeds.add(u.toString()));
            ArrayNode sitemaps = source.putArray("sitemaps");
            site.sitemaps().forEach(u -> sitemaps.add(u.toString()));
            ArrayNode startPages = source.putArray("startPages");
            site.startPages().forEach(u -> startPages.add(u.toString()));
            source.put("delayMillis", DELAY_MILLIS);
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the demo sources file", e);
        }
    }

    /** Stops every site. */
    @Override
    public void close() {
        servers.forEach(SiteServer::close);
    }
}
