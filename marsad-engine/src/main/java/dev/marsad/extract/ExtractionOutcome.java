package dev.marsad.extract;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/** What the extractor made of one page: an article, or the reason there is none. */
public sealed interface ExtractionOutcome {

    URI url();

    /** The page is an article; warnings list what was odd about it (a date that did not parse, …). */
    record Extracted(Article article, List<String> warnings) implements ExtractionOutcome {
        public Extracted {
            Objects.requireNonNull(article, "article");
            warnings = List.copyOf(warnings);
        }

        @Override
        public URI url() {
            return article.url();
        }
    }

    /** The page is not an article, or could not be read; {@code detail} says what was found. */
    record Rejected(URI url, RejectReason reason, String detail) implements ExtractionOutcome {
        public Rejected {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Why a page gave no article. */
    enum RejectReason {
        /** The bytes are not an HTML document (binary, JSON, an image, …). */
        NOT_HTML,
        /** A section, index, tag or search page: many teasers, no article. */
        NOT_AN_ARTICLE,
        /** A page that says it was not found while answering 200. */
        SOFT_404,
        /** A login form or a subscribers-only teaser ("هذا المحتوى متاح للمشتركين"). */
        PAYWALL,
        /** An article shell with no main text. */
        EMPTY_BODY,
        /** The page is larger or deeper than the extractor reads, or its body longer than is analysed. */
        TOO_LARGE,
        /** Reading the page ran over its time or memory budget ({@link WorkBudget}). */
        OVER_BUDGET,
        /** The HTTP status is not a success (4xx, 5xx). */
        HTTP_ERROR,
        /** A bug: the extractor failed on this page; the detail names the exception. */
        EXTRACTOR_FAILURE
    }
}
