package dev.marsad.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.xml.sax.InputSource;

/**
 * Reads article links out of a feed: RSS 0.9x/1.0/2.0 and Atom through Rome, JSON Feed 1.x through
 * Jackson. A body whose first non-blank character is '{' is read as JSON Feed, anything else as XML
 * (the XML parser detects the encoding from the BOM and the XML declaration). Malformed feeds come
 * back as {@link Listing.Broken}, never as an exception. A feed served as a gzip file is unpacked up
 * to a byte limit, and a feed yields at most a limited number of entries (the rest is counted as left
 * out).
 */
final class FeedReader {

    /** JSON Feed's version URLs all start with this (https://www.jsonfeed.org/version/1.1/). */
    private static final String JSON_FEED_VERSION_PREFIX = "https://jsonfeed.org/version/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UrlNormalizer normalizer;
    private final int maxItems;
    private final int maxBytes;

    /**
     * @param maxItems the most entries one feed yields
     * @param maxBytes the most bytes a gzipped feed may unpack to
     */
    FeedReader(UrlNormalizer normalizer, int maxItems, int maxBytes) {
        this.normalizer = normalizer;
        this.maxItems = maxItems;
        this.maxBytes = maxBytes;
    }

    /** The entries of the feed at {@code url} with body {@code body}, links resolved against {@code url}. */
    Listing read(URI url, byte[] body) {
        byte[] text = body;
        if (ContentDecoder.isGzip(body)) {
            try {
                ContentDecoder.Decoded unpacked = ContentDecoder.gunzip(body, maxBytes);
                if (unpacked.truncated())
                    return new Listing.Broken("gzipped feed " + url + " unpacks to more than " + maxBytes + " bytes ("
                            + body.length + " bytes packed); not read");
                text = unpacked.bytes();
            } catch (IOException e) {
                return new Listing.Broken("cannot unpack gzipped feed " + url + ": " + e.getMessage());
            }
        }
        Listing listing = startsWithBrace(text) ? readJsonFeed(url, text) : readXmlFeed(url, text);
        return listing instanceof Listing.Found found ? found.limitedTo(maxItems) : listing;
    }

    private Listing readXmlFeed(URI url, byte[] body) {
        SyndFeed feed;
        try {
            var input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new InputSource(new ByteArrayInputStream(body)));
        } catch (FeedException | IllegalArgumentException e) {
            return new Listing.Broken("cannot parse feed " + url + ": " + e.getMessage());
        }
        List<Discovered> found = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
            Optional<Instant> published = Optional.ofNullable(entry.getPublishedDate())
                    .or(() -> Optional.ofNullable(entry.getUpdatedDate()))
                    .map(Date::toInstant);
            resolve(url, link)
                    .ifPresent(u ->
                            found.add(new Discovered(u, new Hints(Optional.ofNullable(entry.getTitle()), published))));
        }
        return new Listing.Found(found, List.of(), Optional.ofNullable(feed.getTitle()));
    }

    private Listing readJsonFeed(URI url, byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            return new Listing.Broken("cannot parse JSON feed " + url + ": " + e.getMessage());
        }
        String version = root.path("version").asText("");
        if (!version.startsWith(JSON_FEED_VERSION_PREFIX) || !root.path("items").isArray())
            return new Listing.Broken(
                    "JSON at " + url + " is not a JSON Feed (version '" + version + "', items missing)");
        List<Discovered> found = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String link = item.hasNonNull("url")
                    ? item.get("url").asText()
                    : item.path("external_url").asText(null);
            Optional<String> title = Optional.ofNullable(item.path("title").asText(null));
            Optional<Instant> published =
                    parseRfc3339(item.path("date_published").asText(null));
            resolve(url, link).ifPresent(u -> found.add(new Discovered(u, new Hints(title, published))));
        }
        return new Listing.Found(
                found, List.of(), Optional.ofNullable(root.path("title").asText(null)));
    }

    private Optional<URI> resolve(URI base, String link) {
        if (link == null || link.isBlank()) return Optional.empty();
        try {
            return normalizer.normalize(base.resolve(link.strip()));
        } catch (IllegalArgumentException e) {
            return normalizer.normalize(link);
        }
    }

    private static Optional<Instant> parseRfc3339(String text) {
        if (text == null) return Optional.empty();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWithBrace(byte[] body) {
        int i = 0;
        // A UTF-8 byte order mark may precede the JSON text.
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) i = 3;
        while (i < body.length && Character.isWhitespace(body[i])) i++;
        return i < body.length && body[i] == '{';
    }
}
