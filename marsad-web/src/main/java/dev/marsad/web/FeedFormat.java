package dev.marsad.web;

/**
 * The feed formats every listing is offered in. A listing's feeds sit under its page's path:
 * {@code /tag/karabakh} has {@code /tag/karabakh/feed.xml}, {@code .atom} and {@code .json}; the
 * home page's are {@code /feed.xml}, {@code /feed.atom} and {@code /feed.json}.
 */
enum FeedFormat {
    /** RSS 2.0 (https://www.rssboard.org/rss-specification). */
    RSS("xml", "application/rss+xml", "RSS"),
    /** Atom 1.0 (RFC 4287). */
    ATOM("atom", "application/atom+xml", "Atom"),
    /** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
    JSON("json", "application/feed+json", "JSON Feed");

    private final String extension;
    private final String mediaType;
    private final String label;

    FeedFormat(String extension, String mediaType, String label) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.label = label;
    }

    /** The feed's path under a listing's page path ("/tag/k" → "/tag/k/feed.atom"; "" → "/feed.atom"). */
    String path(String pagePath) {
        String base = pagePath.equals("/") ? "" : pagePath;
        return base + "/feed." + extension;
    }

    /** The media type without parameters, for links and the Content-Type. */
    String mediaType() {
        return mediaType;
    }

    /** The format's name as readers know it ("Atom"), for link titles. */
    String label() {
        return label;
    }
}
