package dev.marsad.demo;

import static dev.marsad.demo.SiteTemplate.text;

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

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final SiteTemplate template = SiteTemplate.load(ID);
    private final Map<String, String> sectionLabels = template.pairs("sections");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return template.part("name");
    }

    @Override
    public String articlePath(CorpusEntry entry, int number) {
        OffsetDateTime p = entry.published();
        return String.format(
                java.util.Locale.ROOT,
                "/ar/%04d/%02d/%02d/%s",
                p.getYear(),
                p.getMonthValue(),
                p.getDayOfMonth(),
                entry.id());
    }

    @Override
    public List<String> feedPaths() {
        return List.of("/feed.atom");
    }

    @Override
    public List<String> sitemapPaths() {
        return List.of();
    }

    @Override
    public List<String> startPaths(SiteArticles site) {
        return List.of("/");
    }

    @Override
    public RenderedSite render(SiteArticles site) {
        Map<String, StaticResource> responses = new HashMap<>();
        var modified = site.lastModified();
        String home = template.part("home-heading");
        responses.put(
                "/",
                page(
                        site,
                        new PageHead(home, home, site.base().toString(), "website", "", websiteLd(site)),
                        listing(site, home, site.newestFirst()),
                        200,
                        modified));
        for (String section : site.sections()) {
            String label = sectionLabels.getOrDefault(section, section);
            String path = "/ar/section/" + section;
            responses.put(
                    path,
                    page(
                            site,
                            new PageHead(
                                    label,
                                    label,
                                    site.base().resolve(path.substring(1)).toString(),
                                    "website",
                                    "",
                                    ""),
                            listing(site, label, site.inSection(section)),
                            200,
                            modified));
        }
        for (CorpusEntry entry : site.newestFirst()) {
            responses.put(
                    site.path(entry),
                    page(
                            site,
                            head(site, entry),
                            article(site, entry),
                            200,
                            entry.published().toInstant()));
        }
        responses.put(
                "/feed.atom",
                StaticResource.utf8(
                        200, "application/atom+xml; charset=utf-8", AtomFeed.render(template, site), modified));
        String aboutTitle = template.part("about-title");
        responses.put(
                "/ar/about",
                page(
                        site,
                        new PageHead(
                                aboutTitle,
                                aboutTitle,
                                site.base().resolve("ar/about").toString(),
                                "website",
                                "",
                                ""),
                        template.part("about"),
                        200,
                        modified));
        responses.put("/robots.txt", StaticResource.utf8(200, "text/plain", template.part("robots") + "\n", modified));
        String missingTitle = template.part("not-found-title");
        StaticResource missing = page(
                site,
                new PageHead(missingTitle, missingTitle, site.base().toString(), "website", "", ""),
                template.part("not-found"),
                404,
                modified);
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
            String title, String description, String canonical, String ogType, String articleMeta, String jsonLd) {}

    private StaticResource page(SiteArticles site, PageHead head, String main, int status, java.time.Instant modified) {
        String nav = site.sections().stream()
                .map(s -> template.fill(
                        "nav-item",
                        Map.of("href", "/ar/section/" + s, "label", text(sectionLabels.getOrDefault(s, s)))))
                .collect(Collectors.joining());
        String mostRead = site.mostRead(MOST_READ_COUNT).stream()
                .map(e -> template.fill("rail-item", Map.of("href", site.path(e), "title", text(e.title()))))
                .collect(Collectors.joining());
        OffsetDateTime today = site.lastModified().atOffset(ZoneOffset.ofHours(3));
        Map<String, String> values = new HashMap<>();
        values.put("title", text(head.title()));
        values.put("description", text(head.description()));
        values.put("canonical", text(head.canonical()));
        values.put("ogType", head.ogType());
        values.put("image", site.base().resolve("assets/og-default.jpg").toString());
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
        String tagMeta = entry.tags().stream()
                .map(t -> template.fill("tag-meta", Map.of("tag", text(t))))
                .collect(Collectors.joining("\n"));
        String articleMeta = template.fill(
                "article-meta",
                Map.of(
                        "published",
                        ISO.format(entry.published()),
                        "section",
                        text(sectionLabels.getOrDefault(entry.section(), entry.section())),
                        "tagMeta",
                        tagMeta));
        String description = entry.subtitle().isEmpty() ? entry.summary() : entry.subtitle();
        return new PageHead(
                entry.title(),
                description,
                site.url(entry).toString(),
                "article",
                articleMeta,
                NewsArticleLd.of(
                        entry,
                        site.url(entry),
                        name(),
                        site.base(),
                        sectionLabels.getOrDefault(entry.section(), entry.section())));
    }

    private String websiteLd(SiteArticles site) {
        return NewsArticleLd.website(name(), site.base());
    }

    private String article(SiteArticles site, CorpusEntry entry) {
        StringBuilder body = new StringBuilder();
        List<String> paragraphs = entry.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            body.append(template.fill("paragraph", Map.of("text", text(paragraphs.get(i)))))
                    .append('\n');
            if (i + 1 == Math.min(PARAGRAPHS_BEFORE_POST, paragraphs.size())) {
                entry.tweet().ifPresent(t -> body.append(t.render(template)).append('\n'));
            }
        }
        Map<String, String> values = new HashMap<>();
        values.put("sectionHref", "/ar/section/" + entry.section());
        values.put("sectionLabel", text(sectionLabels.getOrDefault(entry.section(), entry.section())));
        values.put("title", text(entry.title()));
        values.put(
                "subtitle",
                entry.subtitle().isEmpty() ? "" : template.fill("subtitle", Map.of("text", text(entry.subtitle()))));
        values.put(
                "byline",
                entry.authors().isEmpty()
                        ? ""
                        : template.fill("byline", Map.of("names", text(String.join(" " + AND, entry.authors())))));
        values.put("published", ISO.format(entry.published()));
        values.put("dateLine", dateLine(entry.published()));
        values.put("image", site.base().resolve("media/" + entry.id() + ".jpg").toString());
        values.put("caption", text(entry.caption().isEmpty() ? entry.title() : entry.caption()));
        values.put("body", body.toString());
        values.put(
                "tags",
                entry.tags().stream()
                        .map(t -> template.fill(
                                "tag-item",
                                Map.of(
                                        "slug",
                                        URLEncoder.encode(t.replace(' ', '-'), StandardCharsets.UTF_8),
                                        "tag",
                                        text(t))))
                        .collect(Collectors.joining()));
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

    private String listing(SiteArticles site, String heading, List<CorpusEntry> entries) {
        String items = entries.stream()
                .map(e -> template.fill(
                        "listing-item",
                        Map.of(
                                "href",
                                site.path(e),
                                "image",
                                site.base()
                                        .resolve("media/" + e.id() + "-w480.jpg")
                                        .toString(),
                                "title",
                                text(e.title()),
                                "summary",
                                text(e.summary()),
                                "published",
                                ISO.format(e.published()),
                                "dateLine",
                                dateLine(e.published()))))
                .collect(Collectors.joining("\n"));
        return template.fill("listing", Map.of("heading", text(heading), "items", items));
    }

    private String dateLine(OffsetDateTime time) {
        return DateLine.format(template, time, DateLine.Digits.WESTERN);
    }
}
