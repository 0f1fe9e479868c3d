package dev.marsad.demo;

import static dev.marsad.demo.SiteTemplate.text;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A site's RSS 2.0 feed: every article, newest first, laid out by the site template's {@code rss}
 * and {@code rss-item} parts. Each item has its {@code title}, {@code link}, {@code summary} and
 * publication {@code date}, and whatever else the site adds (creator, categories); the channel
 * has the site's {@code base}, the feed's own URL ({@code self}) and when it was {@code built}.
 */
final class RssFeed {

    private RssFeed() {}

    /**
     * Fills the feed.
     *
     * @param path the feed's path, for its {@code self} link
     * @param offset the offset the build date is written in (RFC 1123; UTC is written "GMT")
     * @param values the site's own values for an item's placeholders, besides the four every item has
     */
    static String render(
            SiteTemplate template,
            SiteArticles site,
            String path,
            ZoneOffset offset,
            Function<CorpusEntry, Map<String, String>> values) {
        String items = template.fillEach(
                "rss-item",
                site.newestFirst(),
                e -> {
                    Map<String, String> item = new HashMap<>(values.apply(e));
                    item.put("title", text(e.title()));
                    item.put("link", text(site.url(e).toString()));
                    item.put("summary", text(e.summary()));
                    item.put("date", DateTimeFormatter.RFC_1123_DATE_TIME.format(e.published()));
                    return item;
                },
                "\n");
        return template.fill(
                "rss",
                Map.of(
                        "base",
                        site.base().toString(),
                        "self",
                        site.base().resolve(path.substring(1)).toString(),
                        "built",
                        DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                site.lastModified().atOffset(offset)),
                        "items",
                        items));
    }
}
