package dev.marsad.crawl;

import java.util.ArrayList;
import java.util.List;

/**
 * A group of named virtual threads that are waited for together. When the waiting thread is
 * interrupted, every worker is interrupted too, through the {@link Shield} (so a worker finishes the
 * WARC record or the page it is handling first), and still waited for: no worker outlives its pass.
 */
final class Workers {

    private final Shield shield;
    private final List<Thread> threads = new ArrayList<>();

    Workers(Shield shield) {
        this.shield = shield;
    }

    /** Starts {@code task} on a new virtual thread called {@code name}. */
    void start(String name, Runnable task) {
        threads.add(Thread.ofVirtual().name(name).start(task));
    }

    /**
     * Waits for every worker.
     *
     * @throws InterruptedException after the workers, interrupted in turn, have all stopped
     */
    void joinAll() throws InterruptedException {
        try {
            for (Thread thread : threads) thread.join();
        } catch (InterruptedException e) {
            threads.forEach(shield::interrupt);
            for (Thread thread : threads) {
                while (thread.isAlive()) {
                    try {
                        thread.join();
                    } catch (InterruptedException again) {
                        // keep waiting: the workers are stopping and must not outlive the pass
                    }
                }
            }
            throw e;
        }
    }
}
