package dev.marsad.demo;

import static dev.marsad.demo.SiteTemplate.text;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * جريدة الرائد, a modern newspaper site: JSON-LD NewsArticle, OpenGraph and article:tag metadata,
 * dates in Arabic month names, dated URLs and an Atom feed at {@code /feed.atom}.
 */
final class JsonLdSite implements PublisherSite {

    static final String ID = "alraed";

    /** Content-Type of its pages; the upper-case charset is as some servers send it. */
    private static final String HTML = "text/html;charset=UTF-8";

    /** How many related cards follow an article. */
    private static final int RELATED_COUNT = 4;

    /** Length of the "most read" list. */
    private static final int MOST_READ_COUNT = 6;

    /** Paragraphs before the embedded post. */
    private static final int PARAGRAPHS_BEFORE_POST = 3;

    /** The width of the pictures on listing pages ({@code -w480.jpg}). */
    private static final int LISTING_IMAGE_WIDTH = 480;

    /** The site's colour, of its icon and default picture. */
    private static final java.awt.Color BRAND = new java.awt.Color(0x9c1f2e);

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final SiteLayout layout = new SiteLayout(ID, "/", section -> "/ar/section/" + section);
    private final SiteTemplate template = layout.template();

    @Override
    public SiteLayout layout() {
        return layout;
    }

    @Override
    public String articlePath(CorpusEntry entry, int number) {
        return "/ar/" + SiteLayout.datedPath(entry.published()) + "/" + entry.id();
    }

    @Override
    public List<String> feedPaths() {
        return List.of("/feed.atom");
    }

    @Override
    public RenderedSite render(SiteArticles site) {
        var modified = site.lastModified();
        Map<String, StaticResource> responses = layout.commonPages(
                site,
                listing -> page(site, listingHead(site, listing), listing(site, listing), 200, modified),
                entry -> page(
                        site,
                        head(site, entry),
                        article(site, entry),
                        200,
                        entry.published().toInstant()));
        // its pictures: each article's at two sizes, the site-wide default of its other pages, its icon
        responses.putAll(DemoPictures.photos(site, e -> "/media/" + e.id() + ".jpg", DemoPictures.WIDTH));
        responses.putAll(DemoPictures.photos(site, e -> "/media/" + e.id() + "-w480.jpg", LISTING_IMAGE_WIDTH));
        responses.put(
                "/assets/og-default.jpg",
                StaticResource.of(200, DemoPictures.JPEG, DemoPictures.siteDefault(ID, BRAND), modified));
        responses.put("/favicon.ico", DemoPictures.favicon(BRAND, modified));
        responses.put(
                "/feed.atom",
                StaticResource.utf8(
                        200, "application/atom+xml; charset=utf-8", AtomFeed.render(template, site), modified));
        String aboutTitle = template.part("about-title");
        responses.put(
                "/ar/about",
                page(
                        site,
                        PageHead.website(aboutTitle, site.base().resolve("ar/about"), ""),
                        template.part("about"),
                        200,
                        modified));
        responses.put("/robots.txt", StaticResource.utf8(200, "text/plain", template.part("robots") + "\n", modified));
        String missingTitle = template.part("not-found-title");
        StaticResource missing =
                page(site, PageHead.website(missingTitle, site.base(), ""), template.part("not-found"), 404, modified);
        return new RenderedSite(
                responses,
                missing,
                "",
                missing,
                site.demoArticles(Set.of(PageTrait.EMBEDDED_POST)),
                Map.of("/ar", "/", "/ar/", "/"));
    }

    /** What the head of a page says about it. */
    private record PageHead(
            String title,
            String description,
            String canonical,
            String ogType,
            String articleMeta,
            String jsonLd,
            String image) {

        /** The head of a page that is no article: its title describes it, the site's default picture shows it. */
        static PageHead website(String title, URI canonical, String jsonLd) {
            return new PageHead(
                    title,
                    title,
                    canonical.toString(),
                    "website",
                    "",
                    jsonLd,
                    canonical.resolve("/assets/og-default.jpg").toString());
        }
    }

    /** The home page names the base as canonical and describes the website in JSON-LD; a section page does neither. */
    private PageHead listingHead(SiteArticles site, ListingPage listing) {
        return listing.isHome()
                ? PageHead.website(listing.heading(), site.base(), websiteLd(site))
                : PageHead.website(
                        listing.heading(), site.base().resolve(listing.path().substring(1)), "");
    }

    private StaticResource page(SiteArticles site, PageHead head, String main, int status, java.time.Instant modified) {
        String nav = layout.nav(site, "");
        String mostRead = layout.links("rail-item", site, site.mostRead(MOST_READ_COUNT), "");
        OffsetDateTime today = site.lastModified().atOffset(ZoneOffset.ofHours(3));
        Map<String, String> values = new HashMap<>();
        values.put("title", text(head.title()));
        values.put("description", text(head.description()));
        values.put("canonical", text(head.canonical()));
        values.put("ogType", head.ogType());
        values.put("image", head.image());
        values.put("articleMeta", head.articleMeta());
        values.put("jsonLd", head.jsonLd());
        values.put("today", dateLine(today));
        values.put("nav", nav);
        values.put("main", main);
        values.put("mostRead", mostRead);
        values.put("year", Integer.toString(today.getYear()));
        return StaticResource.utf8(status, HTML, template.fill("layout", values), modified);
    }

    private PageHead head(SiteArticles site, CorpusEntry entry) {
        String tagMeta = template.fillEach("tag-meta", entry.tags(), t -> Map.of("tag", text(t)), "\n");
        String articleMeta = template.fill(
                "article-meta",
                Map.of(
                        "published",
                        ISO.format(entry.published()),
                        "section",
                        text(layout.sectionLabel(entry.section())),
                        "tagMeta",
                        tagMeta));
        String description = entry.subtitle().isEmpty() ? entry.summary() : entry.subtitle();
        return new PageHead(
                entry.title(),
                description,
                site.url(entry).toString(),
                "article",
                articleMeta,
                NewsArticleLd.of(entry, site.url(entry), name(), site.base(), layout.sectionLabel(entry.section())),
                site.base().resolve("media/" + entry.id() + ".jpg").toString());
    }

    private String websiteLd(SiteArticles site) {
        return NewsArticleLd.website(name(), site.base());
    }

    private String article(SiteArticles site, CorpusEntry entry) {
        int beforePost = Math.min(PARAGRAPHS_BEFORE_POST, entry.paragraphs().size());
        String body = layout.paragraphs(entry, beforePost, entry.tweet().map(t -> t.render(template))).stream()
                .map(block -> block + "\n")
                .collect(Collectors.joining());
        Map<String, String> values = layout.articleValues(entry);
        values.put("subtitle", layout.subtitle(entry));
        values.put(
                "byline",
                entry.authors().isEmpty()
                        ? ""
                        : template.fill("byline", Map.of("names", text(String.join(" " + AND, entry.authors())))));
        values.put("published", ISO.format(entry.published()));
        values.put("dateLine", dateLine(entry.published()));
        values.put("image", site.base().resolve("media/" + entry.id() + ".jpg").toString());
        values.put("caption", text(entry.captionOrTitle()));
        values.put("body", body);
        values.put(
                "tags",
                template.fillEach(
                        "tag-item",
                        entry.tags(),
                        t -> Map.of(
                                "slug", URLEncoder.encode(t.replace(' ', '-'), StandardCharsets.UTF_8), "tag", text(t)),
                        ""));
        values.put(
                "related",
                site.related(entry, RELATED_COUNT).stream()
                        .map(e -> card(site, e))
                        .collect(Collectors.joining("\n")));
        return template.fill("article", values);
    }

    /** The Arabic "and" (و), written joined to the next byline. */
    private static final String AND = "\u0648";

    private String card(SiteArticles site, CorpusEntry e) {
        return template.fill(
                "card",
                Map.of(
                        "href",
                        site.path(e),
                        "title",
                        text(e.title()),
                        "published",
                        ISO.format(e.published()),
                        "dateLine",
                        dateLine(e.published())));
    }

    private String listing(SiteArticles site, ListingPage page) {
        return layout.listing(
                site,
                page,
                e -> Map.of(
                        "image",
                        site.base().resolve("media/" + e.id() + "-w480.jpg").toString(),
                        "published",
                        ISO.format(e.published()),
                        "dateLine",
                        dateLine(e.published())));
    }

    private String dateLine(OffsetDateTime time) {
        return DateLine.format(template, time, DateLine.Digits.WESTERN);
    }
}
