package dev.marsad.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * A query seen as alternatives, each with the clauses it requires (its tree reduced by {@link
 * MatchingOnly} first), to tell from the trees alone that every document one query matches is
 * matched by another: a sufficient test, so "yes" is certain and "no" means "not shown". A text
 * query of the respelling is one or two alternatives (every word; every name key), each requiring a
 * clause per word or key, so the test is a few set lookups.
 *
 * <p>The respelling's counts on SolrCloud use it (issue 13): a text whose query is within the query
 * of a text that found nothing under the same filters finds nothing, and is not asked. When
 * «العلي وتشيكية» found nothing, «يوقع يبدأون العلي وتشيكية» finds nothing with any word for
 * «يوقع»: each of its alternatives requires every clause of one of the other's.
 */
final class RequiredClauses {

    /** Per alternative, clauses whose common matches are exactly its matches ({@link #exact}). */
    private final List<Set<Query>> alternatives;

    /** Per alternative, clauses it requires: its matches are within each of them ({@link #required}). */
    private final List<Set<Query>> narrowest;

    /** The alternatives themselves. */
    private final Set<Query> whole;

    private RequiredClauses(List<Set<Query>> alternatives, List<Set<Query>> narrowest, Set<Query> whole) {
        this.alternatives = alternatives;
        this.narrowest = narrowest;
        this.whole = whole;
    }

    /** The alternatives of {@code query} and their required clauses. */
    static RequiredClauses of(Query query) {
        Query reduced = MatchingOnly.of(query);
        var exact = new ArrayList<Set<Query>>();
        var narrowest = new ArrayList<Set<Query>>();
        List<Query> alternatives = alternativesOf(reduced);
        for (Query alternative : alternatives) {
            narrowest.add(required(alternative).orElse(Set.of(alternative)));
            exact.add(exact(alternative));
        }
        return new RequiredClauses(List.copyOf(exact), List.copyOf(narrowest), Set.copyOf(alternatives));
    }

    /**
     * Whether every document this query matches is certainly matched by {@code outer}: each of this
     * query's alternatives requires every clause of one of {@code outer}'s alternatives (taken exactly:
     * a conjunction with an exclusion is one clause, itself), or requires a clause that is one of
     * {@code outer}'s alternatives or a disjunction of them.
     */
    boolean isWithin(RequiredClauses outer) {
        if (narrowest.isEmpty()) return false;
        for (Set<Query> mine : narrowest)
            if (outer.alternatives.stream().noneMatch(mine::containsAll)
                    && mine.stream().noneMatch(outer::hasEveryAlternativeOf)) return false;
        return true;
    }

    /**
     * Whether {@code clause} is one of this query's alternatives, or a disjunction of them only (a
     * name key asked in every text field: {@link MatchingOnly} joins its terms into the alternatives).
     */
    private boolean hasEveryAlternativeOf(Query clause) {
        if (whole.contains(clause)) return true;
        List<Query> alternatives = alternativesOf(clause);
        return alternatives.size() > 1 && whole.containsAll(alternatives);
    }

    /** The alternatives of a reduced tree: the clauses of a disjunction, else the tree itself. */
    private static List<Query> alternativesOf(Query query) {
        if (query instanceof BooleanQuery b
                && b.getMinimumNumberShouldMatch() == 0
                && !b.clauses().isEmpty()
                && b.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD))
            return b.clauses().stream().map(BooleanClause::query).toList();
        return List.of(query);
    }

    /**
     * The clauses an alternative requires (its matches are within each of them), when it is a
     * conjunction that may also exclude: empty for another query.
     */
    private static Optional<Set<Query>> required(Query alternative) {
        if (!(alternative instanceof BooleanQuery b) || b.getMinimumNumberShouldMatch() > 0) return Optional.empty();
        Set<Query> required = Set.copyOf(b.clauses().stream()
                .filter(BooleanClause::isRequired)
                .map(BooleanClause::query)
                .toList());
        return required.isEmpty() ? Optional.empty() : Optional.of(required);
    }

    /**
     * Clauses whose common matches are exactly the alternative's: those of a conjunction of required
     * clauses alone, else the alternative itself as its one clause (a conjunction with exclusions or
     * options matches fewer than its required clauses).
     */
    private static Set<Query> exact(Query alternative) {
        if (alternative instanceof BooleanQuery b
                && b.getMinimumNumberShouldMatch() == 0
                && !b.clauses().isEmpty()
                && b.clauses().stream().allMatch(BooleanClause::isRequired))
            return Set.copyOf(b.clauses().stream().map(BooleanClause::query).toList());
        return Set.of(alternative);
    }
}
