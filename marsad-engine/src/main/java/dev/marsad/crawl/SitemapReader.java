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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        for (SiteMapURL entry : ((SiteMap) parsed).getSiteMapUrls()) {
            toUri(entry.getUrl().toString()).ifPresent(u -> found.add(new Discovered(u, newsHints(entry))));
        }
        return new Listing.Found(found, List.of()).limitedTo(maxItems);
    }

    private static Hints newsHints(SiteMapURL entry) {
        ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
        if (news == null) return Hints.NONE;
        for (ExtensionMetadata metadata : news) {
            if (metadata instanceof NewsAttributes attributes) {
                Optional<Instant> published =
                        Optional.ofNullable(attributes.getPublicationDateTime()).map(d -> d.toInstant());
                return new Hints(Optional.ofNullable(attributes.getTitle()), published);
            }
        }
        return Hints.NONE;
    }

    private Optional<URI> toUri(String url) {
        try {
            return normalizer.normalize(new URI(url));
        } catch (URISyntaxException e) {
            return normalizer.normalize(url);
        }
    }
}
