package dev.marsad.web;

import dev.marsad.extract.WebLink;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The site's own URLs, built in one place so that pages, API links, feed and sitemap agree. */
final class SitePaths {

    private SitePaths() {}

    static String article(String id) {
        return "/article/" + segment(id);
    }

    static String story(String id) {
        return "/story/" + segment(id);
    }

    static String entity(String id) {
        return "/entity/" + segment(id);
    }

    static String storyline(String id) {
        return "/storyline/" + segment(id);
    }

    static String tag(String key) {
        return "/tag/" + segment(key);
    }

    static String publisher(String name) {
        return "/publisher/" + segment(name);
    }

    static String section(String sectionName) {
        return "/section/" + segment(sectionName.toLowerCase(Locale.ROOT));
    }

    /** "/search?q=…&tag=…" with the non-empty parameters, in the order given. */
    static String search(Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "/search" : "/search?" + query;
    }

    /** A search for one parameter only ("entity" → "loc:baku"). */
    static String search(String name, String value) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(name, value);
        return search(parameters);
    }

    /**
     * A third-party link that is safe to put in an href: only absolute http and https URLs pass,
     * so "javascript:" and "data:" links from a crawled page never reach a reader.
     */
    static Optional<String> external(URI uri) {
        return webUri(uri).map(URI::toASCIIString);
    }

    /**
     * {@code uri} when it is an absolute http or https URL with a host; the API gives no other
     * ({@code javascript:}, {@code data:}, {@code vbscript:}, {@code file:}) even for an article
     * stored before extraction dropped them.
     */
    static Optional<URI> webUri(URI uri) {
        return WebLink.of(uri);
    }

    /** One path segment, percent-encoded (Arabic tag keys, ids with odd characters). */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
