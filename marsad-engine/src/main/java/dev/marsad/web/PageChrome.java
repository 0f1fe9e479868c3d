package dev.marsad.web;

import dev.marsad.analyze.Section;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What every reader page shares: site name, page title, the search box and the sections nav.
 *
 * @param siteName the site's name
 * @param title this page's title
 * @param query the text to keep in the search box ("" for none)
 * @param sections links to the section pages, in {@link Section} order
 */
public record PageChrome(String siteName, String title, String query, List<Link> sections) {

    public PageChrome {
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(query, "query");
        sections = List.copyOf(sections);
    }

    /** The chrome of a page with this title, with every section in the nav. */
    static PageChrome of(WebConfig config, String title, String query) {
        List<Link> sections = Arrays.stream(Section.values())
                .map(s -> new Link(SitePaths.section(s.name()), s.arabicName()))
                .toList();
        return new PageChrome(config.siteName(), title, query, sections);
    }
}
