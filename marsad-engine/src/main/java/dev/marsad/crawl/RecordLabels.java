package dev.marsad.crawl;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.MessageHeaders;

/**
 * What the crawl knew about a response when it archived it, written as extra named fields of the
 * WARC response record (WARC 1.1 §5 allows fields beyond the standard ones): what the document was
 * for, the source that listed it, and the listing's title and date. Values that may hold non-ASCII
 * text are percent-encoded UTF-8, so every WARC reader can parse the header.
 *
 * @param kind what the request was for (a page, a feed …)
 * @param sourceId the source the URL was requested for
 * @param sourceName the source's display name, if known
 * @param hints the listing's title and date of a page
 */
record RecordLabels(DocumentKind kind, String sourceId, Optional<String> sourceName, Hints hints) {

    static final String KIND = "Marsad-Kind";
    static final String SOURCE_ID = "Marsad-Source-Id";
    static final String SOURCE_NAME = "Marsad-Source-Name";
    static final String HINT_TITLE = "Marsad-Hint-Title";
    static final String HINT_PUBLISHED = "Marsad-Hint-Published";

    /** The labels of a listing or robots.txt request. */
    static RecordLabels of(DocumentKind kind, String sourceId) {
        return new RecordLabels(kind, sourceId, Optional.empty(), Hints.NONE);
    }

    /** The fields to add to the response record, in a stable order. */
    Map<String, String> fields() {
        var fields = new LinkedHashMap<String, String>();
        fields.put(KIND, kind.label());
        fields.put(SOURCE_ID, encode(sourceId));
        sourceName.ifPresent(n -> fields.put(SOURCE_NAME, encode(n)));
        hints.title().ifPresent(t -> fields.put(HINT_TITLE, encode(t)));
        hints.publishedLabel().ifPresent(p -> fields.put(HINT_PUBLISHED, p));
        return fields;
    }

    /**
     * The labels of a record written by Marsad, or empty for a record from another crawler (no
     * {@value #KIND} field) or with an unknown kind.
     */
    static Optional<RecordLabels> read(MessageHeaders headers) {
        Optional<DocumentKind> kind = headers.first(KIND).flatMap(DocumentKind::ofLabel);
        if (kind.isEmpty()) return Optional.empty();
        String sourceId = headers.first(SOURCE_ID).map(RecordLabels::decode).orElse(Capture.NO_SOURCE);
        Optional<String> name = headers.first(SOURCE_NAME).map(RecordLabels::decode);
        Optional<String> title = headers.first(HINT_TITLE).map(RecordLabels::decode);
        Hints hints = Hints.ofLabel(title, headers.first(HINT_PUBLISHED));
        return Optional.of(new RecordLabels(kind.get(), sourceId, name, hints));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return value;
        }
    }
}
