package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 (bench load --solr): the reader version is asked of the cluster at most once a second,
 * at once after this process's own commit, and a reader does not wait for another's check unless it
 * must see this process's writes. A clock and a cluster of the test's own: no sleeps, no cluster.
 */
class ReaderVersionTest {

    private final AtomicLong clock = new AtomicLong(5_000_000_000L);
    private final AtomicLong cluster = new AtomicLong(7);
    private final AtomicInteger asked = new AtomicInteger();
    private final AtomicLong visibleWrites = new AtomicLong();

    private final ReaderVersion version = new ReaderVersion(
            () -> {
                asked.incrementAndGet();
                return cluster.get();
            },
            visibleWrites::get,
            clock::get);

    private void pass(Duration time) {
        clock.addAndGet(time.toNanos());
    }

    @Test
    void asksTheClusterAtMostOnceAPeriod() {
        assertThat(version.get()).isEqualTo(7);
        cluster.set(8); // another process committed
        pass(ReaderVersion.CHECK_EVERY.dividedBy(2));
        assertThat(version.get())
                .as("younger than CHECK_EVERY: not asked again")
                .isEqualTo(7);
        assertThat(asked.get()).isEqualTo(1);
        pass(ReaderVersion.CHECK_EVERY.dividedBy(2));
        assertThat(version.get())
                .as("another process's commit seen after CHECK_EVERY")
                .isEqualTo(8);
        assertThat(asked.get()).isEqualTo(2);
    }

    @Test
    void asksAtOnceAfterThisProcessMadeWritesVisible() {
        assertThat(version.get()).isEqualTo(7);
        cluster.set(9);
        visibleWrites.set(3); // this process committed
        assertThat(version.get()).as("its own commit is seen at once").isEqualTo(9);
        assertThat(asked.get()).isEqualTo(2);
        assertThat(version.get()).isEqualTo(9);
        assertThat(asked.get()).isEqualTo(2);
    }

    @Test
    void aReaderTakesTheVersionBeforeWhileAnotherAsksUnlessItMustSeeThisProcessesWrites() throws Exception {
        var entered = new CountDownLatch(1);
        var answer = new CountDownLatch(1);
        var slow = new ReaderVersion(
                () -> {
                    asked.incrementAndGet();
                    if (asked.get() > 1) {
                        entered.countDown();
                        await(answer);
                    }
                    return cluster.get();
                },
                visibleWrites::get,
                clock::get);
        assertThat(slow.get()).isEqualTo(7);
        cluster.set(8);
        pass(ReaderVersion.CHECK_EVERY);
        CompletableFuture<Long> asking = CompletableFuture.supplyAsync(slow::get);
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(slow.get())
                .as("while another thread asks, the version before")
                .isEqualTo(7);
        visibleWrites.set(1); // a commit of this process: the next reader must wait for a check after it
        CompletableFuture<Long> mustSee = CompletableFuture.supplyAsync(slow::get);
        assertThat(mustSee).as("waits for the check under way").isNotDone();
        answer.countDown();
        assertThat(asking.get(10, TimeUnit.SECONDS)).isEqualTo(8);
        assertThat(mustSee.get(10, TimeUnit.SECONDS)).isEqualTo(8);
        assertThat(asked.get()).as("asked again after the commit").isEqualTo(3);
    }

    @Test
    void aCheckThatFailsChangesNothingAndTheNextReaderAsksAgain() {
        var failing = new java.util.concurrent.atomic.AtomicBoolean();
        var flaky = new ReaderVersion(
                () -> {
                    asked.incrementAndGet();
                    if (failing.get()) throw new IllegalStateException("no Solr node answers");
                    return cluster.get();
                },
                visibleWrites::get,
                clock::get);
        assertThat(flaky.get()).isEqualTo(7);
        failing.set(true);
        pass(ReaderVersion.CHECK_EVERY);
        org.assertj.core.api.Assertions.assertThatThrownBy(flaky::get).hasMessageContaining("no Solr node");
        failing.set(false);
        cluster.set(9);
        assertThat(flaky.get()).as("asked again, the lock free").isEqualTo(9);
        assertThat(asked.get()).isEqualTo(3);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
