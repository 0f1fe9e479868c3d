package dev.marsad.extract;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** The lead image of an article, with its caption when the page gives one. */
public record Image(URI url, Optional<String> caption) {
    public Image {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(caption, "caption");
    }
}
