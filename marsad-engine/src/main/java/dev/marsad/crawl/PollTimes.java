package dev.marsad.crawl;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a source's listings were last polled and when the next one is due, for {@code marsad sources
 * list} and the like.
 *
 * @param lastPoll the latest poll of any of its listings; empty when none has been polled
 * @param nextDue the earliest next poll of its listings (possibly past: overdue); empty when one of
 *     them has never been polled, which makes it due at once
 */
public record PollTimes(Optional<Instant> lastPoll, Optional<Instant> nextDue) {

    public PollTimes {
        Objects.requireNonNull(lastPoll, "lastPoll");
        Objects.requireNonNull(nextDue, "nextDue");
    }
}
