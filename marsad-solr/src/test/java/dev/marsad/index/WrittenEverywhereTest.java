package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WrittenEverywhereTest {

    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final AtomicLong lacking = new AtomicLong(3);
    private final AtomicInteger asked = new AtomicInteger();
    private final WrittenEverywhere passages = new WrittenEverywhere(
            () -> {
                asked.incrementAndGet();
                return lacking.get();
            },
            now::get);

    @Test
    void anOlderCollectionKeepsSearchingTheBodyAndIsAskedAgainAMinuteLater() {
        assertThat(passages.holds())
                .as("three articles written before the copy existed")
                .isFalse();
        lacking.set(0);
        now.addAndGet(WrittenEverywhere.RECHECK_NANOS - 1);
        assertThat(passages.holds()).as("not asked again within the minute").isFalse();
        assertThat(asked).hasValue(1);
        now.addAndGet(1);
        assertThat(passages.holds()).as("the last older article is gone").isTrue();
        assertThat(asked).hasValue(2);
    }

    @Test
    void onceEveryArticleHasItsCopyTheCollectionIsNeverAskedAgain() {
        lacking.set(0);
        for (int i = 0; i < 5; i++) {
            assertThat(passages.holds()).isTrue();
            now.addAndGet(WrittenEverywhere.RECHECK_NANOS * 2);
        }
        assertThat(asked).hasValue(1);
    }

    @Test
    void theQueryCountsArticlesWithABodyAndNoCopy() {
        assertThat(WrittenEverywhere.lacking(SolrDocuments.PASSAGES)).isEqualTo("body:* -body_passages:*");
        assertThat(WrittenEverywhere.lacking(SolrDocuments.SEARCHED_TERMS)).isEqualTo("body:* -searched_terms:*");
    }
}
