package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 13 (review 5, T1 and T2): a page never waits in a queue, past its deadline, or for a closed index. */
@Timeout(60)
class BesideThePageTest {

    private static final String NAME = "beside-test-";

    private final BesideThePage beside = new BesideThePage(1, NAME, Duration.ofSeconds(5));
    /** Holds the one thread busy until counted down. */
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void closeIt() {
        release.countDown();
        beside.close();
    }

    @Test
    void aStepRunsOnAFreeThread() throws Exception {
        Future<String> step = beside.start(() -> Thread.currentThread().getName());
        assertThat(BesideThePage.await(
                        step, deadlineIn(Duration.ofSeconds(30)), "the step", IllegalStateException::new))
                .startsWith(NAME);
    }

    @Test
    void aStepRunsOnThePagesOwnThreadWhenNoThreadIsFreeRatherThanWaitInAQueue() {
        Future<Boolean> busy = beside.start(this::waitForRelease);
        awaitRunning();
        String page = Thread.currentThread().getName();
        Future<String> step = beside.start(() -> Thread.currentThread().getName());
        assertThat(step).as("run before start returns").isDone();
        assertThat(BesideThePage.await(step, System.nanoTime(), "the step", IllegalStateException::new))
                .isEqualTo(page);
        assertThat(busy).isNotDone();
    }

    @Test
    void thePageStopsWaitingAtItsDeadlineAndTheStepIsCancelled() {
        var interrupted = new CountDownLatch(1);
        Future<Boolean> slow = beside.start(() -> {
            try {
                return waitForRelease();
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        });
        long start = System.nanoTime();
        assertThatThrownBy(() -> BesideThePage.await(
                        slow,
                        deadlineIn(Duration.ofMillis(200)),
                        "the slow step",
                        () -> new IllegalStateException("late")))
                .hasMessage("late");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waited").isLessThan(Duration.ofSeconds(10));
        assertThat(slow).isCancelled();
        assertThat(awaitQuietly(interrupted))
                .as("the slow step was interrupted")
                .isTrue();
    }

    @Test
    void aStepsFailureIsThrownAsItWas() {
        Future<String> failing = beside.start(() -> {
            throw new IllegalArgumentException("bad text");
        });
        assertThatThrownBy(() -> BesideThePage.await(
                        failing, deadlineIn(Duration.ofSeconds(30)), "the step", IllegalStateException::new))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad text");
    }

    @Test
    void afterCloseAStepIsRefusedWithAClearError() {
        beside.close();
        assertThatThrownBy(() -> beside.start(() -> "never"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void closeWaitsForTheStepsUnderWay() {
        var finished = new AtomicBoolean();
        beside.start(() -> {
            Thread.sleep(300);
            finished.set(true);
            return true;
        });
        beside.close();
        assertThat(finished).as("the step ended before close returned").isTrue();
    }

    @Test
    void closeInterruptsAStepThatOutlastsItsWaitAndReturns() {
        var closing = new BesideThePage(1, NAME, Duration.ofMillis(200));
        Future<Boolean> stuck = closing.start(this::waitForRelease);
        long start = System.nanoTime();
        closing.close();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThatThrownBy(() -> BesideThePage.await(
                        stuck, deadlineIn(Duration.ofSeconds(30)), "the stuck step", IllegalStateException::new))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the stuck step failed")
                .hasCauseInstanceOf(InterruptedException.class);
    }

    private final CountDownLatch running = new CountDownLatch(1);

    private boolean waitForRelease() throws InterruptedException {
        running.countDown();
        return release.await(60, TimeUnit.SECONDS);
    }

    private void awaitRunning() {
        assertThat(awaitQuietly(running)).as("the busy step started").isTrue();
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long deadlineIn(Duration duration) {
        return System.nanoTime() + duration.toNanos();
    }
}
