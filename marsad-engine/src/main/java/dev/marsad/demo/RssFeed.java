package dev.marsad.demo;

import static dev.marsad.demo.SiteTemplate.text;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The aggregator's RSS 2.0 feed: every article, newest first, with creator and categories. */
final class RssFeed {

    /** The Arabic comma that separates bylines. */
    private static final String ARABIC_COMMA = "\u060C";

    private RssFeed() {}

    /** Fills the {@code rss} and {@code rss-item} parts; {@code name} is the creator of unsigned items. */
    static String render(SiteTemplate template, SiteArticles site, String name) {
        String items = template.fillEach(
                "rss-item",
                site.newestFirst(),
                e -> Map.of(
                        "title",
                        text(e.title()),
                        "link",
                        site.url(e).toString(),
                        "date",
                        DateTimeFormatter.RFC_1123_DATE_TIME.format(e.published()),
                        "creator",
                        text(e.authors().isEmpty() ? name : String.join(ARABIC_COMMA + " ", e.authors())),
                        "summary",
                        text(e.summary()),
                        "categories",
                        template.fillEach("rss-category", e.tags(), t -> Map.of("tag", text(t)), "\n")),
                "\n");
        return template.fill(
                "rss",
                Map.of(
                        "base",
                        site.base().toString(),
                        "self",
                        site.base().resolve("rss.xml").toString(),
                        "built",
                        DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                site.lastModified().atZone(ZoneOffset.UTC)),
                        "items",
                        items));
    }
}
