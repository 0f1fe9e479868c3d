package dev.marsad.index;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
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
 * Whether a query tree can match any document, judged only from which of its terms the index holds:
 * a term query needs its term, a phrase all of its terms, a synonym group one of them, a boolean
 * query every required clause (and enough optional ones when nothing is required). It answers
 * "certainly not" or "perhaps", never a count: a query that perhaps matches must still be counted.
 * The SolrCloud backend uses it to drop the respellings of a query that found nothing whose words
 * no article contains, from one lookup in the term dictionaries instead of one count each.
 */
final class TermPresence {

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
        return switch (query) {
            case TermQuery t -> held.test(t.getTerm());
            case BoostQuery b -> canMatch(b.getQuery(), held);
            case ConstantScoreQuery c -> canMatch(c.getQuery(), held);
            case SynonymQuery s -> s.getTerms().stream().anyMatch(held);
            case PhraseQuery p ->
                p.getTerms().length > 0 && java.util.Arrays.stream(p.getTerms()).allMatch(held);
            case MatchNoDocsQuery none -> false;
            case BooleanQuery b -> canMatch(b, held);
            default -> true;
        };
    }

    private static boolean canMatch(BooleanQuery query, Predicate<Term> held) {
        int required = 0;
        int optional = 0;
        int optionalMatching = 0;
        for (BooleanClause clause : query.clauses())
            switch (clause.occur()) {
                case MUST, FILTER -> {
                    if (!canMatch(clause.query(), held)) return false;
                    required++;
                }
                case SHOULD -> {
                    optional++;
                    if (canMatch(clause.query(), held)) optionalMatching++;
                }
                case MUST_NOT -> {} // can only narrow what the others match
            }
        int needed = query.getMinimumNumberShouldMatch();
        if (required == 0 && optional == 0) return false; // an empty boolean query matches nothing
        if (needed > 0) return optionalMatching >= needed;
        return required > 0 || optionalMatching > 0;
    }
}
