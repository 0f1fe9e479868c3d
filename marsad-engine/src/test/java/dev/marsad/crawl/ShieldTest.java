package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ShieldTest {

    private final Shield shield = new Shield();

    @Test
    void anInterruptInsideAStretchIsDeliveredWhenItEnds() throws InterruptedException {
        var inside = new CountDownLatch(1);
        var interruptSent = new CountDownLatch(1);
        AtomicBoolean interruptedInside = new AtomicBoolean();
        AtomicBoolean interruptedAfter = new AtomicBoolean();
        Thread worker = Thread.ofVirtual().name("test-shielded").start(() -> {
            try {
                shield.run(() -> {
                    inside.countDown();
                    interruptSent.await(); // would throw if the interrupt got through
                    interruptedInside.set(Thread.currentThread().isInterrupted());
                    return null;
                });
            } catch (InterruptedException e) {
                interruptedInside.set(true);
            }
            interruptedAfter.set(Thread.currentThread().isInterrupted());
        });
        inside.await();
        shield.interrupt(worker);
        interruptSent.countDown();
        worker.join();

        assertThat(interruptedInside).isFalse();
        assertThat(interruptedAfter).isTrue();
    }

    @Test
    void anInterruptOutsideAStretchIsDeliveredAtOnce() throws InterruptedException {
        var release = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread worker = Thread.ofVirtual().name("test-unshielded").start(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        shield.interrupt(worker);
        worker.join();
        assertThat(interrupted).isTrue();
    }

    @Test
    void anInterruptThatCameBeforeTheStretchWaitsUntilItEnds() {
        Thread.currentThread().interrupt();
        boolean inside = shield.run(() -> Thread.currentThread().isInterrupted());
        assertThat(inside).isFalse();
        assertThat(Thread.interrupted()).as("restored after the stretch").isTrue();
    }
}
