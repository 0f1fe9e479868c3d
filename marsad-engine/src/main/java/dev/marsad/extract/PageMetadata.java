package dev.marsad.extract;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a page says about its article outside the body: from JSON-LD, meta tags, {@code <time>}
 * and the visible date and byline.
 */
record PageMetadata(
        Optional<String> title,
        URI canonicalUrl,
        Optional<String> subtitle,
        Optional<Dated> published,
        Optional<Instant> modified,
        List<String> authors,
        Optional<Image> image,
        Optional<String> section,
        Optional<String> siteName,
        String language,
        List<String> metaTags,
        Optional<String> structuredBody,
        boolean declaresArticle) {

    PageMetadata {
        authors = List.copyOf(authors);
        metaTags = List.copyOf(metaTags);
    }
}
