package dev.marsad.crawl;

import java.util.Objects;
import java.util.Optional;

/**
 * A fetched page with everything the crawl knew about it: the response, the source that listed it,
 * what the listing said (title, date) and where the response is archived. This is what the ingest
 * pipeline reads; a rebuild from WARC files yields the same captures, since every page record
 * carries the same fields.
 *
 * @param page the HTTP response (status 2xx, raw body)
 * @param sourceId the id of the source that listed the page ({@link CrawlRun#DIRECT_SOURCE_ID} for
 *     URLs given directly, {@link #NO_SOURCE} for files)
 * @param sourceName the source's display name, when it has one
 * @param hints the listing's title and date for the page
 * @param warc where the response is archived; absent for pages read from plain files
 */
public record Capture(
        Page page, String sourceId, Optional<String> sourceName, Hints hints, Optional<WarcLocation> warc) {

    /** The source id of pages that no crawl source listed (local files). */
    public static final String NO_SOURCE = "file";

    public Capture {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(hints, "hints");
        Objects.requireNonNull(warc, "warc");
        sourceName = sourceName.map(String::strip).filter(n -> !n.isEmpty());
    }

    /** A page that no source listed and no archive holds (a local file, a test fixture). */
    public static Capture of(Page page) {
        return new Capture(page, NO_SOURCE, Optional.empty(), Hints.NONE, Optional.empty());
    }
}
