package dev.marsad.web;

import dev.marsad.analyze.Section;
import dev.marsad.arabic.text.DisplayText;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What every reader page shares: site name, page title, the search box, the sections nav and the
 * feeds the page offers.
 *
 * @param siteName the site's name
 * @param title this page's title (the site's name on the home page)
 * @param query the text to keep in the search box ("" for none)
 * @param sections links to the section pages, in {@link Section} order
 * @param description a sentence or two about the page for search engines and link previews ("" for
 *     none)
 * @param feeds the feeds of what the page lists, in every format; the home page's on other pages
 */
public record PageChrome(
        String siteName, String title, String query, List<Link> sections, String description, List<FeedLink> feeds) {

    /** Longest description, in characters; previews cut longer ones anyway. */
    static final int MAX_DESCRIPTION = 200;

    /**
     * A feed a page links to with {@code <link rel="alternate">}.
     *
     * @param href the feed's path and query
     * @param type its media type
     * @param title what a feed reader shows for it ("كاراباخ — مرصد (Atom)")
     * @param format the format's name ("Atom")
     */
    public record FeedLink(String href, String type, String title, String format) {}

    public PageChrome {
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(query, "query");
        sections = List.copyOf(sections);
        Objects.requireNonNull(description, "description");
        feeds = List.copyOf(feeds);
    }

    /** The chrome of a page with this title, with every section in the nav and the home page's feeds. */
    static PageChrome of(WebConfig config, String title, String query) {
        List<Link> sections = Arrays.stream(Section.values())
                .filter(Section::isKnown)
                .map(s -> new Link(SitePaths.section(s.name()), s.arabicName()))
                .toList();
        // the title element holds no markup to isolate it in: an override left in an article stored
        // by an older version would mirror the browser tab's text
        return new PageChrome(config.siteName(), DisplayText.clean(title), query, sections, "", List.of())
                .withFeeds("/", "");
    }

    /**
     * The document's title: "كاراباخ — مرصد", and the site's name alone on a page titled with it (the
     * home page was "مرصد — مرصد").
     */
    public String documentTitle() {
        return title.isEmpty() || title.equals(siteName) ? siteName : title + " \u2014 " + siteName;
    }

    /** This chrome with a description, cut at a word to {@value #MAX_DESCRIPTION} characters. */
    PageChrome withDescription(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() > MAX_DESCRIPTION) {
            int cut = flat.lastIndexOf(' ', MAX_DESCRIPTION);
            flat = flat.substring(0, cut > 0 ? cut : MAX_DESCRIPTION) + "\u2026";
        }
        return new PageChrome(siteName, title, query, sections, flat, feeds);
    }

    /**
     * This chrome offering the feeds of the listing at {@code pagePath} ("/tag/k"; "/" for home),
     * with {@code query} ("q=…", or "") when the page's query string is part of the listing.
     */
    PageChrome withFeeds(String pagePath, String query) {
        String name = documentTitle();
        List<FeedLink> links = Arrays.stream(FeedFormat.values())
                .map(f -> new FeedLink(
                        query.isEmpty() ? f.path(pagePath) : f.path(pagePath) + "?" + query,
                        f.mediaType(),
                        name + " (" + f.label() + ")",
                        f.label()))
                .toList();
        return new PageChrome(siteName, title, this.query, sections, description, links);
    }
}
