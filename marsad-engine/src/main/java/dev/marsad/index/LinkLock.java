package dev.marsad.index;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The turn to link: one writer at a time links articles into an index that several writers share
 * (the crawl workers of one newsroom, {@code marsad run --worker K/N}). The linker reads stories and
 * candidates, decides, and writes several documents (the article, its copies, the stories a revision
 * moved); with the turn held and the other writers' work visible, those decisions are exactly the
 * decisions of one writer linking the articles in the order the turns fell, so no story is made
 * twice and no copy is left unfolded. Fetching, extraction and analysis stay parallel; linking and
 * storing, the larger part of a page's CPU with the embedded index, are serial across the writers.
 *
 * <p>The holder makes its writes visible (commit or refresh) before it gives the turn back, and the
 * next holder refreshes its reader when it takes it.
 */
public interface LinkLock {

    /**
     * Waits for the turn.
     *
     * @return the turn, given back by {@link Turn#close()}
     * @throws InterruptedException when interrupted while waiting
     * @throws IllegalStateException when the lock's store cannot be reached
     */
    Turn acquire() throws InterruptedException;

    /** A held turn. */
    interface Turn extends AutoCloseable {
        /**
         * Whether the turn is still this writer's: false once a lease-based lock found the turn given
         * to another writer (this one stalled past its lease).
         */
        boolean isHeld();

        /** Gives the turn back. Idempotent. */
        @Override
        void close();
    }

    /**
     * A lock for writers in this process: enough for the embedded index, which only one process can
     * open for writing. Fair, so that two workers take turns in the order they asked. A turn is given
     * back by the thread that took it.
     */
    static LinkLock inProcess() {
        var lock = new ReentrantLock(true);
        return () -> {
            lock.lockInterruptibly();
            return new Turn() {
                private boolean held = true;

                @Override
                public boolean isHeld() {
                    return held;
                }

                @Override
                public void close() {
                    if (!held) return;
                    held = false;
                    lock.unlock();
                }
            };
        };
    }
}
