package dev.marsad.index;

import static dev.marsad.index.TestArticles.article;
import static dev.marsad.index.TestArticles.place;
import static dev.marsad.index.TestArticles.tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 9: facet ordinals and facet labels are built once per index reader, not once per query. */
class ReaderStateTest {

    private LuceneArticleIndex index;

    @BeforeEach
    void open() {
        // a generous budget: under a loaded machine a cold first search may pass the default second,
        // and a search cut short would count other facets than the state holds
        index = LuceneArticleIndex.inMemory(Duration.ofMinutes(1));
        index.put(article(
                "a1",
                "وقف إطلاق النار في كاراباخ",
                "2023-09-20T08:00:00Z",
                "بوابة الخبر",
                List.of("أعلنت وزارة الدفاع الأذرية وقف العمليات العسكرية."),
                List.of(tag("كاراباخ", "karabakh")),
                List.of(place("loc:karabakh", "ناغورنو كاراباخ")),
                Optional.empty(),
                "s1"));
        index.commit();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void searchesOnTheSameReaderShareOneState() {
        SearchResult first = index.search(SearchQuery.of(""));
        ReaderState state = index.currentReaderState();
        long lookups = state.lookups();
        SearchResult second = index.search(SearchQuery.of("كاراباخ"));

        assertThat(index.currentReaderState()).isSameAs(state);
        assertThat(index.readerStates().built()).isEqualTo(1);
        assertThat(state.lookups()).as("labels are looked up once per reader").isEqualTo(lookups);
        assertThat(second.facets()).isEqualTo(first.facets());
        assertThat(label(second, "tag", "karabakh")).isEqualTo("كاراباخ");
        assertThat(label(second, "entity", "loc:karabakh")).isEqualTo("ناغورنو كاراباخ");
        assertThat(label(second, "section", "POLITICS")).isEqualTo("سياسة");
    }

    @Test
    void aCommitGivesANewStateWithTheNewLabels() {
        index.search(SearchQuery.of(""));
        ReaderState before = index.currentReaderState();
        index.put(article(
                "a2",
                "فيضانات في درنة",
                "2023-09-12T06:00:00Z",
                "صحيفة الساحل",
                List.of("غمرت المياه أحياء واسعة بعد انهيار سدين."),
                List.of(tag("ليبيا", "libya")),
                List.of(place("loc:derna", "درنة")),
                Optional.empty(),
                "s2"));
        index.commit();

        SearchResult after = index.search(SearchQuery.of(""));
        assertThat(index.currentReaderState()).isNotSameAs(before);
        assertThat(index.readerStates().built()).isEqualTo(2);
        assertThat(label(after, "tag", "libya")).isEqualTo("ليبيا");
        assertThat(label(after, "entity", "loc:derna")).isEqualTo("درنة");
        assertThat(index.readerStates().size())
                .as("the replaced reader's state is dropped")
                .isEqualTo(1);
    }

    @Test
    void anEmptyIndexHasNoFacets() throws IOException {
        try (LuceneArticleIndex empty = LuceneArticleIndex.inMemory()) {
            SearchResult result = empty.search(SearchQuery.of(""));
            assertThat(result.total()).isZero();
            assertThat(result.facets()).isEmpty();
            assertThat(empty.currentReaderState().facets()).isEmpty();
        }
    }

    private static String label(SearchResult result, String dim, String value) {
        return result.facets().get(dim).stream()
                .filter(f -> f.value().equals(value))
                .map(SearchResult.FacetCount::label)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + dim + " facet value '" + value + "'"));
    }
}
