package dev.marsad.extract;

import java.util.List;
import java.util.Optional;

/**
 * What a page's JSON-LD says about its article (schema.org NewsArticle, Article, BlogPosting, …).
 * Empty values when the page has none. {@code body} is the articleBody, which the extractor checks
 * against the DOM before using it.
 */
record JsonLdArticle(
        Optional<String> headline,
        Optional<String> alternativeHeadline,
        Optional<String> published,
        Optional<String> modified,
        List<String> authors,
        Optional<String> image,
        Optional<String> section,
        Optional<String> body,
        List<String> keywords,
        Optional<String> publisher,
        Optional<String> url) {

    static final JsonLdArticle NONE = new JsonLdArticle(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.empty());

    JsonLdArticle {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
    }
}
