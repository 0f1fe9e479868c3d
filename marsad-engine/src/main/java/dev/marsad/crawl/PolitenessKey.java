package dev.marsad.crawl;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What one politeness limit covers: the registrable domain of a URL's host (public suffix list, via
 * crawler-commons {@link EffectiveTldFinder}), so that {@code www.akhbar.com}, {@code
 * sport.akhbar.com} and {@code akhbar.com} share one limit; an IP address or a name without a public
 * suffix stands for itself. A port other than 80 and 443 is part of the key, because different ports of
 * one address are usually different servers (the demo's sites are 127.0.0.1:8181–8184).
 */
final class PolitenessKey {

    private static final Pattern IPV4 = Pattern.compile("[0-9.]+");

    private PolitenessKey() {}

    /** "https://www.akhbar.com/a" → "akhbar.com"; "http://127.0.0.1:8181/a" → "127.0.0.1:8181". */
    static String of(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        String domain = host;
        if (!host.startsWith("[") && !IPV4.matcher(host).matches()) {
            // strict: a name without a known public suffix has no registrable part; keep the whole name
            String assigned = EffectiveTldFinder.getAssignedDomain(host, true, false);
            if (assigned != null && !assigned.isEmpty()) domain = assigned;
        }
        int port = url.getPort();
        return port < 0 || port == 80 || port == 443 ? domain : domain + ":" + port;
    }
}
