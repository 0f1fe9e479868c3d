package dev.marsad.crawl;

import java.net.URI;
import java.util.Objects;

/** Progress of a crawl run, for a console or a log. */
public sealed interface CrawlEvent {

    /**
     * A listing (feed, sitemap, start page) of a source was read.
     *
     * @param kind "feed", "sitemap" or "start-page"
     * @param outcome "found N new of M", "unchanged" or the failure
     */
    record ListingRead(String sourceId, URI url, String kind, String outcome) implements CrawlEvent {
        public ListingRead {
            Objects.requireNonNull(sourceId, "sourceId");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * A frontier URL reached its final state in this run.
     *
     * @param done how many frontier URLs this run has finished so far
     * @param due how many were due when the fetch phase started (capped by the page budget)
     */
    record UrlFinished(String sourceId, URI url, UrlState state, String reason, int done, int due)
            implements CrawlEvent {
        public UrlFinished {
            Objects.requireNonNull(sourceId, "sourceId");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The run is over. */
    record RunFinished(CrawlSummary summary) implements CrawlEvent {
        public RunFinished {
            Objects.requireNonNull(summary, "summary");
        }
    }
}
