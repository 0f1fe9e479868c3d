package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-12-06T07:00:00Z");

    @Test
    void readsSeconds() {
        assertThat(RetryAfter.parse(" 120 ", NOW)).hasValue(Duration.ofSeconds(120));
    }

    @Test
    void readsAnHttpDate() {
        assertThat(RetryAfter.parse("Sun, 06 Dec 2026 07:01:30 GMT", NOW)).hasValue(Duration.ofSeconds(90));
    }

    @Test
    void aDateInThePastMeansNow() {
        assertThat(RetryAfter.parse("Sun, 06 Dec 2026 06:00:00 GMT", NOW)).hasValue(Duration.ZERO);
    }

    @Test
    void ignoresWhatIsNeither() {
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("99999999999999", NOW)).isEmpty();
    }
}
