package dev.marsad.demo;

import static dev.marsad.demo.SiteTemplate.text;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * نافذة العرب, an aggregator laid out like the seed page: a mixed English date line in GMT, an
 * "اقرأ أيضاً" block whose headlines follow the label without a space, the original publisher's
 * name on a "المصدر" line, "كلمات دلالية" tag links, embedded tweets and a teaser of another story;
 * an RSS 2.0 feed at {@code /rss.xml}.
 */
final class AggregatorSite implements PublisherSite {

    static final String ID = "nafitha";

    /** Content-Type of its pages. */
    private static final String HTML = "text/html; charset=utf-8";

    /** Where its RSS feed is. */
    private static final String FEED_PATH = "/rss.xml";

    /** The Arabic comma that separates the authors of a feed item. */
    private static final String ARABIC_COMMA = "\u060C";

    /** How many related headlines the "read also" block lists. */
    private static final int READ_ALSO_COUNT = 3;

    /** How many stories the "إقرأ أيضاً:" block under an article announces. */
    private static final int TEASER_COUNT = 2;

    /** How many paragraphs of the teased story the teaser shows. */
    private static final int TEASER_PARAGRAPHS = 2;

    /** Paragraphs before the embedded tweet, as on the seed page. */
    private static final int PARAGRAPHS_BEFORE_TWEET = 2;

    /** Length of the "most read" list. */
    private static final int MOST_READ_COUNT = 5;

    /** The width of the thumbnails on its listing pages. */
    private static final int THUMBNAIL_WIDTH = 240;

    /** The site's colour, of its icon. */
    private static final java.awt.Color BRAND = new java.awt.Color(0x1565c0);

    private final SiteLayout layout = new SiteLayout(ID, "/", section -> "/section/" + section);
    private final SiteTemplate template = layout.template();

    @Override
    public SiteLayout layout() {
        return layout;
    }

    @Override
    public String articlePath(CorpusEntry entry, int number) {
        return "/news/" + number;
    }

    @Override
    public List<String> feedPaths() {
        return List.of(FEED_PATH);
    }

    @Override
    public RenderedSite render(SiteArticles site) {
        var modified = site.lastModified();
        Map<String, StaticResource> responses = layout.commonPages(
                site,
                listing -> StaticResource.utf8(
                        200,
                        HTML,
                        page(
                                site,
                                listing.isHome() ? "home" : "section",
                                listing.heading(),
                                listing(site, listing),
                                ""),
                        modified),
                entry -> StaticResource.utf8(
                        200,
                        HTML,
                        page(site, "single", entry.title(), article(site, entry), ogImage(site, entry)),
                        entry.published().toInstant()));
        // its pictures: each article's and its thumbnail, and its icon
        responses.putAll(DemoPictures.photos(site, e -> imagePath(e, ""), DemoPictures.WIDTH));
        responses.putAll(DemoPictures.photos(site, e -> imagePath(e, "-thumb"), THUMBNAIL_WIDTH));
        responses.put("/favicon.ico", DemoPictures.favicon(BRAND, modified));
        responses.put(FEED_PATH, StaticResource.utf8(200, "application/rss+xml; charset=utf-8", feed(site), modified));
        String aboutTitle = template.part("about-title");
        responses.put(
                "/about",
                StaticResource.utf8(200, HTML, page(site, "page", aboutTitle, template.part("about"), ""), modified));
        responses.put(
                "/robots.txt",
                StaticResource.utf8(200, "text/plain; charset=utf-8", template.part("robots") + "\n", modified));
        StaticResource missing = StaticResource.utf8(
                404,
                HTML,
                page(site, "error404", template.part("not-found-title"), template.part("not-found"), ""),
                modified);
        return new RenderedSite(
                responses,
                missing,
                "",
                missing,
                site.demoArticles(java.util.Set.of(PageTrait.SOURCE_LINE, PageTrait.EMBEDDED_POST)),
                Map.of("/index.html", "/", "/home", "/"));
    }

    /** The feed names each item's authors, or the site where there are none, and its tags as categories. */
    private String feed(SiteArticles site) {
        return RssFeed.render(
                template,
                site,
                FEED_PATH,
                ZoneOffset.UTC,
                e -> Map.of(
                        "creator",
                        text(e.authors().isEmpty() ? name() : String.join(ARABIC_COMMA + " ", e.authors())),
                        "categories",
                        template.fillEach("rss-category", e.tags(), t -> Map.of("tag", text(t)), "\n")));
    }

    /** Where an article's picture is served; {@code suffix} "-thumb" names its thumbnail. */
    private static String imagePath(CorpusEntry entry, String suffix) {
        return "/static/img/" + imageId(entry) + suffix + ".jpg";
    }

    private static String imageId(CorpusEntry entry) {
        return Integer.toHexString(entry.id().hashCode());
    }

    /** The OpenGraph line declaring an article's picture, as the page's head carries it. */
    private String ogImage(SiteArticles site, CorpusEntry entry) {
        return template.fill(
                "og-image",
                Map.of(
                        "url",
                        site.base().resolve(imagePath(entry, "").substring(1)).toString()));
    }

    /** @param head lines the page adds to the head ("" for none) */
    private String page(SiteArticles site, String bodyClass, String title, String main, String head) {
        String nav = layout.nav(site, "");
        String mostRead = layout.links("list-item", site, site.mostRead(MOST_READ_COUNT), "");
        LocalDate today = site.lastModified().atZone(ZoneOffset.UTC).toLocalDate();
        return template.fill(
                "layout",
                Map.of(
                        "title",
                        text(title),
                        "head",
                        head,
                        "bodyClass",
                        bodyClass,
                        "nav",
                        nav,
                        "main",
                        main,
                        "mostRead",
                        mostRead,
                        "today",
                        dateLine(today),
                        "year",
                        Integer.toString(today.getYear())));
    }

    private String article(SiteArticles site, CorpusEntry entry) {
        Map<String, String> values = layout.articleValues(entry);
        values.put("dateLabel", template.part("date-label"));
        values.put(
                "dateLine",
                dateLine(entry.published().atZoneSameInstant(ZoneOffset.UTC).toLocalDate()));
        values.put("imageId", imageId(entry));
        values.put("caption", text(entry.captionOrTitle()));
        values.put("body", body(entry));
        values.put("readAlso", readAlso(site, entry));
        values.put(
                "sourceLine",
                site.sourceName(entry)
                        .map(name -> template.fill(
                                "source-line",
                                Map.of("source", text(name), "sourceSlug", Integer.toHexString(name.hashCode()))))
                        .orElse(""));
        values.put("tags", tags(entry));
        values.put("teaser", teasers(site, entry));
        return template.fill("article", values);
    }

    private String body(CorpusEntry entry) {
        int beforeTweet = Math.min(PARAGRAPHS_BEFORE_TWEET, entry.paragraphs().size());
        return String.join(
                "\n", layout.paragraphs(entry, beforeTweet, entry.tweet().map(t -> t.render(template))));
    }

    /** Headlines directly after the label, without whitespace, as the seed page has them. */
    private String readAlso(SiteArticles site, CorpusEntry entry) {
        List<CorpusEntry> related = site.related(entry, READ_ALSO_COUNT);
        if (related.isEmpty()) return "";
        return template.fill("read-also", Map.of("items", layout.links("read-also-item", site, related, "")));
    }

    private String tags(CorpusEntry entry) {
        if (entry.tags().isEmpty()) return "";
        String links = template.fillEach(
                "tag-link",
                entry.tags(),
                tag -> Map.of("number", Integer.toString(Math.floorMod(tag.hashCode(), 100_000)), "tag", text(tag)),
                " ");
        return template.fill("tags", Map.of("links", links));
    }

    /** As on the seed page: one block, the teased title of a republished story ending " - <source>". */
    private String teasers(SiteArticles site, CorpusEntry entry) {
        List<CorpusEntry> teased = site.teasers(entry, TEASER_COUNT);
        if (teased.isEmpty()) return "";
        String items = template.fillEach(
                "teaser-item",
                teased,
                t -> Map.of(
                        "href", site.path(t),
                        "title",
                                text(t.title()
                                        + site.sourceName(t).map(s -> " - " + s).orElse("")),
                        "summary",
                                t.paragraphs().stream()
                                        .limit(TEASER_PARAGRAPHS)
                                        .map(p -> "<p>" + text(p) + "</p>")
                                        .collect(Collectors.joining())),
                "\n");
        return template.fill("teaser", Map.of("items", items));
    }

    private String listing(SiteArticles site, ListingPage page) {
        return layout.listing(
                site,
                page,
                e -> Map.of(
                        "imageId",
                        Integer.toHexString(e.id().hashCode()),
                        "date",
                        dateLine(e.published().atZoneSameInstant(ZoneOffset.UTC).toLocalDate())));
    }

    /** The seed's date format: "20th, September 2023 GMT". */
    static String dateLine(LocalDate date) {
        int day = date.getDayOfMonth();
        String suffix = (day % 100 >= 11 && day % 100 <= 13)
                ? "th"
                : switch (day % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return day + suffix + ", " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + date.getYear() + " GMT";
    }
}
