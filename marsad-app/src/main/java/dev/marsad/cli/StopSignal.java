package dev.marsad.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns SIGTERM and Ctrl-C into an orderly stop of the command's thread: the JVM's shutdown hook
 * interrupts that thread (a crawl stops after the pages in flight) and then waits, up to {@link
 * #GRACE}, until the command has committed and closed everything ({@link #close()}), so the JVM does
 * not halt in the middle of a commit.
 *
 * <pre>{@code
 * try (var stop = StopSignal.install(); var ingestion = Ingestion.open(folder)) { … }
 * }</pre>
 */
final class StopSignal implements AutoCloseable {

    /** The longest a stop waits for the command to finish its commit and close its files. */
    static final Duration GRACE = Duration.ofSeconds(30);

    private final Thread hook;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean signalled;

    private StopSignal(Thread worker) {
        this.hook = new Thread(
                () -> {
                    signalled = true;
                    worker.interrupt();
                    try {
                        closed.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "marsad-stop");
    }

    /** Watches for a stop signal on behalf of the calling thread. */
    static StopSignal install() {
        var signal = new StopSignal(Thread.currentThread());
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    /** Whether a stop signal arrived. */
    boolean isSignalled() {
        return signalled;
    }

    /** Everything is closed: a pending stop may let the JVM end now. */
    @Override
    public void close() {
        closed.countDown();
        if (!signalled) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is stopping already; the hook has what it waits for.
            }
        }
    }
}
