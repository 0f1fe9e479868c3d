package dev.marsad.demo;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** The schema.org JSON-LD blocks of the JSON-LD demo site, written as text. */
final class NewsArticleLd {

    private NewsArticleLd() {}

    /** A {@code <script type="application/ld+json">} with a NewsArticle for one article. */
    static String of(CorpusEntry entry, URI url, String publisher, URI base, String sectionLabel) {
        String published = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.published());
        String authors = entry.authors().isEmpty()
                ? "{\"@type\":\"Organization\",\"name\":" + json(publisher) + "}"
                : entry.authors().stream()
                        .map(a -> "{\"@type\":\"Person\",\"name\":" + json(a) + "}")
                        .collect(Collectors.joining(",", "[", "]"));
        String description = entry.subtitle().isEmpty() ? entry.summary() : entry.subtitle();
        return "<script type=\"application/ld+json\">{"
                + "\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":" + json(url.toString()) + "},"
                + "\"headline\":" + json(entry.title()) + ","
                + "\"description\":" + json(description) + ","
                + "\"image\":["
                + json(base.resolve("media/" + entry.id() + ".jpg").toString()) + "],"
                + "\"datePublished\":" + json(published) + ",\"dateModified\":" + json(published) + ","
                + "\"author\":" + authors + ","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":" + json(publisher)
                + ",\"logo\":{\"@type\":\"ImageObject\",\"url\":"
                + json(base.resolve("assets/logo-alraed.png").toString()) + "}},"
                + "\"articleSection\":" + json(sectionLabel) + ","
                + "\"keywords\":" + array(entry.tags()) + ","
                + "\"inLanguage\":\"ar\"}</script>";
    }

    /** A WebSite block for the home page. */
    static String website(String name, URI base) {
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"WebSite\",\"name\":"
                + json(name) + ",\"url\":" + json(base.toString()) + ",\"inLanguage\":\"ar\"}</script>";
    }

    private static String array(List<String> values) {
        return values.stream().map(NewsArticleLd::json).collect(Collectors.joining(",", "[", "]"));
    }

    /** A JSON string literal; '<' is escaped so that no "</script>" can end the block early. */
    static String json(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
