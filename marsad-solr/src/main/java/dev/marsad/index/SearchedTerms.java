package dev.marsad.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A count's query asked of one field instead of three: a term sought in the title, the body or the
 * copy headlines ({@link IndexFields#SEARCHED_TEXT}, the three clauses a text query asks for each of
 * its terms) is sought once in {@link SolrDocuments#SEARCHED_TERMS}, which holds every term of the
 * three. The matches are the same, and Solr parses, looks up and intersects a third of the terms: on
 * the respelling's counts about half its time a text (docs/benchmarks/solr-counts.md).
 *
 * <p>Only a query whose matches stay the same is rewritten: conjunctions and disjunctions of terms,
 * each term sought in all three fields together. A term sought in one field alone, a phrase (that
 * field keeps no positions), a prohibited clause or a count of clauses needed is not, and the query is
 * asked as it is.
 */
final class SearchedTerms {

    private static final Set<String> FIELDS = Set.copyOf(IndexFields.SEARCHED_TEXT);

    private SearchedTerms() {}

    /**
     * {@code matching} (a query reduced to what decides its matches, {@link MatchingOnly}) of the one
     * field, or empty when it cannot be rewritten without changing its matches.
     */
    static Optional<Query> of(Query matching) {
        return matching instanceof BooleanQuery b ? of(b) : Optional.empty();
    }

    private static Optional<Query> of(BooleanQuery query) {
        if (query.getMinimumNumberShouldMatch() > 0) return Optional.empty();
        var kept = new ArrayList<BooleanClause>();
        // each optional term, by its text: the fields it is sought in
        Map<String, Set<String>> fieldsOf = new LinkedHashMap<>();
        for (BooleanClause clause : query.clauses()) {
            if (clause.occur() == Occur.MUST_NOT) return Optional.empty();
            if (clause.query() instanceof TermQuery term && clause.occur() == Occur.SHOULD) {
                Term t = term.getTerm();
                if (!FIELDS.contains(t.field())) return Optional.empty();
                fieldsOf.computeIfAbsent(t.text(), x -> new HashSet<>()).add(t.field());
                continue;
            }
            Optional<Query> inner = of(clause.query());
            if (inner.isEmpty()) return Optional.empty();
            kept.add(new BooleanClause(inner.get(), clause.occur()));
        }
        // a term of one or two fields only matches fewer articles than the term of all three
        if (!fieldsOf.values().stream().allMatch(FIELDS::equals)) return Optional.empty();
        var alone = fieldsOf.keySet().stream()
                .map(text -> (Query) new TermQuery(new Term(SolrDocuments.SEARCHED_TERMS, text)))
                .toList();
        if (kept.isEmpty() && alone.size() == 1) return Optional.of(alone.getFirst());
        var rewritten = new BooleanQuery.Builder();
        kept.forEach(rewritten::add);
        alone.forEach(q -> rewritten.add(q, Occur.SHOULD));
        return Optional.of(rewritten.build());
    }
}
