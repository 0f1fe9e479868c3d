package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollPolicyTest {

    private final PollPolicy policy = CrawlConfig.DEFAULT_POLL_POLICY;

    @Test
    void newUrlsHalveTheIntervalDownToTheMinimum() {
        assertThat(policy.next(Duration.ofMinutes(5), PollResult.NEW_URLS)).isEqualTo(Duration.ofSeconds(150));
        assertThat(policy.next(Duration.ofSeconds(90), PollResult.NEW_URLS)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void nothingNewMakesTheIntervalLongerUpToTheMaximum() {
        assertThat(policy.next(Duration.ofMinutes(10), PollResult.NOTHING_NEW)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.next(Duration.ofMinutes(50), PollResult.NOTHING_NEW)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aFailedPollSlowsDownLikeAnUnchangedOne() {
        assertThat(policy.next(Duration.ofMinutes(10), PollResult.FAILED)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void defaultsAreOneMinuteToOneHourStartingAtFive() {
        assertThat(policy.min()).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.max()).isEqualTo(Duration.ofHours(1));
        assertThat(policy.initial()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void badSettingsAreRefusedByName() {
        assertThatThrownBy(() -> new PollPolicy(
                        Duration.ofHours(2),
                        Duration.ofMinutes(1),
                        Duration.ofHours(1),
                        1.5,
                        0.5,
                        Duration.ofSeconds(5)))
                .hasMessageContaining("initial");
        assertThatThrownBy(() -> new PollPolicy(
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(1),
                        Duration.ofHours(1),
                        0.5,
                        0.5,
                        Duration.ofSeconds(5)))
                .hasMessageContaining("slowdown");
        assertThatThrownBy(() -> new PollPolicy(
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(1),
                        Duration.ofHours(1),
                        1.5,
                        2,
                        Duration.ofSeconds(5)))
                .hasMessageContaining("speedup");
        assertThatThrownBy(() -> new PollPolicy(
                        Duration.ofMinutes(5), Duration.ZERO, Duration.ofHours(1), 1.5, 0.5, Duration.ofSeconds(5)))
                .hasMessageContaining("min");
    }
}
