package dev.marsad.bench.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the live threads whose names start with a prefix: the ingest pipeline names its
 * linking thread {@value #LINK} and its extract-and-analyze workers {@value #WORKERS}{@code 1, 2, …},
 * so that the serial part of its work can be told from the parallel part.
 */
final class ThreadCpu {

    /** The pipeline's one thread that links and stores, in submission order. */
    static final String LINK = "marsad-link";

    /** The pipeline's pool of threads that extract and analyze. */
    static final String WORKERS = "marsad-ingest-";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadCpu() {}

    /** CPU nanoseconds used so far by the live threads named {@code prefix}…; ended threads do not count. */
    static long nanos(String prefix) {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!t.getName().startsWith(prefix)) continue;
            long cpu = THREADS.getThreadCpuTime(t.threadId());
            if (cpu > 0) sum += cpu;
        }
        return sum;
    }
}
