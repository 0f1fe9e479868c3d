package dev.marsad.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One fetched (or read from disk, or from a WARC record) HTTP response: what the extractor reads.
 *
 * <p>Header names are matched case-insensitively. The body is the raw bytes as received (after
 * content decoding such as gzip), never decoded text: charset detection belongs to the extractor.
 *
 * @param url the final URL of the response (after redirects)
 * @param status the HTTP status code, 200 for files read from disk
 * @param headers response headers, names in any case
 * @param body the raw body bytes
 * @param fetchedAt when the response was received
 */
public record Page(URI url, int status, Map<String, List<String>> headers, byte[] body, Instant fetchedAt) {

    public Page {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        var copy = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name != null) copy.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values);
        });
        copy.replaceAll((name, values) -> List.copyOf(values));
        headers = java.util.Collections.unmodifiableMap(copy);
    }

    /** A page read from a local file or test fixture: status 200 and the given content type. */
    public static Page of(URI url, byte[] body, String contentType) {
        return new Page(url, 200, Map.of("Content-Type", List.of(contentType)), body, Instant.EPOCH);
    }

    /** The first value of a header, if present. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /** The media type of the Content-Type header, lower case, without parameters ("text/html"). */
    public Optional<String> mediaType() {
        return header("Content-Type").map(v -> v.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    }

    /** The number of body bytes. */
    public int byteCount() {
        return body.length;
    }
}
