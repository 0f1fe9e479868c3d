package dev.marsad.crawl;

import java.time.Instant;
import java.util.Objects;

/** One poll of a listing: when it happened and how it ended. */
record ListingPoll(ListingUrl listing, PollResult result, Instant at) {

    ListingPoll {
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(at, "at");
    }
}
