package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The workers' link turn on a real SolrCloud (one node in a child JVM): two writers with their own
 * connections never hold it at once, and a holder that stops renewing loses it after the lease.
 */
class SolrLinkLockTest extends OneNodeSolrCloud {

    @Test
    void givesTheTurnToOneWriterAtATime() throws Exception {
        var inTurn = new AtomicBoolean();
        var overlaps = new AtomicInteger();
        var turns = new AtomicInteger();
        try (var first = SolrNodes.of(address);
                var second = SolrNodes.of(address);
                ExecutorService writers = Executors.newFixedThreadPool(
                        2, Thread.ofPlatform().name("writer-", 1).factory())) {
            var done = new ArrayList<Future<?>>();
            for (SolrNodes nodes : List.of(first, second)) {
                var lock = new SolrLinkLock(nodes);
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 12; i++) {
                        try (LinkLock.Turn turn = lock.acquire()) {
                            if (!inTurn.compareAndSet(false, true)) overlaps.incrementAndGet();
                            Thread.sleep(5);
                            assertThat(turn.isHeld()).isTrue();
                            inTurn.set(false);
                            turns.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        }
        assertThat(turns.get()).isEqualTo(24);
        assertThat(overlaps.get()).as("turns held by both writers at once").isZero();
    }

    @Test
    void takesOverATurnWhoseHolderStoppedRenewing() throws Exception {
        Duration lease = Duration.ofSeconds(1);
        try (var first = SolrNodes.of(address);
                var second = SolrNodes.of(address)) {
            LinkLock.Turn stalled = new SolrLinkLock(first, lease).acquire();
            long start = System.nanoTime();
            try (LinkLock.Turn taken = new SolrLinkLock(second, lease).acquire()) {
                assertThat(Duration.ofNanos(System.nanoTime() - start))
                        .as("waited for the lease to run out")
                        .isGreaterThanOrEqualTo(lease);
                assertThat(taken.isHeld()).isTrue();
                assertThat(stalled.isHeld())
                        .as("the stalled holder learns it lost the turn")
                        .isFalse();
            }
            stalled.close();
        }
    }
}
