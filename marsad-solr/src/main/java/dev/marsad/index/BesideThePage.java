package dev.marsad.index;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A few threads that run one step of a reader's page while the page's own thread asks for another
 * (on SolrCloud: a miss's relaxed search beside its respelling, issue 13, p99). A step is handed over
 * only to a thread that is free at that moment; when none is, it runs on the page's own thread
 * before {@link #start} returns, so no page ever waits in a queue behind another page's step. The
 * page waits for a step handed over at most until its deadline ({@link #await}). Thread-safe.
 */
final class BesideThePage implements AutoCloseable {

    private final ThreadPoolExecutor threads;
    /** How long {@link #close} waits for the steps under way, twice at most (before and after interrupting them). */
    private final Duration closing;

    /**
     * @param threads at most this many steps run beside pages at once
     * @param name the threads' name, numbered ({@code name0}, {@code name1}, …)
     * @param closing how long {@link #close} waits for the steps under way before interrupting them
     */
    BesideThePage(int threads, String name, Duration closing) {
        if (threads < 1) throw new IllegalArgumentException("threads beside the page: " + threads + ", at least 1");
        this.closing = closing;
        this.threads = new ThreadPoolExecutor(
                0,
                threads,
                30,
                TimeUnit.SECONDS,
                // no queue: a step is handed over only to a thread that waits for one (or a new one)
                new SynchronousQueue<>(),
                Thread.ofPlatform().name(name, 0).daemon().factory(),
                (step, pool) -> {
                    // a closed pool refuses with a clear error (CallerRunsPolicy would drop the step and
                    // the page would wait for it); an open one that is busy leaves it to the page's thread
                    if (pool.isShutdown())
                        throw new IllegalStateException("the index is closed: no page step runs after close()");
                    step.run();
                });
    }

    /**
     * Starts {@code step}: on a free thread, else on the calling thread (then it has run when this
     * returns).
     *
     * @throws IllegalStateException when this was closed
     */
    <T> Future<T> start(Callable<T> step) {
        return threads.submit(step);
    }

    /**
     * What {@code started} answered, waiting for it until {@code deadline} ({@link System#nanoTime}) at
     * most; past it, the step is cancelled and {@code late}'s exception thrown. A failure of the step is
     * thrown as it was (wrapped in an {@link IllegalStateException} naming {@code what} when checked).
     */
    static <T> T await(Future<T> started, long deadline, String what, Supplier<? extends RuntimeException> late) {
        try {
            return started.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            started.cancel(true);
            throw late.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(what + " failed", e.getCause());
        } catch (InterruptedException e) {
            started.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + what, e);
        }
    }

    /**
     * Refuses new steps and waits for those under way, {@code closing} at most; then interrupts them and
     * waits as long again, so that what they use can be closed after this returns.
     */
    @Override
    public void close() {
        threads.shutdown();
        try {
            if (threads.awaitTermination(closing.toNanos(), TimeUnit.NANOSECONDS)) return;
            threads.shutdownNow();
            threads.awaitTermination(closing.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
