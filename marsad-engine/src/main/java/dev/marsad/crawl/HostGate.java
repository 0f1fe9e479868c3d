package dev.marsad.crawl;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness: at most one request at a time per host, and a pause of at least the host's delay
 * between the end of one request and the start of the next. Different hosts proceed in parallel.
 *
 * <pre>{@code
 * gate.acquire(host);
 * try { fetch(...); } finally { gate.release(host, delay); }
 * }</pre>
 */
final class HostGate {

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        long nextAllowedNanos = System.nanoTime();
    }

    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

    /** Waits until this thread may send a request to {@code host}; blocks other threads until {@link #release}. */
    void acquire(String host) throws InterruptedException {
        Slot slot = slots.computeIfAbsent(host, h -> new Slot());
        slot.lock.lockInterruptibly();
        long wait = slot.nextAllowedNanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                slot.lock.unlock();
                throw e;
            }
        }
    }

    /** Ends this thread's request to {@code host}; the next one may start after {@code delay}. */
    void release(String host, Duration delay) {
        Slot slot = slots.get(host);
        slot.nextAllowedNanos = System.nanoTime() + delay.toNanos();
        slot.lock.unlock();
    }
}
