package dev.marsad.index;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * What a query tree can match, judged only from its terms' document frequencies (or just from which
 * terms the index holds): a term query finds at most its term's documents, a phrase at most those
 * of its rarest term, a synonym group at most the sum of its terms', a boolean query at most its
 * rarest required clause's (or the sum of its optional ones' when nothing is required). It answers
 * "certainly nothing" (0) or "at most so many", never a count: a query that perhaps matches must
 * still be counted. The respelling after a miss ({@link QuerySuggester}) drops the spellings it
 * bounds at 0 on every backend without counting them; it never ranks by it (the frequencies count
 * deleted documents not merged away yet, so they differ between backends).
 */
final class TermPresence {

    /** The bound of a query whose matches the terms cannot bound (a type not known here). */
    static final long UNBOUNDED = Long.MAX_VALUE;

    private TermPresence() {}

    /** Every term the query names (in any clause but a prohibited one), in order, each once. */
    static Set<Term> terms(Query query) {
        var terms = new LinkedHashSet<Term>();
        query.visit(QueryVisitor.termCollector(terms));
        return terms;
    }

    /**
     * False when the query can match no document because terms it needs are absent ({@code held}
     * is false for them); true otherwise, and for any query type it does not know.
     */
    static boolean canMatch(Query query, Predicate<Term> held) {
        return upperBound(query, t -> held.test(t) ? 1 : 0) > 0;
    }

    /**
     * At most how many documents the query matches when each term is in {@code docFreq} documents
     * (0: certainly none; {@link #UNBOUNDED} for a query type it does not know). Sums saturate at
     * {@link #UNBOUNDED}.
     */
    static long upperBound(Query query, ToLongFunction<Term> docFreq) {
        return switch (query) {
            case TermQuery t -> docFreq.applyAsLong(t.getTerm());
            case BoostQuery b -> upperBound(b.getQuery(), docFreq);
            case ConstantScoreQuery c -> upperBound(c.getQuery(), docFreq);
            case SynonymQuery s -> s.getTerms().stream().mapToLong(docFreq).reduce(0, TermPresence::saturatedSum);
            case PhraseQuery p ->
                p.getTerms().length == 0
                        ? 0
                        : java.util.Arrays.stream(p.getTerms())
                                .mapToLong(docFreq)
                                .min()
                                .orElse(0);
            case MatchNoDocsQuery none -> 0;
            case BooleanQuery b -> upperBound(b, docFreq);
            default -> UNBOUNDED;
        };
    }

    private static long upperBound(BooleanQuery query, ToLongFunction<Term> docFreq) {
        long required = UNBOUNDED;
        boolean anyRequired = false;
        long optional = 0;
        int optionalClauses = 0;
        int optionalMatching = 0;
        for (BooleanClause clause : query.clauses())
            switch (clause.occur()) {
                case MUST, FILTER -> {
                    required = Math.min(required, upperBound(clause.query(), docFreq));
                    anyRequired = true;
                }
                case SHOULD -> {
                    long bound = upperBound(clause.query(), docFreq);
                    optionalClauses++;
                    if (bound > 0) optionalMatching++;
                    optional = saturatedSum(optional, bound);
                }
                case MUST_NOT -> {} // can only narrow what the others match
            }
        int needed = query.getMinimumNumberShouldMatch();
        if (!anyRequired && optionalClauses == 0) return 0; // an empty boolean query matches nothing
        if (needed > 0 && optionalMatching < needed) return 0;
        if (anyRequired) return required; // optional clauses only add to the score then
        return optional;
    }

    private static long saturatedSum(long a, long b) {
        long sum = a + b;
        return sum < 0 ? UNBOUNDED : sum;
    }
}
