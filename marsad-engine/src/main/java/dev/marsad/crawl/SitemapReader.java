package dev.marsad.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a sitemap (XML, plain text or gzip), a sitemap index or a Google news sitemap with
 * crawler-commons {@link SiteMapParser} in lenient mode. From news sitemaps the {@code news:title}
 * and {@code news:publication_date} of each URL are kept as hints. An index yields the child sitemaps
 * for the caller to fetch.
 *
 * <p>Bounds: a gzip file ({@code sitemap.xml.gz}) is unpacked here, up to a byte limit, never by the
 * parser (which would unpack a gzip bomb without one); a sitemap yields at most a limited number of
 * URLs or child sitemaps, and says how many it left out.
 */
final class SitemapReader {

    /** A {@code news:publication_date} element (any prefix) holding a date and nothing else. */
    private static final Pattern DATE_ALONE =
            Pattern.compile("<(?:[\\w.-]+:)?publication_date>\\s*(\\d{4}-\\d{2}-\\d{2})\\s*</");

    private final UrlNormalizer normalizer;
    private final int maxItems;
    private final int maxBytes;

    /**
     * @param maxItems the most URLs (or child sitemaps) one sitemap yields
     * @param maxBytes the most bytes a gzipped sitemap may unpack to
     */
    SitemapReader(UrlNormalizer normalizer, int maxItems, int maxBytes) {
        this.normalizer = normalizer;
        this.maxItems = maxItems;
        this.maxBytes = maxBytes;
    }

    /** The URLs (or child sitemaps) of the sitemap at {@code url}, or why none. */
    Listing read(URI url, byte[] body, String contentType) {
        AbstractSiteMap parsed;
        try {
            var parser = new SiteMapParser(false);
            parser.enableExtension(Extension.NEWS);
            if (ContentDecoder.isGzip(body)) {
                ContentDecoder.Decoded unpacked = ContentDecoder.gunzip(body, maxBytes);
                if (unpacked.truncated())
                    return new Listing.Broken("gzipped sitemap " + url + " unpacks to more than " + maxBytes
                            + " bytes (" + body.length + " bytes packed); not read");
                parsed = parser.parseSiteMap(unpacked.bytes(), url.toURL()); // type sniffed from the unpacked bytes
                body = unpacked.bytes();
            } else {
                parsed = parser.parseSiteMap(contentType, body, url.toURL());
            }
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            return new Listing.Broken("cannot parse sitemap " + url + ": " + e.getMessage());
        }
        if (parsed instanceof SiteMapIndex index) {
            List<URI> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps())
                toUri(child.getUrl().toString()).ifPresent(children::add);
            return new Listing.Found(List.of(), children).limitedTo(maxItems);
        }
        List<Discovered> found = new ArrayList<>();
        Set<LocalDate> dayOnly = dateOnlyPublications(body);
        for (SiteMapURL entry : ((SiteMap) parsed).getSiteMapUrls()) {
            toUri(entry.getUrl().toString()).ifPresent(u -> found.add(new Discovered(u, newsHints(entry, dayOnly))));
        }
        return new Listing.Found(found, List.of()).limitedTo(maxItems);
    }

    /**
     * The hints of a news sitemap entry. A {@code news:publication_date} written as a date alone is a
     * date with no time of day (crawler-commons reads it as midnight UTC, losing that): an entry
     * whose time is midnight UTC on one of the {@code dayOnly} dates is marked so.
     */
    private static Hints newsHints(SiteMapURL entry, Set<LocalDate> dayOnly) {
        ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
        if (news == null) return Hints.NONE;
        for (ExtensionMetadata metadata : news) {
            if (metadata instanceof NewsAttributes attributes) {
                Optional<Instant> published =
                        Optional.ofNullable(attributes.getPublicationDateTime()).map(d -> d.toInstant());
                boolean dateAlone = published
                        .map(p -> p.atOffset(ZoneOffset.UTC))
                        .filter(t -> t.toLocalTime().equals(LocalTime.MIDNIGHT) && dayOnly.contains(t.toLocalDate()))
                        .isPresent();
                return new Hints(Optional.ofNullable(attributes.getTitle()), published, dateAlone);
            }
        }
        return Hints.NONE;
    }

    /** The dates a sitemap gives as {@code news:publication_date} with no time ("2023-09-20"). */
    static Set<LocalDate> dateOnlyPublications(byte[] body) {
        Set<LocalDate> dates = new HashSet<>();
        Matcher m = DATE_ALONE.matcher(new String(body, StandardCharsets.UTF_8));
        while (m.find()) {
            try {
                dates.add(LocalDate.parse(m.group(1)));
            } catch (DateTimeParseException e) {
                // "2023-02-31": not a date, and crawler-commons gives no time for it either
            }
        }
        return dates;
    }

    private Optional<URI> toUri(String url) {
        try {
            return normalizer.normalize(new URI(url));
        } catch (URISyntaxException e) {
            return normalizer.normalize(url);
        }
    }
}
