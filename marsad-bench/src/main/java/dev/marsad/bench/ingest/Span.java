package dev.marsad.bench.ingest;

import java.util.Locale;

/**
 * Pages done over a stretch of wall time, with the CPU time the process used meanwhile (all its
 * threads: workers, the linking thread, Lucene merges, the garbage collector, the JIT compiler).
 *
 * @param pages pages processed
 * @param wallNanos elapsed wall time
 * @param cpuNanos process CPU time used
 */
record Span(long pages, long wallNanos, long cpuNanos) {

    /** Pages per wall second. */
    double pagesPerSecond() {
        return pages / (wallNanos / 1e9);
    }

    /** Wall milliseconds per page. */
    double wallMillisPerPage() {
        return wallNanos / 1e6 / pages;
    }

    /** CPU milliseconds per page, over all threads of the process. */
    double cpuMillisPerPage() {
        return cpuNanos / 1e6 / pages;
    }

    /** How many of the machine's cores the process kept busy on average: CPU time over wall time. */
    double coresBusy() {
        return (double) cpuNanos / wallNanos;
    }

    /** "1234.5 pages/s, 1.62 ms CPU/page, 1.87 of 2 cores". */
    String describe() {
        return String.format(
                Locale.ROOT,
                "%9.1f pages/s  %7.2f ms CPU/page  %4.2f of %d cores",
                pagesPerSecond(),
                cpuMillisPerPage(),
                coresBusy(),
                Runtime.getRuntime().availableProcessors());
    }
}
