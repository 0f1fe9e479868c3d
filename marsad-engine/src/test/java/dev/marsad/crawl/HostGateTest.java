package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HostGateTest {

    private static final String KEY = "akhbar.com";

    /** How long the gate would make the next request to {@link #KEY} wait, read without waiting. */
    private static Duration pauseOf(HostGate gate) throws InterruptedException {
        Instant now = Instant.now();
        HostGate.Turn turn = gate.acquire(KEY, now);
        if (turn instanceof HostGate.Turn.Deferred deferred) return Duration.between(now, deferred.until());
        gate.release(KEY, Duration.ZERO, HostGate.Pause.NONE);
        return Duration.ZERO;
    }

    private static void answer(HostGate gate, HostGate.Pause pause) throws InterruptedException {
        assertThat(gate.acquire(KEY, Instant.MAX)).isInstanceOf(HostGate.Turn.Granted.class);
        gate.release(KEY, Duration.ZERO, pause);
    }

    @Test
    void backOffDoublesWithEachFailureInARowWithJitterAndACap() throws InterruptedException {
        var gate = new HostGate(Duration.ofHours(1), Duration.ofSeconds(64));
        for (int failures = 1; failures <= 9; failures++) {
            // the gate is not waited on here: each failure is reported as if the pause had passed
            var fresh = new HostGate(Duration.ofHours(1), Duration.ofSeconds(64));
            for (int i = 0; i < failures; i++) {
                fresh.acquire(KEY, Instant.now().plusSeconds(3600));
                fresh.release(KEY, Duration.ZERO, new HostGate.Pause.Failure("timeout"));
                if (i < failures - 1) resetPause(fresh);
            }
            long full = Math.min(64_000, 1000L << (failures - 1));
            assertThat(pauseOf(fresh).toMillis())
                    .as("after %d failures", failures)
                    .isBetween(full / 2 - 50, full + 50);
        }
        answer(gate, HostGate.Pause.NONE);
        assertThat(pauseOf(gate)).isLessThan(Duration.ofMillis(50));
    }

    @Test
    void jitterSpreadsHostsThatFailedTogether() throws InterruptedException {
        var pauses = new java.util.HashSet<Long>();
        for (int host = 0; host < 20; host++) {
            var gate = new HostGate(Duration.ofHours(1), Duration.ofMinutes(10));
            for (int i = 0; i < 5; i++) {
                gate.acquire(KEY, Instant.now().plusSeconds(3600));
                gate.release(KEY, Duration.ZERO, new HostGate.Pause.Failure("HTTP 503"));
                if (i < 4) resetPause(gate);
            }
            pauses.add(pauseOf(gate).toMillis() / 100);
        }
        assertThat(pauses).as("distinct pauses (in 100 ms steps) of 20 hosts").hasSizeGreaterThan(5);
    }

    @Test
    void retryAfterIsHonouredUpToTheCap() throws InterruptedException {
        var gate = new HostGate(Duration.ofSeconds(90), Duration.ofMinutes(10));
        answer(gate, new HostGate.Pause.Asked(Duration.ofSeconds(30), "Retry-After 30 s with HTTP 429"));
        assertThat(pauseOf(gate)).isBetween(Duration.ofSeconds(29), Duration.ofMillis(30_050));
        var capped = new HostGate(Duration.ofSeconds(90), Duration.ofMinutes(10));
        answer(capped, new HostGate.Pause.Asked(Duration.ofHours(5), "Retry-After 18000 s with HTTP 503"));
        assertThat(pauseOf(capped)).isBetween(Duration.ofSeconds(89), Duration.ofMillis(90_050));
    }

    @Test
    void aDeferredTurnSaysWhyAndHoldsNothing() throws InterruptedException {
        var gate = new HostGate(Duration.ofHours(1), Duration.ofMinutes(10));
        answer(gate, new HostGate.Pause.Asked(Duration.ofSeconds(20), "Retry-After 20 s with HTTP 429"));
        HostGate.Turn turn = gate.acquire(KEY, Instant.now().plusSeconds(1));
        assertThat(turn)
                .isInstanceOfSatisfying(
                        HostGate.Turn.Deferred.class,
                        d -> assertThat(d.why()).contains("Retry-After 20 s with HTTP 429"));
        assertThat(gate.acquire("other.com", Instant.now())).isInstanceOf(HostGate.Turn.Granted.class);
    }

    /** Lets the next request go at once while keeping the failure count (a test shortcut for "the pause passed"). */
    private static void resetPause(HostGate gate) {
        gate.expire(KEY);
    }
}
