package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Issue 10: per-client rate limits, on a clock the test moves. */
class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(2, 3, now::get);

    @Test
    void letsABurstThroughThenAsksToWait() {
        for (int i = 0; i < 3; i++)
            assertThat(limiter.admit("a")).as("request " + i).isEmpty();
        assertThat(limiter.admit("a")).contains(Duration.ofMillis(500));
    }

    @Test
    void refillsAtTheRate() {
        for (int i = 0; i < 3; i++) limiter.admit("a");
        now.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(limiter.admit("a")).isEmpty();
        assertThat(limiter.admit("a")).isPresent();
    }

    @Test
    void countsEachClientApart() {
        for (int i = 0; i < 3; i++) limiter.admit("a");
        assertThat(limiter.admit("a")).isPresent();
        assertThat(limiter.admit("b")).isEmpty();
    }

    @Test
    void forgetsIdleClientsWhenTheTableIsFull() {
        for (int i = 0; i <= RateLimiter.MAX_CLIENTS + 1; i++) limiter.admit("client-" + i);
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        limiter.admit("late");
        for (int i = 0; i < 3; i++) assertThat(limiter.admit("client-0")).isEmpty();
    }

    @Test
    void chargesAnExpensiveRequestMoreTokens() {
        assertThat(limiter.admit("a", 3)).isEmpty();
        assertThat(limiter.admit("a", 1)).as("the burst of 3 is spent").contains(Duration.ofMillis(500));
        assertThat(limiter.admit("b", 100))
                .as("a cost over the burst costs the burst")
                .isEmpty();
    }

    @Test
    void roundsRetryAfterUpToWholeSeconds() {
        assertThat(RetryAfter.seconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(RetryAfter.seconds(Duration.ofMillis(1500))).isEqualTo(2);
        assertThat(RetryAfter.seconds(Duration.ZERO)).isEqualTo(1);
    }

    @Test
    void ignoresForwardedForFromAnUntrustedAddress() {
        var clients = new ClientAddress(Set.of("127.0.0.1"));
        assertThat(clients.of("198.51.100.7", List.of("203.0.113.9"))).isEqualTo("198.51.100.7");
    }

    @Test
    void takesTheLastUntrustedHopBehindTrustedProxies() {
        var clients = new ClientAddress(Set.of("127.0.0.1", "10.0.0.2"));
        assertThat(clients.of("127.0.0.1", List.of("1.2.3.4, 203.0.113.9, 10.0.0.2")))
                .as("1.2.3.4 was written by the client")
                .isEqualTo("203.0.113.9");
        assertThat(clients.of("127.0.0.1", List.of("1.2.3.4", "[2001:db8::1]:443")))
                .isEqualTo("2001:db8::1");
        assertThat(clients.of("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void stopsAtAMalformedHop() {
        var clients = new ClientAddress(Set.of("127.0.0.1"));
        assertThat(clients.of("127.0.0.1", List.of("203.0.113.9, <script>"))).isEqualTo("127.0.0.1");
    }
}
