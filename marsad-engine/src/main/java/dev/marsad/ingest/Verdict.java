package dev.marsad.ingest;

import dev.marsad.link.LinkResult;
import java.net.URI;
import java.util.Objects;

/**
 * What the pipeline made of one capture: stored (with what linking decided), rejected by a stage for
 * a reason, or failed on a bug or an I/O error. A stored verdict is given only once the article is
 * durable in the index.
 */
public sealed interface Verdict {

    /** The page's URL, as captured. */
    URI url();

    /**
     * The article is stored and durable.
     *
     * @param sequence the position in which the store took it, increasing over the life of the index
     * @param link the article as stored and what linking decided
     */
    record Stored(URI url, long sequence, LinkResult link) implements Verdict {
        public Stored {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(link, "link");
        }
    }

    /** The page gives no article: {@code stage} found {@code reason}; {@code detail} says what was seen. */
    record Rejected(URI url, Stage stage, Reason reason, String detail) implements Verdict {
        public Rejected {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** A stage broke on this page (a bug, or the index could not be written); {@code detail} names the error. */
    record Failed(URI url, Stage stage, String detail) implements Verdict {
        public Failed {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** The stages of the pipeline, in order. */
    enum Stage {
        EXTRACT,
        ANALYZE,
        LINK,
        STORE;

        /** The lower-case name, as the crawl log records it. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Why a page gives no article. */
    enum Reason {
        /** The bytes are not an HTML document. */
        NOT_HTML,
        /** A section front, index, about page or other page that is not a dated news article. */
        NOT_AN_ARTICLE,
        /** A page that says it was not found while answering 200. */
        SOFT_404,
        /** A login form or a subscribers-only teaser. */
        PAYWALL,
        /** An article shell with no main text. */
        EMPTY_BODY,
        /** Larger or deeper than the extractor reads, or a body longer than is analysed. */
        TOO_LARGE,
        /** Extracting and analysing the page ran over its time or memory budget. */
        OVER_BUDGET,
        /** The HTTP status is not a success. */
        HTTP_ERROR;

        /** The lower-case name, as the crawl log records it. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
