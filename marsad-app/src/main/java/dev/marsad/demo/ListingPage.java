package dev.marsad.demo;

import java.util.List;
import java.util.Objects;

/**
 * A page that lists articles, as every demo site has them: its home page with every article, and
 * one page per section with that section's articles.
 *
 * @param kind the home page or a section's page
 * @param path the path the site serves the page under
 * @param heading the heading over the list: the template's home heading or the section's label
 * @param entries the listed articles, newest first
 */
record ListingPage(Kind kind, String path, String heading, List<CorpusEntry> entries) {

    /** Which of a site's listing pages this is. */
    enum Kind {
        /** The home page, listing every article. */
        HOME,
        /** A section's page, listing its articles. */
        SECTION
    }

    ListingPage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(heading, "heading");
        entries = List.copyOf(entries);
    }

    /** Whether this is the site's home page. */
    boolean isHome() {
        return kind == Kind.HOME;
    }
}
