package dev.marsad.crawl;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded polling waits for tests of things that run on their own threads (no timed assertions). */
final class Waits {

    /** How long a condition may take before the test fails: generous, for a busy 2-core machine. */
    static final Duration PATIENCE = Duration.ofSeconds(20);

    private static final long POLL_MILLIS = 20;

    private Waits() {}

    /** Waits until {@code condition} holds; fails naming {@code what} after {@link #PATIENCE}. */
    static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("gave up waiting until " + what);
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting until " + what, e);
            }
        }
    }
}
