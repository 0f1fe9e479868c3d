package dev.marsad.crawl;

import java.util.Objects;
import java.util.Optional;

/**
 * The cache validators of a previous response, sent back as If-None-Match / If-Modified-Since so an
 * unchanged document answers 304.
 */
record Validators(Optional<String> etag, Optional<String> lastModified) {

    static final Validators NONE = new Validators(Optional.empty(), Optional.empty());

    Validators {
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    boolean isEmpty() {
        return etag.isEmpty() && lastModified.isEmpty();
    }
}
