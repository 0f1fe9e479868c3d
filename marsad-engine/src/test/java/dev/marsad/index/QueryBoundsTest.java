package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, "a query language the public cannot abuse": fuzzy and slop syntax are off, prefixes
 * are bounded, long OR lists are refused, and a search past its time budget is cancelled. A real
 * Lucene index in memory.
 */
class QueryBoundsTest {

    private LuceneArticleIndex index;

    @BeforeEach
    void fill() {
        index = LuceneArticleIndex.inMemory();
        put(index);
    }

    private static void put(LuceneArticleIndex index) {
        index.put(TestArticles.article(
                "k1",
                "Karabakh ceasefire holds",
                "2023-09-20T10:00:00Z",
                "site",
                List.of("The ceasefire in Karabakh held for a second day, officials said.")));
        index.put(TestArticles.article(
                "k2",
                "Kabul market reopens",
                "2023-09-21T10:00:00Z",
                "site",
                List.of("Traders in Kabul reopened the central market on Sunday.")));
        index.commit();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private List<String> ids(String text) {
        return index.search(SearchQuery.of(text)).hits().stream()
                .map(h -> h.article().id())
                .toList();
    }

    @Test
    void findsWordsAsBefore() {
        assertThat(ids("ceasefire")).containsExactly("k1");
    }

    @Test
    void readsTildeAsPunctuationNotAsFuzzy() {
        assertThat(ids("ceasefira~2")).as("fuzzy off").isEmpty();
        assertThat(ids("Karabakh~1")).as("the word itself still matches").containsExactly("k1");
    }

    @Test
    void expandsPrefixesOfThreeCharactersOrMore() {
        assertThat(ids("karab*")).containsExactly("k1");
    }

    @Test
    void searchesAShortPrefixAsAWord() {
        assertThat(ids("ka*"))
                .as("'ka*' would expand to every word starting ka")
                .isEmpty();
    }

    /**
     * The length that counts is the normalised one: tatweels (and marks) fall away, and «ـــ*» was an
     * empty prefix that matched every word (review, issue 13: on SolrCloud {@code title:*}).
     */
    @Test
    void countsAPrefixsLengthAfterNormalising() {
        assertThat(ids("\u0640\u0640\u0640*"))
                .as("three tatweels are no prefix")
                .isEmpty();
        assertThat(ids("k\u0640a\u0640*"))
                .as("'ka' once normalised: a word, not a prefix")
                .isEmpty();
    }

    @Test
    void refusesLongOrLists() {
        String many = String.join(" | ", Collections.nCopies(40, "ceasefire"));
        assertThatThrownBy(() -> index.search(SearchQuery.of(many)))
                .isInstanceOf(QueryRejected.class)
                .hasMessageContaining("'q'")
                .hasMessageContaining("at most " + BoundedQueryParser.MAX_CLAUSES);
    }

    @Test
    void cancelsASearchPastItsTimeBudget() throws IOException {
        try (var strict = LuceneArticleIndex.inMemory(Duration.ZERO)) {
            put(strict);
            assertThatThrownBy(() -> strict.search(SearchQuery.of("ceasefire")))
                    .isInstanceOf(SearchTimedOut.class)
                    .hasMessageContaining("budget of 0 ms");
        }
    }
}
