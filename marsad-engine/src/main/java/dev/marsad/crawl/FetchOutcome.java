package dev.marsad.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What one HTTP request (one hop, no redirect following) came to. */
sealed interface FetchOutcome {

    /** The requested URL. */
    URI url();

    /** The exchange to store in the WARC file, when a response arrived. */
    Optional<CapturedResponse> response();

    /** An outcome whose response the crawl goes on with: a page, a 304 or a redirect. */
    sealed interface Answered extends FetchOutcome {

        /** The response as it arrived. */
        CapturedResponse captured();

        @Override
        default URI url() {
            return captured().url();
        }

        @Override
        default Optional<CapturedResponse> response() {
            return Optional.of(captured());
        }
    }

    /** A 2xx response with its (decoded) body. */
    record Fetched(CapturedResponse captured) implements Answered {
        public Fetched {
            Objects.requireNonNull(captured, "captured");
        }
    }

    /** A 304 answer to a conditional request: the copy from the previous fetch is still current. */
    record NotModified(CapturedResponse captured) implements Answered {
        public NotModified {
            Objects.requireNonNull(captured, "captured");
        }
    }

    /** A 3xx answer pointing at {@code location} (already resolved against the request URL). */
    record Redirected(CapturedResponse captured, URI location) implements Answered {
        public Redirected {
            Objects.requireNonNull(captured, "captured");
            Objects.requireNonNull(location, "location");
        }
    }

    /** No usable page; {@code captured} holds the response when one arrived (4xx, 5xx, too large). */
    record Failed(URI url, FailureKind kind, String detail, Instant at, Optional<CapturedResponse> captured)
            implements FetchOutcome {
        public Failed {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(captured, "captured");
        }

        Failed(URI url, FailureKind kind, String detail) {
            this(url, kind, detail, Instant.now(), Optional.empty());
        }

        @Override
        public Optional<CapturedResponse> response() {
            return captured;
        }
    }
}
