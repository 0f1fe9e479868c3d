package dev.marsad.demo;

import static dev.marsad.demo.SiteTemplate.text;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * المدار نيوز, a site with a Google news sitemap ({@code /sitemap-news.xml}) and section pages
 * but no feed. Its robots.txt disallows {@code /preview/}, where a draft that every page links to
 * must not be crawled.
 */
final class SitemapSite implements PublisherSite {

    static final String ID = "almadar";

    /** The site's colour, of its icon. */
    private static final java.awt.Color BRAND = new java.awt.Color(0xe65100);

    /** The area robots.txt closes to crawlers. */
    static final String PREVIEW_PREFIX = "/preview/";

    private static final String HTML = "text/html; charset=utf-8";

    /** Length of the trending list. */
    private static final int MOST_READ_COUNT = 5;

    /** Length of the ticker. */
    private static final int TICKER_COUNT = 4;

    /** How many "more from this section" links close an article. */
    private static final int MORE_COUNT = 4;

    /** Paragraphs before the in-read advertisement. */
    private static final int PARAGRAPHS_BEFORE_AD = 2;

    /** Reading speed for the "minutes to read" label, in words per minute. */
    private static final int WORDS_PER_MINUTE = 180;

    /** The draft's number in the preview area. */
    private static final int DRAFT_NUMBER = 77_310;

    private static final DateTimeFormatter DATE_LINE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm", Locale.ROOT);

    private final SiteLayout layout = new SiteLayout(ID, "/", SitemapSite::sectionPath);
    private final SiteTemplate template = layout.template();

    @Override
    public SiteLayout layout() {
        return layout;
    }

    @Override
    public String articlePath(CorpusEntry entry, int number) {
        return "/" + entry.section() + "/" + SiteLayout.datedPath(entry.published()) + "/" + number + ".html";
    }

    @Override
    public List<String> feedPaths() {
        return List.of();
    }

    @Override
    public List<String> sitemapPaths() {
        return List.of("/sitemap-news.xml");
    }

    @Override
    public List<String> startPaths(SiteArticles site) {
        List<String> paths = new java.util.ArrayList<>(List.of(layout.homePath()));
        site.sections().forEach(section -> paths.add(sectionPath(section)));
        return paths;
    }

    /** Every section page, for crawlers that start from them. */
    static String sectionPath(String section) {
        return "/" + section + "/";
    }

    @Override
    public RenderedSite render(SiteArticles site) {
        Instant modified = site.lastModified();
        Map<String, StaticResource> responses = layout.commonPages(
                site,
                listing -> page(
                        site,
                        listing.heading(),
                        listing.path(),
                        listing.isHome() ? "home" : "section",
                        listing(site, listing),
                        200,
                        modified),
                entry -> page(
                        site,
                        entry.title(),
                        site.path(entry),
                        "article",
                        article(site, entry, Optional.empty()),
                        200,
                        entry.published().toInstant(),
                        template.fill(
                                "twitter-image",
                                Map.of(
                                        "url",
                                        site.base()
                                                .resolve(imagePath(entry).substring(1))
                                                .toString()))));
        // its pictures and its icon
        responses.putAll(DemoPictures.photos(site, SitemapSite::imagePath, DemoPictures.WIDTH));
        responses.put("/favicon.ico", DemoPictures.favicon(BRAND, modified));
        site.newestFirst().stream()
                .findFirst()
                .ifPresent(draft -> responses.put(
                        PREVIEW_PREFIX + DRAFT_NUMBER,
                        page(
                                site,
                                draft.title(),
                                PREVIEW_PREFIX + DRAFT_NUMBER,
                                "draft",
                                article(site, draft, Optional.of(template.part("preview-banner"))),
                                200,
                                modified)));
        responses.put(
                "/sitemap-news.xml",
                StaticResource.utf8(200, "application/xml; charset=utf-8", sitemap(site), modified));
        responses.put(
                "/about",
                page(site, template.part("about-title"), "/about", "page", template.part("about"), 200, modified));
        responses.put(
                "/robots.txt",
                StaticResource.utf8(
                        200,
                        "text/plain; charset=utf-8",
                        template.fill(
                                        "robots",
                                        Map.of(
                                                "sitemap",
                                                site.base()
                                                        .resolve("sitemap-news.xml")
                                                        .toString())) + "\n",
                        modified));
        String missingTitle = template.part("not-found-title");
        StaticResource missing = page(site, missingTitle, "/", "error", template.part("not-found"), 404, modified);
        Map<String, String> redirects = new HashMap<>();
        site.sections().forEach(section -> redirects.put("/" + section, sectionPath(section)));
        return new RenderedSite(responses, missing, "", missing, site.demoArticles(Set.of()), redirects);
    }

    private StaticResource page(
            SiteArticles site, String title, String path, String pageType, String main, int status, Instant modified) {
        return page(site, title, path, pageType, main, status, modified, "");
    }

    /** @param head lines the page adds to the head ("" for none) */
    private StaticResource page(
            SiteArticles site,
            String title,
            String path,
            String pageType,
            String main,
            int status,
            Instant modified,
            String head) {
        Map<String, String> values = new HashMap<>();
        values.put("head", head);
        values.put("title", text(title));
        values.put("description", text(title));
        values.put("canonical", site.base().resolve(path.substring(1)).toString());
        values.put("robots", pageType.equals("draft") ? "noindex, nofollow" : "index, follow, max-image-preview:large");
        values.put("pageType", pageType);
        values.put("nav", layout.nav(site, ""));
        values.put("adminLink", template.fill("admin-link", Map.of("number", Integer.toString(DRAFT_NUMBER))));
        values.put(
                "ticker",
                sideItems(site, site.newestFirst().stream().limit(TICKER_COUNT).toList()));
        values.put("mostRead", sideItems(site, site.mostRead(MOST_READ_COUNT)));
        values.put("main", main);
        values.put(
                "year",
                Integer.toString(site.lastModified().atZone(ZoneOffset.UTC).getYear()));
        return StaticResource.utf8(status, HTML, template.fill("layout", values), modified);
    }

    /** Where an article's picture is served. */
    private static String imagePath(CorpusEntry entry) {
        return "/img/" + imageId(entry) + ".jpg";
    }

    private static String imageId(CorpusEntry entry) {
        return Integer.toHexString(entry.id().hashCode());
    }

    private String sideItems(SiteArticles site, List<CorpusEntry> entries) {
        return layout.links("side-item", site, entries, "");
    }

    private String article(SiteArticles site, CorpusEntry entry, Optional<String> banner) {
        List<String> paragraphs = entry.paragraphs();
        // the advertisement goes only between paragraphs, never after the last one
        Optional<String> ad =
                paragraphs.size() > PARAGRAPHS_BEFORE_AD ? Optional.of(template.part("inline-ad")) : Optional.empty();
        String body = banner.orElse("")
                + layout.paragraphs(entry, PARAGRAPHS_BEFORE_AD, ad).stream()
                        .map(block -> block + "\n")
                        .collect(Collectors.joining());
        int words = paragraphs.stream().mapToInt(p -> p.split("\\s+").length).sum();
        Map<String, String> values = layout.articleValues(entry);
        values.put("subtitle", layout.subtitle(entry));
        values.put(
                "byline",
                text(
                        entry.authors().isEmpty()
                                ? name()
                                : template.fill("byline", Map.of("names", String.join(" / ", entry.authors())))));
        values.put("iso", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.published()));
        values.put("dateLine", DATE_LINE.format(entry.published()));
        values.put("minutes", Integer.toString(Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE))));
        values.put("imageId", imageId(entry));
        values.put("caption", text(entry.captionOrTitle()));
        values.put("body", body);
        values.put(
                "keywords",
                template.fillEach(
                        "keyword",
                        entry.tags(),
                        t -> Map.of("query", URLEncoder.encode(t, StandardCharsets.UTF_8), "tag", text(t)),
                        " "));
        values.put("more", sideItems(site, site.related(entry, MORE_COUNT)));
        return template.fill("article", values);
    }

    private String listing(SiteArticles site, ListingPage page) {
        return layout.listing(site, page, e -> Map.of("dateLine", DATE_LINE.format(e.published())));
    }

    private String sitemap(SiteArticles site) {
        String urls = template.fillEach(
                "sitemap-url",
                site.newestFirst(),
                e -> Map.of(
                        "loc", text(site.url(e).toString()),
                        "date", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.published()),
                        "title", text(e.title()),
                        "keywords", text(String.join(", ", e.tags()))),
                "\n");
        return template.fill("sitemap", Map.of("urls", urls));
    }
}
