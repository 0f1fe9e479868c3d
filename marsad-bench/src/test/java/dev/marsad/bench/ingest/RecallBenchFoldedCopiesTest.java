package dev.marsad.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The development failure list of {@code bench recall} names a folded copy's original. */
class RecallBenchFoldedCopiesTest {

    @Test
    void mapsEveryFoldedCopyToItsOriginal() {
        Map<String, String> originalOf = RecallBench.originalOf(Map.of("o1", List.of("c1", "c2"), "o2", List.of("c3")));
        assertThat(originalOf).containsOnly(Map.entry("c1", "o1"), Map.entry("c2", "o1"), Map.entry("c3", "o2"));
    }

    @Test
    void anOriginalIsNoCopy() {
        assertThat(RecallBench.originalOf(Map.of("o1", List.of("c1")))).doesNotContainKey("o1");
    }
}
