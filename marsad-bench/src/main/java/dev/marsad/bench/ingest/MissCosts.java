package dev.marsad.bench.ingest;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What a reader's page of a miss costs on each backend that respells: what the page asks after the
 * search found nothing (Marsad: the search with most words required and {@code
 * ArticleIndex#suggest}; the stock chain: its spellcheck request) and the whole page, p50 / p99
 * over that backend's own misses of one pass, with their number (backends stem differently, so
 * their misses are different queries; the pass's other lines compare them over one common set). A
 * backend that never respells has no line here.
 */
final class MissCosts {

    private MissCosts() {}

    /**
     * @param pages each backend's page time per query ({@link #pages}), nanoseconds
     * @param respelling each backend's respelling time per query, nanoseconds; -1 where none was asked
     */
    static void report(PrintWriter out, Map<String, long[]> pages, Map<String, long[]> respelling) {
        for (var backend : respelling.entrySet()) {
            long[] alone = backend.getValue();
            long[] paged = pages.get(backend.getKey());
            long[] respelt = Arrays.stream(alone).filter(t -> t >= 0).sorted().toArray();
            if (respelt.length == 0) continue;
            long[] page = java.util.stream.IntStream.range(0, alone.length)
                    .filter(i -> alone[i] >= 0)
                    .mapToLong(i -> paged[i])
                    .sorted()
                    .toArray();
            out.printf(
                    Locale.ROOT,
                    "  %-26s after its %d misses, what its page asks beyond the search %.1f / %.1f ms; the page %.1f /"
                            + " %.1f ms%n",
                    backend.getKey(),
                    respelt.length,
                    SolrBench.at(respelt, 0.5),
                    SolrBench.at(respelt, 0.99),
                    SolrBench.at(page, 0.5),
                    SolrBench.at(page, 0.99));
        }
    }

    /**
     * Each backend's page time per query: its search, plus its respelling where it asked for one.
     *
     * @param search each backend's search time per query, nanoseconds
     * @param respelling each backend's respelling time per query, nanoseconds; -1 where none was asked
     */
    static Map<String, long[]> pages(Map<String, long[]> search, Map<String, long[]> respelling) {
        var pages = new java.util.LinkedHashMap<String, long[]>();
        search.forEach((name, searched) -> {
            long[] respelt = respelling.get(name);
            long[] page = new long[searched.length];
            for (int i = 0; i < page.length; i++) page[i] = searched[i] + Math.max(0, respelt[i]);
            pages.put(name, page);
        });
        return pages;
    }
}
