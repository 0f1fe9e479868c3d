package dev.marsad.bench.ingest;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What a reader's page of a miss costs on each backend that respells: the respelling alone (asked
 * after the search found nothing, {@code ArticleIndex#suggest}) and the search plus the respelling,
 * p50 / p99 over that backend's own misses of one pass. The search alone is in the pass's other
 * lines; a backend that does not respell (the stock chain) has no line here.
 */
final class MissCosts {

    private MissCosts() {}

    /**
     * @param search each backend's search time per query, nanoseconds
     * @param respelling each backend's respelling time per query, nanoseconds; -1 where none was asked
     */
    static void report(PrintWriter out, Map<String, long[]> search, Map<String, long[]> respelling) {
        for (var backend : respelling.entrySet()) {
            long[] alone = backend.getValue();
            long[] searched = search.get(backend.getKey());
            long[] respelt = Arrays.stream(alone).filter(t -> t >= 0).sorted().toArray();
            if (respelt.length == 0) continue;
            long[] page = new long[respelt.length];
            int n = 0;
            for (int i = 0; i < alone.length; i++) if (alone[i] >= 0) page[n++] = alone[i] + searched[i];
            Arrays.sort(page);
            out.printf(
                    Locale.ROOT,
                    "  %-26s respelling after its %d misses %.1f / %.1f ms; search + respelling %.1f / %.1f ms%n",
                    backend.getKey(),
                    respelt.length,
                    at(respelt, 0.5),
                    at(respelt, 0.99),
                    at(page, 0.5),
                    at(page, 0.99));
        }
    }

    private static double at(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
    }
}
