package dev.marsad.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The what-if of {@code bench recall}: hits with copies read as their originals, each original once, ten at most. */
class RecallBenchAsOriginalsTest {

    @Test
    void readsACopysHitAsItsOriginalInTheCopysPlace() {
        Map<String, String> originalOf = RecallBench.originalOf(Map.of("o1", List.of("c1", "c2")));
        assertThat(RecallBench.asOriginals(List.of("c1", "o2", "o1", "c2", "o3"), originalOf, 10))
                .containsExactly("o1", "o2", "o3");
    }

    @Test
    void stopsAtAPageOfOriginals() {
        Map<String, String> originalOf = RecallBench.originalOf(Map.of("o1", List.of("c1")));
        assertThat(RecallBench.asOriginals(List.of("c1", "o1", "o2", "o3", "o4"), originalOf, 2))
                .containsExactly("o1", "o2");
    }

    @Test
    void keepsHitsThatAreNoCopyAsTheyAre() {
        assertThat(RecallBench.asOriginals(List.of("a", "b"), Map.of(), 10)).containsExactly("a", "b");
    }
}
