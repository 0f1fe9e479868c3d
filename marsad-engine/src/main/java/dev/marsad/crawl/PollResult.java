package dev.marsad.crawl;

import java.util.Locale;
import java.util.Optional;

/** How one poll of a listing ended, as far as its schedule cares. */
enum PollResult {
    /** The listing named article URLs the frontier did not know (here or in a child sitemap). */
    NEW_URLS,
    /** 304 Not Modified, or only URLs already known. */
    NOTHING_NEW,
    /** The listing could not be fetched or parsed. */
    FAILED;

    /** The lower-case name stored in the crawl database ("new_urls"). */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The result stored under {@code label}, if it is one. */
    static Optional<PollResult> ofLabel(String label) {
        for (PollResult r : values()) if (r.label().equals(label)) return Optional.of(r);
        return Optional.empty();
    }
}
