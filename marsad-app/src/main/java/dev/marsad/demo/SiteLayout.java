package dev.marsad.demo;

import static dev.marsad.demo.SiteTemplate.text;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One demo site's template and section labels, with the pieces of page that every site fills the
 * same way: navigation, lists of article links, the listing pages, an article's paragraphs. What
 * differs between the sites (markup, separators, URL shapes, charsets) stays in their templates
 * and in the arguments they pass.
 */
final class SiteLayout {

    private final String siteId;
    private final SiteTemplate template;
    private final Map<String, String> sectionLabels;
    private final String homePath;
    private final UnaryOperator<String> sectionPath;

    /**
     * Loads the template {@code demo/sites/<siteId>.html} and its {@code sections} labels.
     *
     * @param homePath the path of the site's home page
     * @param sectionPath the path of a section's page on this site, from the section id
     */
    SiteLayout(String siteId, String homePath, UnaryOperator<String> sectionPath) {
        this.siteId = siteId;
        this.template = SiteTemplate.load(siteId);
        this.sectionLabels = template.pairs("sections");
        this.homePath = homePath;
        this.sectionPath = sectionPath;
    }

    /** The publisher id the template is named after. */
    String siteId() {
        return siteId;
    }

    /** The site's template, for the parts only this site fills. */
    SiteTemplate template() {
        return template;
    }

    /** The publisher's name, from the template's {@code name} part. */
    String name() {
        return template.part("name");
    }

    /** The label of a section, or its id when the template has none. */
    String sectionLabel(String section) {
        return sectionLabels.getOrDefault(section, section);
    }

    /** The path of the home page. */
    String homePath() {
        return homePath;
    }

    /** The path of a section's page. */
    String sectionPath(String section) {
        return sectionPath.apply(section);
    }

    /** The {@code nav-item} links to every section of the site, joined by {@code separator}. */
    String nav(SiteArticles site, String separator) {
        return template.fillEach(
                "nav-item",
                site.sections(),
                s -> Map.of("href", sectionPath(s), "label", text(sectionLabel(s))),
                separator);
    }

    /** Fills {@code part} with the path ({@code href}) and title of each article, joined by {@code separator}. */
    String links(String part, SiteArticles site, List<CorpusEntry> entries, String separator) {
        return template.fillEach(part, entries, e -> Map.of("href", site.path(e), "title", text(e.title())), separator);
    }

    /**
     * The pages every site serves, by path: the home page with every article, a page per section
     * with its articles (both {@link ListingPage}s), and a page per article under its path; a new
     * mutable map, to which the site adds the pages only it has.
     *
     * @param listingPage renders the home page or a section's page in the site's layout
     * @param articlePage renders an article's page in the site's layout
     */
    Map<String, StaticResource> commonPages(
            SiteArticles site,
            Function<ListingPage, StaticResource> listingPage,
            Function<CorpusEntry, StaticResource> articlePage) {
        Map<String, StaticResource> pages = new HashMap<>();
        pages.put(
                homePath,
                listingPage.apply(new ListingPage(
                        ListingPage.Kind.HOME, homePath, template.part("home-heading"), site.newestFirst())));
        for (String section : site.sections()) {
            String path = sectionPath(section);
            pages.put(
                    path,
                    listingPage.apply(new ListingPage(
                            ListingPage.Kind.SECTION, path, sectionLabel(section), site.inSection(section))));
        }
        for (CorpusEntry entry : site.newestFirst()) pages.put(site.path(entry), articlePage.apply(entry));
        return pages;
    }

    /**
     * The {@code listing} part: the page's heading over one {@code listing-item} per article, which
     * links the article ({@code href}) by its {@code title} over its {@code summary}, with the
     * site's own {@code values} (dates, images) besides.
     */
    String listing(SiteArticles site, ListingPage page, Function<CorpusEntry, Map<String, String>> values) {
        String items = template.fillEach(
                "listing-item",
                page.entries(),
                e -> {
                    Map<String, String> item = new HashMap<>(values.apply(e));
                    item.put("href", site.path(e));
                    item.put("title", text(e.title()));
                    item.put("summary", text(e.summary()));
                    return item;
                },
                "\n");
        return template.fill("listing", Map.of("heading", text(page.heading()), "items", items));
    }

    /**
     * The values every article page has: the escaped {@code title} and the link to the article's
     * section ({@code sectionHref}, {@code sectionLabel}); a new mutable map for the site's own.
     */
    Map<String, String> articleValues(CorpusEntry entry) {
        Map<String, String> values = new HashMap<>();
        values.put("title", text(entry.title()));
        values.put("sectionHref", sectionPath(entry.section()));
        values.put("sectionLabel", text(sectionLabel(entry.section())));
        return values;
    }

    /** The {@code subtitle} part with the article's subtitle, or nothing when it has none. */
    String subtitle(CorpusEntry entry) {
        return entry.subtitle().isEmpty() ? "" : template.fill("subtitle", Map.of("text", text(entry.subtitle())));
    }

    /** The article's paragraphs, each filled into the {@code paragraph} part. */
    List<String> paragraphs(CorpusEntry entry) {
        return entry.paragraphs().stream()
                .map(p -> template.fill("paragraph", Map.of("text", text(p))))
                .toList();
    }

    /**
     * The article's paragraphs with {@code block} (an embedded post, an advertisement) after
     * paragraph number {@code after}, counted from 1; without it when there is no such paragraph.
     */
    List<String> paragraphs(CorpusEntry entry, int after, Optional<String> block) {
        List<String> blocks = new ArrayList<>(paragraphs(entry));
        if (after >= 1 && after <= blocks.size()) block.ifPresent(b -> blocks.add(after, b));
        return blocks;
    }

    /** The date folders of a dated URL: "2023/09/20". */
    static String datedPath(OffsetDateTime time) {
        return String.format(Locale.ROOT, "%04d/%02d/%02d", time.getYear(), time.getMonthValue(), time.getDayOfMonth());
    }
}
