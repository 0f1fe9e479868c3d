package dev.marsad.bench.ingest;

import java.lang.management.ManagementFactory;

/** Wall time and the process's CPU time from {@link #start()} to {@link #stop(long)}. */
final class Stopwatch {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final long wallStart;
    private final long cpuStart;

    private Stopwatch() {
        this.wallStart = System.nanoTime();
        this.cpuStart = OS.getProcessCpuTime();
    }

    static Stopwatch start() {
        return new Stopwatch();
    }

    /** The span from the start to now, for {@code pages} pages. */
    Span stop(long pages) {
        return new Span(pages, System.nanoTime() - wallStart, OS.getProcessCpuTime() - cpuStart);
    }
}
