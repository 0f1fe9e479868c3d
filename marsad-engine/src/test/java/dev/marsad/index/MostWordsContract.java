package dev.marsad.index;

import static dev.marsad.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Part of the ArticleIndex contract suite, run by every backend. Issue 13 (known-item recall): when
 * a text of three plain words or more finds nothing with every word required, the reader's page
 * ({@link ArticleIndex#searchAndSuggest}) shows the articles that hold two thirds of its words
 * (rounded up: all but one of three), marked
 * relaxed, each hit naming the words it lacks; filters, paging, totals and facets hold as for any
 * search.
 */
public abstract class MostWordsContract extends IndexContract {

    /** Three words; no article holds زلزال, two hold the other two. */
    private static final String ONE_WORD_TOO_MANY = "قافلة مساعدات زلزال";

    @BeforeEach
    void open() {
        index = newIndex();
        index.put(article(
                "g1",
                "قافلة مساعدات تصل إلى غزة",
                "2023-10-02T06:00:00Z",
                "صحيفة الساحل",
                List.of("وصلت قافلة المساعدات إلى غزة عبر معبر رفح صباح اليوم.")));
        index.put(article(
                "g2",
                "قافلة مساعدات ثانية في طريقها إلى رفح",
                "2023-10-04T06:00:00Z",
                "بوابة الخبر",
                List.of("انطلقت قافلة مساعدات ثانية نحو المعبر بعد وصول الأولى.")));
        index.put(article(
                "w1",
                "اقتحام مخيم في الضفة الغربية",
                "2023-10-03T06:00:00Z",
                "صحيفة الساحل",
                List.of("اقتحمت قوة مخيما قرب نابلس في الضفة الغربية فجر اليوم.")));
        index.commit();
    }

    @Test
    protected void aQueryMissingOneWordShowsTheArticlesHoldingTheOthersMarkedRelaxed() {
        SearchQuery typed = SearchQuery.of(ONE_WORD_TOO_MANY);
        assertThat(index.search(typed).total()).as("every word required").isZero();
        SearchResult page = index.searchAndSuggest(typed);
        assertThat(page.relaxed()).isTrue();
        assertThat(page.total()).isEqualTo(2);
        assertThat(ids(page)).containsExactlyInAnyOrder("g1", "g2");
        for (SearchResult.Hit hit : page.hits())
            assertThat(hit.missing()).as(hit.article().id()).containsExactly("زلزال");
        assertThat(page.hits().getFirst().snippet()).contains("<mark>");
    }

    @Test
    protected void aQueryWhoseEveryWordMatchesIsNotRelaxed() {
        SearchResult page = index.searchAndSuggest(SearchQuery.of("قافلة مساعدات رفح"));
        assertThat(page.relaxed()).isFalse();
        assertThat(ids(page)).containsExactlyInAnyOrder("g1", "g2");
        for (SearchResult.Hit hit : page.hits())
            assertThat(hit.missing()).as(hit.article().id()).isEmpty();
    }

    /**
     * All the words but one are required: of three words, an article that holds one (w1 holds
     * مخيم only) is not shown.
     */
    @Test
    protected void anArticleHoldingFewerThanAllButOneWordIsNotShown() {
        SearchResult page = index.searchAndSuggest(SearchQuery.of("مخيم قافلة زلزال"));
        assertThat(page.total()).isZero();
        assertThat(page.relaxed()).isFalse();
        assertThat(page.hits()).isEmpty();
    }

    @Test
    protected void oneWordQueriesAndQuerySyntaxNeverRelax() {
        for (String typed : List.of("زلزال", "في زلزال", "\"قافلة زلزال\"", "قافلة +زلزال", "قافلة -مساعدات")) {
            SearchResult page = index.searchAndSuggest(SearchQuery.of(typed));
            assertThat(page.relaxed()).as(typed).isFalse();
            assertThat(page.total()).as(typed).isZero();
            assertThat(index.search(SearchQuery.of(typed).withWords(SearchQuery.Words.MOST))
                            .relaxed())
                    .as("most words of '%s'", typed)
                    .isFalse();
        }
    }

    /**
     * Review 4, R1: two words never relax (two thirds of two is both: «قافلة زلزال» must not list
     * every article with قافلة), and a repeated word counts once («قافلة قافلة زلزال» is two words).
     */
    @Test
    protected void twoWordsAndRepeatedWordsDoNotRelax() {
        for (String typed : List.of("قافلة زلزال", "قافلة قافلة زلزال", "قافلة القافلة زلزال")) {
            SearchResult page = index.searchAndSuggest(SearchQuery.of(typed));
            assertThat(page.relaxed()).as(typed).isFalse();
            assertThat(page.total()).as(typed).isZero();
        }
    }

    /**
     * Review 4, R2: each hit's lacking words are those the index holds for it in neither title nor
     * body, whichever field the others are in: g1 has غزة in its title and رفح in its body, g2 رفح in
     * its title and ثانية in both; the backends ask the index, not the hit's record.
     */
    @Test
    protected void eachHitNamesTheWordsItLacksWhereverTheOthersAre() {
        SearchResult page = index.searchAndSuggest(SearchQuery.of("غزة رفح ثانية"));
        assertThat(page.relaxed()).isTrue();
        assertThat(page.hits())
                .extracting(h -> h.article().id() + " " + h.missing())
                .containsExactlyInAnyOrder("g1 [ثانية]", "g2 [غزة]");
    }

    /** Review 4, R7: a hyphen inside a word («كوفيد-19») is part of the word, not query syntax. */
    @Test
    protected void aHyphenInsideAWordStillRelaxes() {
        SearchResult page = index.searchAndSuggest(SearchQuery.of("قافلة مساعدات كوفيد-19"));
        assertThat(page.relaxed()).isTrue();
        assertThat(ids(page)).containsExactlyInAnyOrder("g1", "g2");
        for (SearchResult.Hit hit : page.hits())
            assertThat(hit.missing()).as(hit.article().id()).containsExactly("كوفيد-19");
    }

    @Test
    protected void filtersHoldUnderRelaxation() {
        SearchResult khabar =
                index.searchAndSuggest(SearchQuery.of(ONE_WORD_TOO_MANY).withSource("بوابة الخبر"));
        assertThat(khabar.relaxed()).isTrue();
        assertThat(ids(khabar)).containsExactly("g2");
        assertThat(khabar.total()).isEqualTo(1);
        SearchResult elsewhere =
                index.searchAndSuggest(SearchQuery.of(ONE_WORD_TOO_MANY).withSource("موقع الشرق"));
        assertThat(elsewhere.total()).isZero();
        assertThat(elsewhere.relaxed())
                .as("nothing holds most words there either")
                .isFalse();
    }

    @Test
    protected void facetsCountTheRelaxedMatches() {
        SearchResult page = index.searchAndSuggest(SearchQuery.of(ONE_WORD_TOO_MANY));
        assertThat(page.facets().get("source"))
                .extracting(SearchResult.FacetCount::value, SearchResult.FacetCount::count)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("صحيفة الساحل", 1L),
                        org.assertj.core.groups.Tuple.tuple("بوابة الخبر", 1L));
    }

    @Test
    protected void aLaterPageOfARelaxedResultStaysRelaxed() {
        SearchQuery first = SearchQuery.of(ONE_WORD_TOO_MANY).withPage(1, 1);
        SearchResult one = index.searchAndSuggest(first);
        SearchResult two = index.searchAndSuggest(first.withPage(2, 1));
        assertThat(one.relaxed()).isTrue();
        assertThat(two.relaxed()).isTrue();
        assertThat(one.total()).isEqualTo(2);
        assertThat(two.total()).isEqualTo(2);
        assertThat(two.pageCount()).isEqualTo(2);
        assertThat(ids(one)).hasSize(1);
        assertThat(ids(two)).hasSize(1).doesNotContainAnyElementsOf(ids(one));
        assertThat(two.suggestion()).as("only the first page is respelt").isEmpty();
    }

    /**
     * Issue 13 (p99): a miss's page equals the page of its steps asked one after the other (the search
     * with most words required, then the respelling), whether the backend asks them in turn or at once:
     * the same hits, relaxed flag, missing words, facets and respelling. «قفلة مساعدات رفح» relaxes and
     * is respelt («قافلة …»), «قافلة مساعدات زلزال» relaxes without a respelling, «قفلة مساعدات» is
     * respelt without relaxing, and a later page of a relaxed miss is not respelt.
     */
    @Test
    protected void aMissPageEqualsItsStepsAskedInTurn() {
        for (SearchQuery query : List.of(
                SearchQuery.of("قفلة مساعدات رفح"),
                SearchQuery.of(ONE_WORD_TOO_MANY),
                SearchQuery.of("قفلة مساعدات"),
                SearchQuery.of(ONE_WORD_TOO_MANY).withPage(2, 1))) {
            SearchResult miss = index.search(query);
            assertThat(miss.total()).as("every word of '%s'", query.text()).isZero();
            SearchResult page = index.searchAndSuggest(query);
            SearchResult most = index.search(query.withWords(SearchQuery.Words.MOST));
            SearchResult shown = most.relaxed() && most.total() > 0 ? most : miss;
            if (query.page() == 1)
                shown = index.suggest(query).map(shown::withSuggestion).orElse(shown);
            assertThat(page)
                    .as("page of '%s' (page %d)", query.text(), query.page())
                    .isEqualTo(shown);
            assertThat(index.afterMiss(query, miss))
                    .as("after the miss of '%s'", query.text())
                    .isEqualTo(shown);
        }
        assertThat(index.searchAndSuggest(SearchQuery.of("قفلة مساعدات رفح")).suggestion())
                .contains("قافلة مساعدات رفح");
        assertThat(index.searchAndSuggest(SearchQuery.of("قفلة مساعدات رفح")).relaxed())
                .isTrue();
    }
}
