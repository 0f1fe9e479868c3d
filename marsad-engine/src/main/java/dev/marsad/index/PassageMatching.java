package dev.marsad.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * How a search hit's passages are matched to the reader's query, chosen alike on every backend so
 * that both mark the same words and pick the same sentences.
 *
 * <p>Measured on the 300 known-item queries (docs/benchmarks/solr-median.md, issue 13): matching by
 * the query's weight costs SolrCloud's request 0.2–0.3 ms, a tenth of the stock chain's whole
 * request, and none of the 300 has a phrase. Without a phrase, the query's terms mark every query word
 * that the body holds; the weight marks only the words of the clauses that made the hit match, which
 * for a hit found by its spelling-variant name keys alone are the keys' look-alike words.
 */
enum PassageMatching {
    /** Every term of the query that the body holds is marked, wherever it stands. */
    TERMS,
    /**
     * Lucene's {@code Weight.matches}: positions as the query asks them, so a phrase is marked where its
     * words stand together and not where one of them stands alone.
     */
    WEIGHT;

    /** {@link #WEIGHT} when {@code query} holds a phrase (words asked at given positions), else {@link #TERMS}. */
    static PassageMatching of(Query query) {
        var finder = new PhraseFinder();
        query.visit(finder);
        return finder.found ? WEIGHT : TERMS;
    }

    private static final class PhraseFinder extends QueryVisitor {
        private boolean found;

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            if (isPhrase(parent)) found = true;
            return this;
        }

        @Override
        public void consumeTerms(Query query, Term... terms) {
            if (isPhrase(query)) found = true;
        }

        private static boolean isPhrase(Query query) {
            return query instanceof PhraseQuery || query instanceof MultiPhraseQuery;
        }
    }
}
