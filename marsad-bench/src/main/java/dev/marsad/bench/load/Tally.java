package dev.marsad.bench.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Latencies and answers of one kind of client: every request's time, how many answered with each
 * status, and how many failed without one (a connection error or timeout, counted as status 0).
 * Safe for many threads.
 */
final class Tally {

    private long[] nanos = new long[4096];
    private int count;
    private final Map<Integer, Long> statuses = new TreeMap<>();

    synchronized void add(long elapsedNanos, int status) {
        if (count == nanos.length) nanos = Arrays.copyOf(nanos, count * 2);
        nanos[count++] = elapsedNanos;
        statuses.merge(status, 1L, Long::sum);
    }

    synchronized long requests() {
        return count;
    }

    /** Requests answered with a status not in {@code expected}, and those with none. */
    synchronized long unexpected(java.util.Set<Integer> expected) {
        return statuses.entrySet().stream()
                .filter(e -> !expected.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    synchronized Map<Integer, Long> statuses() {
        return new TreeMap<>(statuses);
    }

    /** The {@code q}-quantile (0.5, 0.99) of the latencies in milliseconds; NaN without requests. */
    synchronized double millis(double q) {
        if (count == 0) return Double.NaN;
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return sorted[(int) Math.min(count - 1, Math.floor(q * count))] / 1e6;
    }
}
