package dev.marsad.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP exchange as it goes into the WARC file: what was asked and what came back.
 *
 * <p>The body is the payload after content decoding (gzip, deflate); the original
 * Content-Encoding is kept in {@code contentEncoding} so the WARC record can say so.
 *
 * @param url the requested URL
 * @param requestHeaders the headers Marsad sent (Host excluded)
 * @param fetchedAt when the response headers arrived
 * @param status the HTTP status code
 * @param headers the response headers as received
 * @param body the decoded body bytes, possibly cut at the size limit
 * @param contentEncoding the Content-Encoding the body was decoded from, if any
 * @param truncated whether the body was cut at the size limit
 */
record CapturedResponse(
        URI url,
        Map<String, List<String>> requestHeaders,
        Instant fetchedAt,
        int status,
        Map<String, List<String>> headers,
        byte[] body,
        Optional<String> contentEncoding,
        boolean truncated) {

    CapturedResponse {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentEncoding, "contentEncoding");
        requestHeaders = copy(requestHeaders);
        headers = copy(headers);
    }

    /** The page the rest of Marsad reads. */
    Page toPage() {
        return new Page(url, status, headers, body, fetchedAt);
    }

    /** The first value of a response header, matched case-insensitively. */
    Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().getFirst())
                .findFirst();
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
        var copy = new LinkedHashMap<String, List<String>>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
