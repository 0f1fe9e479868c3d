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
 */
final class SitemapReader {

    private final UrlNormalizer normalizer;

    SitemapReader(UrlNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** The URLs (or child sitemaps) of the sitemap at {@code url}. */
    Listing read(URI url, byte[] body, String contentType) {
        AbstractSiteMap parsed;
        try {
            var parser = new SiteMapParser(false);
            parser.enableExtension(Extension.NEWS);
            parsed = parser.parseSiteMap(contentType, body, url.toURL());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            return new Listing.Broken("cannot parse sitemap " + url + ": " + e.getMessage());
        }
        if (parsed instanceof SiteMapIndex index) {
            List<URI> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps())
                toUri(child.getUrl().toString()).ifPresent(children::add);
            return new Listing.Found(List.of(), children);
        }
        List<Discovered> found = new ArrayList<>();
        for (SiteMapURL entry : ((SiteMap) parsed).getSiteMapUrls()) {
            toUri(entry.getUrl().toString()).ifPresent(u -> found.add(new Discovered(u, newsHints(entry))));
        }
        return new Listing.Found(found, List.of());
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
