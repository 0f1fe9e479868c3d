package dev.marsad.extract;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Another story announced on the page (an "إقرأ أيضاً: …" block with a summary): kept apart from
 * the body, so that it is never merged into the article.
 */
public record Teaser(String title, String text, Optional<URI> url, Optional<String> source) {
    public Teaser {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(source, "source");
    }
}
