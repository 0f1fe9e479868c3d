package dev.marsad.extract;

import java.time.Instant;
import java.util.Objects;

/**
 * A date value read off a page with how precise it was.
 *
 * @param instant the instant (midnight UTC of the date when {@code precision} is {@link
 *     TimePrecision#DAY})
 * @param precision whether the page gave a time of day
 */
record Dated(Instant instant, TimePrecision precision) {
    Dated {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(precision, "precision");
    }
}
