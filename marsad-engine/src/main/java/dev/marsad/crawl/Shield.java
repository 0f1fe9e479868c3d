package dev.marsad.crawl;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Keeps an interrupt from cutting work that must not stop half-way: writing a WARC record, and the
 * page handler, which may be writing an index (a file channel that is interrupted closes for good,
 * and Lucene's index files are written through them). A stopping crawl interrupts its workers
 * through {@link #interrupt}: a worker outside a shielded stretch is interrupted at once (a request
 * still on the wire is abandoned, and its URL stays due); a worker inside one finishes it and is
 * interrupted as it leaves. An interrupt that arrived before a stretch starts is likewise held back
 * until it ends, so a response that has arrived is always archived and handled.
 *
 * <p>A stop may also be asked for without an interrupt ({@code stopRequested}, e.g. a continuous
 * crawl's {@code close()}): the interrupt reaches the workers a moment later, through the thread that
 * runs the pass, so a worker that finishes a page in that moment must not start the next one. Workers
 * ask {@link #stopping()} before each listing or page.
 *
 * <p>Not reentrant: a shielded stretch must not contain another one.
 */
final class Shield {

    /** Work that may throw a checked exception of type {@code E}. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private final Set<Thread> inside = new HashSet<>();
    private final Set<Thread> owed = new HashSet<>();
    private final BooleanSupplier stopRequested;

    /** A shield whose stops come by interrupt only. */
    Shield() {
        this(() -> false);
    }

    /** A shield that also stops when {@code stopRequested} says so. */
    Shield(BooleanSupplier stopRequested) {
        this.stopRequested = Objects.requireNonNull(stopRequested, "stopRequested");
    }

    /** Whether this thread must not start another listing or page: it is interrupted, or a stop was asked. */
    boolean stopping() {
        return Thread.currentThread().isInterrupted() || stopRequested.getAsBoolean();
    }

    /** Runs {@code work} on this thread, deferring interrupts until it ends. */
    <T, E extends Exception> T run(Work<T, E> work) throws E {
        Thread me = Thread.currentThread();
        synchronized (this) {
            if (Thread.interrupted()) owed.add(me);
            inside.add(me);
        }
        try {
            return work.run();
        } finally {
            synchronized (this) {
                inside.remove(me);
                if (owed.remove(me)) me.interrupt();
            }
        }
    }

    /** Interrupts {@code thread} now, or when it leaves its shielded stretch. */
    synchronized void interrupt(Thread thread) {
        if (inside.contains(thread)) owed.add(thread);
        else thread.interrupt();
    }
}
