package dev.marsad.cli;

import dev.marsad.crawl.Source;
import dev.marsad.extract.Article;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Names of the sites Marsad crawls, from the sources file: a page that states no site name
 * (no og:site_name, no JSON-LD publisher) gets its source's name instead of a bare host name, so
 * stories count publishers, not hosts.
 */
final class SiteNames {

    /** No sources known: articles keep what the page says. */
    static final SiteNames NONE = new SiteNames(Map.of());

    private final Map<String, String> byAuthority;

    private SiteNames(Map<String, String> byAuthority) {
        this.byAuthority = Map.copyOf(byAuthority);
    }

    /** The names of the sources' hosts (host and port), from their feeds, sitemaps and start pages. */
    static SiteNames of(List<Source> sources) {
        var names = new HashMap<String, String>();
        for (Source source : sources)
            Stream.of(source.feeds(), source.sitemaps(), source.startPages())
                    .flatMap(List::stream)
                    .map(SiteNames::authority)
                    .forEach(a -> names.putIfAbsent(a, source.name()));
        return new SiteNames(names);
    }

    /** The article, named after its source when it only carries its host as site name. */
    Article name(Article article) {
        String host = article.url().getHost();
        boolean unnamed =
                article.siteName().isEmpty() || article.siteName().get().equalsIgnoreCase(host);
        String name = byAuthority.get(authority(article.url()));
        return unnamed && name != null ? article.withSiteName(name) : article;
    }

    private static String authority(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        return url.getPort() == -1 ? host : host + ":" + url.getPort();
    }
}
