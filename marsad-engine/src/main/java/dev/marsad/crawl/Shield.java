package dev.marsad.crawl;

import java.util.HashSet;
import java.util.Set;

/**
 * Keeps an interrupt from cutting work that must not stop half-way: writing a WARC record, and the
 * page handler, which may be writing an index (a file channel that is interrupted closes for good,
 * and Lucene's index files are written through them). A stopping crawl interrupts its workers
 * through {@link #interrupt}: a worker outside a shielded stretch is interrupted at once (a request
 * still on the wire is abandoned, and its URL stays due); a worker inside one finishes it and is
 * interrupted as it leaves. An interrupt that arrived before a stretch starts is likewise held back
 * until it ends, so a response that has arrived is always archived and handled.
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
