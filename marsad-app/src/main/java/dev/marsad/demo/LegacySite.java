package dev.marsad.demo;

import static dev.marsad.demo.SiteTemplate.text;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * صدى الأرز, a legacy site from the 2000s: table layout, pages and RSS in windows-1256 bytes whose
 * charset only the {@code <meta>} tag (or the XML declaration) names, never the HTTP header;
 * Levantine month names and Eastern Arabic digits in its date lines; {@code article.php?id=}
 * URLs, and a soft 404 (status 200, "الصفحة غير موجودة") for unknown article ids.
 */
final class LegacySite implements PublisherSite {

    static final String ID = "sada";

    /** The site's encoding; characters it lacks (Eastern digits) become numeric references. */
    static final Charset ENCODING = Charset.forName("windows-1256");

    /** Content-Type of its pages: deliberately without charset. */
    static final String HTML = "text/html";

    /** Content-Type of its feed: deliberately without charset. */
    static final String XML = "text/xml";

    /** Where its RSS feed is: a script, like its pages. */
    private static final String FEED_PATH = "/rss.php";

    /** The script that renders the home page. */
    private static final String HOME_PATH = "/index.php";

    /** The script that answers article ids, also for ids it does not know (the soft 404). */
    private static final String ARTICLE_SCRIPT = "/article.php?id=";

    /** The id of an article deleted long ago, still linked from the sidebar. */
    static final String STALE_ID = "1017";

    /** Length of the "most read" list. */
    private static final int MOST_READ_COUNT = 8;

    /** How many related headlines an article lists. */
    private static final int RELATED_COUNT = 4;

    /** Levantine sites publish on Beirut time: UTC+3 in summer, which the demo uses all year. */
    private static final ZoneOffset BEIRUT = ZoneOffset.ofHours(3);

    private final SiteLayout layout = new SiteLayout(ID, HOME_PATH, section -> "/section.php?cat=" + section);
    private final SiteTemplate template = layout.template();

    @Override
    public SiteLayout layout() {
        return layout;
    }

    @Override
    public String articlePath(CorpusEntry entry, int number) {
        return ARTICLE_SCRIPT + number;
    }

    @Override
    public List<String> feedPaths() {
        return List.of(FEED_PATH);
    }

    @Override
    public RenderedSite render(SiteArticles site) {
        Instant modified = site.lastModified();
        Map<String, StaticResource> responses = layout.commonPages(
                site,
                listing -> page(site, listing.heading(), listing(site, listing), modified),
                entry -> page(
                        site,
                        entry.title(),
                        article(site, entry),
                        entry.published().toInstant()));
        String feed = RssFeed.render(template, site, FEED_PATH, BEIRUT, e -> Map.of());
        responses.put(FEED_PATH, StaticResource.of(200, XML, encode(feed), modified));
        responses.put("/about.php", page(site, template.part("about-title"), template.part("about"), modified));
        responses.put(
                "/robots.txt", StaticResource.of(200, "text/plain", encode(template.part("robots") + "\n"), modified));
        StaticResource missing = StaticResource.of(404, HTML, encode(template.part("not-found")), modified);
        StaticResource soft = page(site, template.part("soft-missing-title"), template.part("soft-missing"), modified);
        responses.put(ARTICLE_SCRIPT + STALE_ID, soft);
        // the old site answers its bare root with a redirect to the script that renders the home page
        return new RenderedSite(
                responses, missing, ARTICLE_SCRIPT, soft, site.demoArticles(Set.of()), Map.of("/", HOME_PATH));
    }

    private StaticResource page(SiteArticles site, String title, String main, Instant modified) {
        String nav = layout.nav(site, " | ");
        String mostRead = template.fillEach(
                "side-item",
                site.mostRead(MOST_READ_COUNT),
                e -> Map.of("href", site.path(e).replace("&", "&amp;"), "title", text(e.title())),
                "\n");
        // a stale link kept in the sidebar for years: the script answers it with the soft 404
        mostRead += "\n"
                + template.fill(
                        "side-item", Map.of("href", ARTICLE_SCRIPT + STALE_ID, "title", template.part("stale-link")));
        OffsetDateTime now = site.lastModified().atOffset(BEIRUT);
        String html = template.fill(
                "layout",
                Map.of(
                        "title",
                        text(title),
                        "today",
                        dateLine(now),
                        "nav",
                        nav,
                        "mostRead",
                        mostRead,
                        "main",
                        main,
                        "year",
                        DateLine.write(Integer.toString(now.getYear()), DateLine.Digits.EASTERN)));
        return StaticResource.of(200, HTML, encode(html), modified);
    }

    private String article(SiteArticles site, CorpusEntry entry) {
        String path = site.path(entry);
        Map<String, String> values = layout.articleValues(entry);
        values.put("subtitle", text(entry.subtitle()));
        values.put("place", template.part("place"));
        values.put("dateLine", dateLine(entry.published().withOffsetSameInstant(BEIRUT)));
        values.put(
                "byline",
                entry.authors().isEmpty()
                        ? ""
                        : template.fill("byline", Map.of("names", text(String.join(" - ", entry.authors())))));
        values.put("imageId", Integer.toString(Math.floorMod(entry.id().hashCode(), 1_000_000)));
        values.put("caption", text(entry.caption()));
        values.put("body", String.join("\n", layout.paragraphs(entry)));
        values.put("number", path.substring(ARTICLE_SCRIPT.length()));
        values.put("related", layout.links("related-item", site, site.related(entry, RELATED_COUNT), "\n"));
        return template.fill("article", values);
    }

    private String listing(SiteArticles site, ListingPage page) {
        return layout.listing(
                site, page, e -> Map.of("date", dateLine(e.published().withOffsetSameInstant(BEIRUT))));
    }

    /**
     * The text in windows-1256; a character the code page lacks (Eastern digits, for one) becomes a
     * numeric character reference, as old publishing systems wrote them.
     */
    static byte[] encode(String text) {
        CharsetEncoder encoder = ENCODING.newEncoder();
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = Character.toString(cp);
            if (encoder.canEncode(ch)) safe.append(ch);
            else safe.append("&#").append(cp).append(';');
        });
        return safe.toString().getBytes(ENCODING);
    }

    private String dateLine(OffsetDateTime time) {
        return DateLine.format(template, time, DateLine.Digits.EASTERN);
    }
}
