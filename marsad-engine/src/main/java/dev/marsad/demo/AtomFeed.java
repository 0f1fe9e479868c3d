package dev.marsad.demo;

import static dev.marsad.demo.SiteTemplate.text;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/** The JSON-LD site's Atom 1.0 feed: every article, newest first, with authors and categories. */
final class AtomFeed {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private AtomFeed() {}

    /** Fills the {@code atom} and {@code atom-entry} parts of the site's template. */
    static String render(SiteTemplate template, SiteArticles site) {
        String entries = site.newestFirst().stream()
                .map(e -> template.fill(
                        "atom-entry",
                        Map.of(
                                "title",
                                text(e.title()),
                                "link",
                                site.url(e).toString(),
                                "published",
                                ISO.format(e.published()),
                                "authors",
                                e.authors().stream()
                                        .map(a -> template.fill("atom-author", Map.of("name", text(a))))
                                        .collect(Collectors.joining("\n")),
                                "summary",
                                text(e.subtitle().isEmpty() ? e.summary() : e.subtitle()),
                                "categories",
                                e.tags().stream()
                                        .map(t -> template.fill("atom-category", Map.of("tag", text(t))))
                                        .collect(Collectors.joining("\n")))))
                .collect(Collectors.joining("\n"));
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
