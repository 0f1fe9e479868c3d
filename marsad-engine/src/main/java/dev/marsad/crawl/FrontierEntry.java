package dev.marsad.crawl;

import java.net.URI;
import java.util.Objects;

/** A frontier URL due for fetching, with the source that discovered it. */
record FrontierEntry(URI url, String sourceId, Hints hints) {

    FrontierEntry {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(hints, "hints");
    }
}
