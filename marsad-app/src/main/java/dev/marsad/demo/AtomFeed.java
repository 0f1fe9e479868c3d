package dev.marsad.demo;

import static dev.marsad.demo.SiteTemplate.text;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The JSON-LD site's Atom 1.0 feed: every article, newest first, with authors and categories. */
final class AtomFeed {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private AtomFeed() {}

    /** Fills the {@code atom} and {@code atom-entry} parts of the site's template. */
    static String render(SiteTemplate template, SiteArticles site) {
        String entries = template.fillEach(
                "atom-entry",
                site.newestFirst(),
                e -> Map.of(
                        "title",
                        text(e.title()),
                        "link",
                        site.url(e).toString(),
                        "published",
                        ISO.format(e.published()),
                        "authors",
                        template.fillEach("atom-author", e.authors(), a -> Map.of("name", text(a)), "\n"),
                        "summary",
                        text(e.subtitle().isEmpty() ? e.summary() : e.subtitle()),
                        "categories",
                        template.fillEach("atom-category", e.tags(), t -> Map.of("tag", text(t)), "\n")),
                "\n");
        return template.fill(
                "atom",
                Map.of(
                        "base",
                        site.base().toString(),
                        "self",
                        site.base().resolve("feed.atom").toString(),
                        "updated",
                        ISO.format(site.lastModified().atOffset(ZoneOffset.UTC)),
                        "entries",
                        entries));
    }
}
