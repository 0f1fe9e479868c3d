package dev.marsad.crawl;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a Retry-After header (RFC 9110 §10.2.3): a number of seconds ({@code "120"}) or an HTTP-date
 * ({@code "Wed, 21 Oct 2026 07:28:00 GMT"}).
 */
final class RetryAfter {

    private RetryAfter() {}

    /**
     * How long to wait from {@code now}: "120" → 120 s; a date → the time until it (zero when past).
     * Empty when the value is neither.
     */
    static Optional<Duration> parse(String value, Instant now) {
        String text = value.strip();
        if (!text.isEmpty() && text.length() <= 10 && text.chars().allMatch(c -> c >= '0' && c <= '9'))
            return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
