package dev.marsad.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Works out how to crawl a site from one URL, as {@code marsad sources add URL} does. The URL is
 * fetched through the crawl's own path (robots.txt, the host's delay, WARC capture, fetch log), and
 * what it answers decides the source:
 *
 * <ul>
 *   <li>a feed (RSS, Atom, JSON Feed) gives a source with that feed, named by the feed's title;
 *   <li>a sitemap gives a source with that sitemap;
 *   <li>an HTML page (a home page) gives the feeds it announces in {@code <link rel="alternate">}
 *       ({@link #FEED_TYPES}, relative URLs resolved) and the sitemaps named in the host's robots.txt
 *       ({@code Sitemap:} lines): the news sitemaps when some are named so ({@link #NEWS_SITEMAP_MARK}),
 *       otherwise all of them, but only when the page has no feed (a full sitemap lists the whole
 *       archive, and the feed already brings the news). A page with neither becomes a start page
 *       itself. The source is named by the page's {@code og:site_name}, else its {@code <title>}.
 * </ul>
 *
 * <p>The id is derived from the host that finally answered, after redirects ({@link Source#idFor});
 * the delay is the default (one request per second). The feeds found are not fetched here: the crawl reports a broken one when it reads it.
 */
public final class SourceFinder {

    /** The {@code type} of a {@code <link rel="alternate">} that announces a feed. */
    static final List<String> FEED_TYPES =
            List.of("application/rss+xml", "application/atom+xml", "application/feed+json");

    /** A sitemap whose URL holds this word (news-sitemap.xml, sitemap_news.xml) is taken for a news sitemap. */
    static final String NEWS_SITEMAP_MARK = "news";

    /** How much of a body is looked at for an HTML start when the Content-Type does not say. */
    private static final int SNIFF_BYTES = 1024;

    private final CrawlConfig config;
    private final CrawlState state;

    /** A finder whose requests are recorded in {@code state} and archived under {@code config.dataDir()}. */
    public SourceFinder(CrawlConfig config, CrawlState state) {
        this.config = Objects.requireNonNull(config, "config");
        this.state = Objects.requireNonNull(state, "state");
    }

    /**
     * The source that {@code url} (a home page, a feed or a sitemap) describes.
     *
     * @throws IllegalArgumentException naming the URL when it is not an absolute http(s) URL, cannot
     *     be fetched (unreachable, robots.txt, an HTTP error) or is neither an HTML page, a feed nor a
     *     sitemap
     * @throws UncheckedIOException when the crawl database or the WARC directory is unusable
     */
    public Source find(URI url) throws InterruptedException {
        var normalizer = new UrlNormalizer();
        URI start = normalizer
                .normalize(url)
                .orElseThrow(() -> new IllegalArgumentException("'" + url + "' is not an absolute http(s) URL"));
        try (var session = new CrawlSession(config, state)) {
            Retriever.Retrieval retrieval = session.retriever()
                    .retrieve(
                            start,
                            RecordLabels.of(DocumentKind.START_PAGE, Source.idFor(start)),
                            Validators.NONE,
                            SourceList.DEFAULT_DELAY,
                            Instant.MAX);
            return switch (retrieval) {
                case Retriever.Retrieval.Got got ->
                    describe(session, Source.idFor(got.response().url()), got);
                case Retriever.Retrieval.Unchanged u ->
                    throw new IllegalArgumentException("cannot read " + url + ": it answered 304 to a plain request");
                case Retriever.Retrieval.Stopped s ->
                    throw new IllegalArgumentException("cannot read " + url + ": " + s.reason());
                case Retriever.Retrieval.Deferred d ->
                    throw new IllegalArgumentException("cannot read " + url + " now: " + d.reason());
            };
        }
    }

    /** The source that the fetched document describes; its fetch is logged with what it was taken for. */
    private Source describe(CrawlSession session, String id, Retriever.Retrieval.Got got) throws InterruptedException {
        CapturedResponse response = got.response();
        URI url = response.url();
        String type = response.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        Source source;
        if (looksLikeHtml(type, response.body())) {
            source = fromPage(session, id, response);
        } else if (session.feedReader().read(url, response.body()) instanceof Listing.Found feed) {
            source = new Source(
                    id,
                    feed.title().orElse(url.getHost()),
                    List.of(url),
                    List.of(),
                    List.of(),
                    SourceList.DEFAULT_DELAY);
        } else if (session.sitemapReader().read(url, response.body(), type) instanceof Listing.Found) {
            source = new Source(id, url.getHost(), List.of(), List.of(url), List.of(), SourceList.DEFAULT_DELAY);
        } else {
            throw new IllegalArgumentException(
                    "'" + url + "' is neither an HTML page, a feed nor a sitemap (Content-Type '" + type + "')");
        }
        state.log(new FetchRecord(
                url,
                id,
                DocumentKind.START_PAGE,
                response.fetchedAt(),
                UrlState.FETCHED,
                Stage.DISCOVER,
                "source discovery: " + source.feeds().size() + " feeds, "
                        + source.sitemaps().size() + " sitemaps, "
                        + source.startPages().size() + " start pages",
                response.status(),
                Optional.of(got.warc())));
        return source;
    }

    /** HTML by its Content-Type, or, when that says nothing of the kind, by how the body starts. */
    private static boolean looksLikeHtml(String type, byte[] body) {
        if (type.contains("html")) return true;
        if (type.contains("xml") || type.contains("json")) return false;
        String start = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return start.contains("<html") || start.contains("<!doctype html");
    }

    private Source fromPage(CrawlSession session, String id, CapturedResponse response) throws InterruptedException {
        URI url = response.url();
        Document page;
        try {
            // A null charset lets jsoup use the BOM or <meta charset>.
            page = Jsoup.parse(new ByteArrayInputStream(response.body()), null, url.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + url + ": " + e.getMessage(), e);
        }
        List<URI> feeds = announcedFeeds(page, session.normalizer());
        List<URI> sitemaps = chooseSitemaps(
                session.robots().sitemaps(url, id, SourceList.DEFAULT_DELAY), !feeds.isEmpty(), session.normalizer());
        List<URI> startPages = feeds.isEmpty() && sitemaps.isEmpty() ? List.of(url) : List.of();
        return new Source(id, siteName(page, url), feeds, sitemaps, startPages, SourceList.DEFAULT_DELAY);
    }

    private static List<URI> announcedFeeds(Document page, UrlNormalizer normalizer) {
        Set<URI> feeds = new LinkedHashSet<>();
        for (Element link : page.select("link[rel][href][type]")) {
            boolean alternate = List.of(
                            link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"))
                    .contains("alternate");
            String type = link.attr("type").strip().toLowerCase(Locale.ROOT);
            if (alternate && FEED_TYPES.contains(type))
                normalizer.normalize(link.absUrl("href")).ifPresent(feeds::add);
        }
        return List.copyOf(feeds);
    }

    private static List<URI> chooseSitemaps(List<String> named, boolean hasFeeds, UrlNormalizer normalizer) {
        Set<URI> all = new LinkedHashSet<>();
        named.forEach(s -> normalizer.normalize(s).ifPresent(all::add));
        List<URI> news = all.stream()
                .filter(u -> u.toString().toLowerCase(Locale.ROOT).contains(NEWS_SITEMAP_MARK))
                .toList();
        if (!news.isEmpty()) return news;
        return hasFeeds ? List.of() : List.copyOf(all);
    }

    private static String siteName(Document page, URI url) {
        String siteName =
                page.select("meta[property=og:site_name]").attr("content").strip();
        if (!siteName.isEmpty()) return siteName;
        String title = page.title().strip();
        return title.isEmpty() ? url.getHost() : title;
    }
}
