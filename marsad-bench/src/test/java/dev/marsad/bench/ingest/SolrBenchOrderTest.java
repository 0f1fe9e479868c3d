package dev.marsad.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The order in which {@code bench solr} asks its backends a query: every backend once, and no
 * backend always right after the same one (in a fixed order, Marsad on SolrCloud always followed the
 * embedded index's search and paid for what it left behind).
 */
class SolrBenchOrderTest {

    private static final List<String> BACKENDS =
            List.of("embedded", "solrcloud", "stock", "layered", "plain", "marsads", "spell", "any");

    @Test
    void eachQueryAsksEveryBackendOnceAndTheirNeighboursChange() {
        var backends = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < BACKENDS.size(); i++) backends.put(BACKENDS.get(i), i);
        var order = new Random(20230920);
        Map<String, Integer> afterEmbedded = new HashMap<>();
        int queries = 300;
        for (int q = 0; q < queries; q++) {
            Map<String, Integer> drawn = SolrBench.shuffled(backends, order);
            assertThat(drawn).containsExactlyInAnyOrderEntriesOf(backends);
            List<String> names = List.copyOf(drawn.keySet());
            int embedded = names.indexOf("embedded");
            if (embedded + 1 < names.size()) afterEmbedded.merge(names.get(embedded + 1), 1, Integer::sum);
        }
        // each of the 7 others follows the embedded index about 300 / 8 times, none every time
        for (String name : BACKENDS.subList(1, BACKENDS.size()))
            assertThat(afterEmbedded.getOrDefault(name, 0)).as(name).isBetween(15, 70);
    }

    @Test
    void theSameSeedDrawsTheSameOrders() {
        var backends = new LinkedHashMap<String, Integer>();
        for (String name : BACKENDS) backends.put(name, 0);
        Random first = new Random(7);
        Random second = new Random(7);
        for (int q = 0; q < 20; q++)
            assertThat(List.copyOf(SolrBench.shuffled(backends, first).keySet()))
                    .isEqualTo(List.copyOf(SolrBench.shuffled(backends, second).keySet()));
    }
}
