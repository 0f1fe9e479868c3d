package dev.marsad.crawl;

import java.net.URI;
import java.util.Objects;

/** An article URL found in a feed, sitemap or start page, with what the listing said about it. */
record Discovered(URI url, Hints hints) {

    Discovered {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(hints, "hints");
    }
}
