package dev.marsad.bench.ingest;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToLongFunction;

/**
 * One pure stage (parse, extract, extract + analyze) run over pages on a number of threads, whole
 * passes over the pages until at least a minimum time has gone by, so that quick stages are timed
 * over seconds, not milliseconds.
 *
 * @param <T> the page type
 */
final class StageRun<T> {

    private final String name;
    private final ToLongFunction<T> stage;

    /**
     * @param name names the threads
     * @param stage the work on one page; what it returns is summed, so that the JIT compiler cannot
     *     drop the work as unused
     */
    StageRun(String name, ToLongFunction<T> stage) {
        this.name = name;
        this.stage = stage;
    }

    /** Runs passes over {@code pages} on {@code threads} threads until {@code minNanos} have gone by. */
    Span run(List<T> pages, int threads, long minNanos) {
        var sink = new LongAdder();
        long done = 0;
        Stopwatch watch = Stopwatch.start();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("bench-" + name + "-", 1).factory())) {
            do {
                pass(pool, pages, threads, sink);
                done += pages.size();
            } while (System.nanoTime() - start < minNanos);
        }
        if (sink.sum() == Long.MIN_VALUE) throw new IllegalStateException("unreachable: keeps the results used");
        return watch.stop(done);
    }

    /** One pass: the threads take pages from a shared counter until none is left. */
    private void pass(ExecutorService pool, List<T> pages, int threads, LongAdder sink) {
        var next = new AtomicInteger();
        List<Future<?>> running = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < pages.size(); i = next.getAndIncrement())
                    sink.add(stage.applyAsLong(pages.get(i)));
            }));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(name + " failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(name + " interrupted", e);
            }
        }
    }
}
