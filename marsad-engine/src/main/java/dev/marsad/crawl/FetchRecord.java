package dev.marsad.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the fetch log: a request (or a decision not to make one) and how it ended.
 *
 * @param stage the step that ended the request: one of {@link Stage}'s labels, or the pipeline stage
 *     that rejected a page ("extract")
 * @param httpStatus the HTTP status, 0 when no response arrived
 * @param warc where the response was stored, when one arrived
 */
record FetchRecord(
        URI url,
        String sourceId,
        DocumentKind kind,
        Instant at,
        UrlState state,
        String stage,
        String reason,
        int httpStatus,
        Optional<WarcLocation> warc) {

    /** A line whose stage is one of the crawl's own. */
    FetchRecord(
            URI url,
            String sourceId,
            DocumentKind kind,
            Instant at,
            UrlState state,
            Stage stage,
            String reason,
            int httpStatus,
            Optional<WarcLocation> warc) {
        this(url, sourceId, kind, at, state, stage.label(), reason, httpStatus, warc);
    }

    FetchRecord {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(warc, "warc");
        if (state == UrlState.PENDING)
            throw new IllegalArgumentException("fetch log of " + url + ": PENDING is not an outcome");
    }
}
