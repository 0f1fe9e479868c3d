package dev.marsad.extract;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** A link under "اقرأ أيضاً" or "مواضيع ذات صلة": a headline and, when linked, its URL. */
public record RelatedLink(String title, Optional<URI> url) {
    public RelatedLink {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        if (title.isBlank()) throw new IllegalArgumentException("related link with blank title");
    }
}
