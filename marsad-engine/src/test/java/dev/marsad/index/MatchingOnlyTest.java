package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the respelling's counts on SolrCloud are asked with the text queries reduced to what
 * decides their matches ({@link MatchingOnly}); each reduced query must match exactly the documents
 * of the whole one, on a real index.
 */
class MatchingOnlyTest extends CountedArticles {

    /**
     * Every text of the kinds the respelling counts (a word, words side by side, a name spelt as one
     * word and as two, a quoted split, or and not), with and without the search's filters: the reduced
     * query matches as many documents as the whole one, without a boost.
     */
    @Test
    void aReducedTextQueryMatchesWhatTheWholeOneMatches() {
        var found = new ArrayList<Long>();
        for (String text : TEXTS) {
            Query whole = queries.text(text).orElseThrow();
            for (Query asked : List.of(
                    whole,
                    queries.filtered(Optional.of(whole), SearchQuery.of(text)),
                    queries.filtered(Optional.of(whole), SearchQuery.of(text).withSource("site-a")))) {
                Query reduced = MatchingOnly.of(asked);
                long count = index.count(asked);
                assertThat(index.count(reduced)).as("'%s' as %s", text, reduced).isEqualTo(count);
                assertThat(hasBoost(reduced)).as("a boost left in %s", reduced).isFalse();
                found.add(count);
            }
        }
        assertThat(found)
                .as("texts that find something and texts that find nothing")
                .contains(0L, 1L, 2L);
        // the name spelt as one word and as two finds both spellings' articles through its name key
        for (String name : List.of("كاراباخ", "قره باخ"))
            assertThat(index.count(MatchingOnly.of(queries.text(name).orElseThrow())))
                    .as(name)
                    .isEqualTo(2);
    }

    @Test
    void aBoostedDisjunctionInsideADisjunctionBecomesOne() {
        Query a = term("a");
        Query b = term("b");
        Query c = term("c");
        Query inner = new BooleanQuery.Builder()
                .add(new BoostQuery(a, 4f), Occur.SHOULD)
                .add(b, Occur.SHOULD)
                .build();
        Query outer = new BooleanQuery.Builder()
                .add(inner, Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(c), 0.5f), Occur.SHOULD)
                .build();
        assertThat(MatchingOnly.of(outer))
                .isEqualTo(new BooleanQuery.Builder()
                        .add(a, Occur.SHOULD)
                        .add(b, Occur.SHOULD)
                        .add(c, Occur.SHOULD)
                        .build());
    }

    @Test
    void optionalClausesBesideARequiredOneGoAndOneClauseIsThatClause() {
        Query a = term("a");
        Query query = new BooleanQuery.Builder()
                .add(a, Occur.FILTER)
                .add(term("b"), Occur.SHOULD)
                .build();
        assertThat(MatchingOnly.of(query)).isEqualTo(a);
    }

    @Test
    void aConjunctionInsideAConjunctionBecomesOneAndKeepsItsExclusions() {
        Query inner = new BooleanQuery.Builder()
                .add(term("a"), Occur.MUST)
                .add(term("x"), Occur.MUST_NOT)
                .build();
        Query outer = new BooleanQuery.Builder()
                .add(inner, Occur.MUST)
                .add(term("b"), Occur.FILTER)
                .build();
        assertThat(MatchingOnly.of(outer))
                .isEqualTo(new BooleanQuery.Builder()
                        .add(term("a"), Occur.MUST)
                        .add(term("x"), Occur.MUST_NOT)
                        .add(term("b"), Occur.MUST)
                        .build());
    }

    @Test
    void keepsWhatChangesTheMatches() {
        Query atLeastTwo = new BooleanQuery.Builder()
                .add(term("a"), Occur.SHOULD)
                .add(
                        new BooleanQuery.Builder()
                                .add(term("b"), Occur.SHOULD)
                                .add(term("c"), Occur.SHOULD)
                                .build(),
                        Occur.SHOULD)
                .add(term("d"), Occur.SHOULD)
                .setMinimumNumberShouldMatch(2)
                .build();
        assertThat(MatchingOnly.of(atLeastTwo))
                .as("at least two of three: not flattened")
                .isEqualTo(atLeastTwo);
        Query requiredWithNoOption = new BooleanQuery.Builder()
                .add(term("a"), Occur.MUST)
                .setMinimumNumberShouldMatch(1)
                .build();
        assertThat(MatchingOnly.of(requiredWithNoOption))
                .as("one option needed and none there: nothing matches")
                .isEqualTo(requiredWithNoOption);
        Query onlyNot =
                new BooleanQuery.Builder().add(term("a"), Occur.MUST_NOT).build();
        assertThat(MatchingOnly.of(onlyNot))
                .as("a lone exclusion matches nothing")
                .isEqualTo(onlyNot);
        Query notBeside = new BooleanQuery.Builder()
                .add(
                        new BooleanQuery.Builder()
                                .add(term("a"), Occur.SHOULD)
                                .add(term("x"), Occur.MUST_NOT)
                                .build(),
                        Occur.SHOULD)
                .add(term("b"), Occur.SHOULD)
                .build();
        assertThat(MatchingOnly.of(notBeside))
                .as("an exclusion stays in its own clause")
                .isEqualTo(notBeside);
    }

    private static Query term(String text) {
        return new TermQuery(new Term(IndexFields.BODY, text));
    }

    /** Whether a query tree still has a boost (a BoostQuery prints as {@code (…)^w}). */
    private static boolean hasBoost(Query query) {
        return query.toString().contains("^");
    }
}
