package dev.marsad.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The schedule of one listing as stored in the crawl database.
 *
 * @param nextDue when it is to be polled next
 * @param interval the current interval between two polls (see {@link PollPolicy})
 * @param lastPoll when it was last polled
 * @param lastChange when a poll last found new URLs in it
 * @param lastResult how the last poll ended
 */
record ListingTimes(
        Instant nextDue, Duration interval, Instant lastPoll, Optional<Instant> lastChange, PollResult lastResult) {

    ListingTimes {
        Objects.requireNonNull(nextDue, "nextDue");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(lastPoll, "lastPoll");
        Objects.requireNonNull(lastChange, "lastChange");
        Objects.requireNonNull(lastResult, "lastResult");
    }
}
