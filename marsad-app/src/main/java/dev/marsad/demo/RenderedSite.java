package dev.marsad.demo;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one demo site serves, rendered once: responses by request target, and the response
 * for any other target.
 *
 * @param responses responses keyed by raw path plus {@code ?query} when there is one
 * @param missing the site's answer for unknown targets: a real 404, or a soft 404 under a path
 *     prefix that a legacy script would answer
 * @param softMissingPrefix targets starting with this are answered by {@code softMissing}; empty
 *     when the site has no soft 404
 * @param softMissing the 200 page saying the page does not exist
 * @param articles the articles with the URL each is served under
 * @param redirects targets answered with 301 Moved Permanently, each with the path it moves to
 */
record RenderedSite(
        Map<String, StaticResource> responses,
        StaticResource missing,
        String softMissingPrefix,
        StaticResource softMissing,
        List<DemoArticle> articles,
        Map<String, String> redirects) {

    RenderedSite {
        responses = Map.copyOf(responses);
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(softMissingPrefix, "softMissingPrefix");
        Objects.requireNonNull(softMissing, "softMissing");
        articles = List.copyOf(articles);
        redirects = Map.copyOf(redirects);
        for (String target : redirects.keySet()) {
            if (responses.containsKey(target))
                throw new IllegalArgumentException("demo target " + target + " is both a page and a redirect");
        }
    }

    /** The path a target moves to, if it is a redirect. */
    java.util.Optional<String> redirect(String target) {
        return java.util.Optional.ofNullable(redirects.get(target));
    }

    /** The response for a request target ({@code /article.php?id=7}). */
    StaticResource respond(String target) {
        StaticResource found = responses.get(target);
        if (found != null) return found;
        if (!softMissingPrefix.isEmpty() && target.startsWith(softMissingPrefix)) return softMissing;
        return missing;
    }
}
