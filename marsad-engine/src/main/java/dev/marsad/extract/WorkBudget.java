package dev.marsad.extract;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * What one page may cost the thread that reads it: CPU time and bytes allocated, counted from
 * {@link #start} on that thread. The stages call {@link #check} between their steps and for every
 * paragraph; past a limit it throws {@link OverBudget}, so that one pathological page (issue 10:
 * 6.4 MB, 40,000 short paragraphs, 66 s and 1.4 GB in analysis) is given up with its reason instead
 * of holding a worker, and the pages behind it, for a minute.
 *
 * <p>CPU time, not wall time, so that a busy machine does not reject ordinary pages; allocated
 * bytes, not live memory, because the JVM tells them per thread (they bound the live memory a page
 * can build). Where the JVM measures neither, wall time stands in and allocation is not limited.
 *
 * <p>A budget belongs to the thread that started it; use it on that thread only.
 */
public final class WorkBudget {

    /**
     * The limits of one page.
     *
     * @param cpu CPU time of the reading thread
     * @param allocatedBytes bytes the reading thread may allocate
     */
    public record Limits(Duration cpu, long allocatedBytes) {
        public Limits {
            Objects.requireNonNull(cpu, "cpu");
            if (cpu.isNegative() || allocatedBytes < 0)
                throw new IllegalArgumentException(
                        "budget limits must not be negative: " + cpu + ", " + allocatedBytes);
        }
    }

    /**
     * Extract and analyze of one page: an ordinary article takes 10–50 ms of CPU and tens of MB of
     * allocation (the seed page, bench pipeline), so these are a hundred times that and more.
     */
    public static final Limits PAGE = new Limits(Duration.ofSeconds(5), 2L * 1024 * 1024 * 1024);

    private static final WorkBudget UNLIMITED = new WorkBudget(null, 0, 0, 0);

    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private final Limits limits;
    private final long startNanos;
    private final long startAllocated;
    private final long startWall;

    private WorkBudget(Limits limits, long startNanos, long startAllocated, long startWall) {
        this.limits = limits;
        this.startNanos = startNanos;
        this.startAllocated = startAllocated;
        this.startWall = startWall;
    }

    /** A budget that never runs out (tools that read one page the user chose). */
    public static WorkBudget unlimited() {
        return UNLIMITED;
    }

    /** A budget of {@code limits}, counted from now on the calling thread. */
    public static WorkBudget start(Limits limits) {
        Objects.requireNonNull(limits, "limits");
        return new WorkBudget(limits, cpuNanos(), allocated(), System.nanoTime());
    }

    /**
     * Throws when the budget is spent.
     *
     * @param step what is being done, for the message ("analyze: paragraph 1200 of 40000")
     * @throws OverBudget naming the step, the limit and what was used
     */
    public void check(String step) {
        if (limits == null) return;
        long now = cpuNanos();
        long cpu = now >= 0 ? now - startNanos : System.nanoTime() - startWall;
        if (cpu > limits.cpu().toNanos())
            throw new OverBudget(String.format(
                    Locale.ROOT,
                    "over the time budget of %d ms (%d ms) at %s",
                    limits.cpu().toMillis(),
                    cpu / 1_000_000,
                    step));
        long bytes = allocated() - startAllocated;
        if (bytes > limits.allocatedBytes())
            throw new OverBudget(String.format(
                    Locale.ROOT,
                    "over the memory budget of %d MB allocated (%d MB) at %s",
                    limits.allocatedBytes() >> 20,
                    bytes >> 20,
                    step));
    }

    /** A page ran over its budget; the message says where and by how much. */
    public static final class OverBudget extends RuntimeException {
        OverBudget(String message) {
            super(message, null, false, false); // an outcome, not a bug: no stack trace to fill
        }
    }

    private static com.sun.management.ThreadMXBean threads() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t ? t : null;
    }

    /** The calling thread's CPU time, or -1 where the JVM does not measure it. */
    private static long cpuNanos() {
        return THREADS != null && THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    /** Bytes the calling thread allocated so far, or 0 where the JVM does not count them. */
    private static long allocated() {
        return THREADS != null && THREADS.isThreadAllocatedMemorySupported()
                ? THREADS.getCurrentThreadAllocatedBytes()
                : 0;
    }
}
