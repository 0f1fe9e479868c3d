package dev.marsad.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Collects the links of a section (start) page that lead to other pages of the same host: depth 1,
 * at most a fixed number per page, in document order, without the page itself. jsoup is used only to
 * find {@code <a href>}; no content is read here.
 */
final class StartPageLinks {

    private final UrlNormalizer normalizer;
    private final int maxLinks;

    StartPageLinks(UrlNormalizer normalizer, int maxLinks) {
        this.normalizer = normalizer;
        this.maxLinks = maxLinks;
    }

    /** The same-host links of the page at {@code url}. */
    Listing read(URI url, byte[] body) {
        Document document;
        try {
            // A null charset lets jsoup use the BOM or <meta charset>; only ASCII URLs matter here.
            document = Jsoup.parse(new ByteArrayInputStream(body), null, url.toString());
        } catch (IOException e) {
            return new Listing.Broken("cannot parse start page " + url + ": " + e.getMessage());
        }
        // Same host means the same host name: http and https, or another port, of one site still count.
        String host = url.getHost();
        Optional<URI> self = normalizer.normalize(url);
        Set<URI> links = new LinkedHashSet<>();
        for (Element anchor : document.select("a[href]")) {
            Optional<URI> link = normalizer.normalize(anchor.absUrl("href"));
            if (link.isEmpty()
                    || link.equals(self)
                    || !host.equalsIgnoreCase(link.get().getHost())) continue;
            links.add(link.get());
            if (links.size() == maxLinks) break;
        }
        List<Discovered> found = new ArrayList<>();
        links.forEach(link -> found.add(new Discovered(link, Hints.NONE)));
        return new Listing.Found(found, List.of());
    }
}
