package dev.marsad.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The terms of one respelling's texts on the embedded index, each looked up in every segment's term
 * dictionary once ({@link TermStates}): its document frequency for the estimates, and its place in
 * the postings for the counts. A respelling counts a few hundred texts that mostly share their words
 * (the reader's other words, the filters), and a term lookup per text and segment was most of a
 * miss's cost at full size (issue 13: the embedded index's misses at 190–213 ms p99 on all of
 * SaudiNewsNet). The counts are the same: only where the term dictionaries are read changes. Not
 * thread-safe: one respelling's, over one searcher.
 */
final class LookedUpTerms {

    private final IndexSearcher searcher;
    private final Map<Term, TermStates> states = new HashMap<>();

    LookedUpTerms(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** How many articles (deleted ones not merged away yet included) hold {@code term}. */
    long docFreq(Term term) {
        return of(term).docFreq();
    }

    /**
     * {@code query} with each of its term queries (in boolean, boost and constant-score queries)
     * carrying its looked-up states, so that running it reads no term dictionary again; any other
     * query (a phrase, a prefix) is kept as it is.
     */
    Query withStates(Query query) {
        return switch (query) {
            case TermQuery t -> new TermQuery(t.getTerm(), of(t.getTerm()));
            case BoostQuery b -> new BoostQuery(withStates(b.getQuery()), b.getBoost());
            case ConstantScoreQuery c -> new ConstantScoreQuery(withStates(c.getQuery()));
            case BooleanQuery b -> {
                var builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
                for (BooleanClause clause : b.clauses()) builder.add(withStates(clause.query()), clause.occur());
                yield builder.build();
            }
            default -> query;
        };
    }

    private TermStates of(Term term) {
        return states.computeIfAbsent(term, t -> {
            try {
                return TermStates.build(searcher, t, true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot look up " + t + ": " + e.getMessage(), e);
            }
        });
    }
}
