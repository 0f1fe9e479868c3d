package dev.marsad.web;

import dev.marsad.analyze.Section;
import dev.marsad.arabic.text.DisplayText;
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
 * @param description a sentence or two about the page for search engines and link previews ("" for
 *     none)
 */
public record PageChrome(String siteName, String title, String query, List<Link> sections, String description) {

    /** Longest description, in characters; previews cut longer ones anyway. */
    static final int MAX_DESCRIPTION = 200;

    public PageChrome {
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(query, "query");
        sections = List.copyOf(sections);
        Objects.requireNonNull(description, "description");
    }

    /** The chrome of a page with this title, with every section in the nav. */
    static PageChrome of(WebConfig config, String title, String query) {
        List<Link> sections = Arrays.stream(Section.values())
                .filter(Section::isKnown)
                .map(s -> new Link(SitePaths.section(s.name()), s.arabicName()))
                .toList();
        // the title element holds no markup to isolate it in: an override left in an article stored
        // by an older version would mirror the browser tab's text
        return new PageChrome(config.siteName(), DisplayText.clean(title), query, sections, "");
    }

    /** This chrome with a description, cut at a word to {@value #MAX_DESCRIPTION} characters. */
    PageChrome withDescription(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() > MAX_DESCRIPTION) {
            int cut = flat.lastIndexOf(' ', MAX_DESCRIPTION);
            flat = flat.substring(0, cut > 0 ? cut : MAX_DESCRIPTION) + "\u2026";
        }
        return new PageChrome(siteName, title, query, sections, flat);
    }
}
