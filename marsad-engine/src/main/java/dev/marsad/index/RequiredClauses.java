package dev.marsad.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        return ofReduced(MatchingOnly.of(query));
    }

    /** {@link #of} a query already reduced by {@link MatchingOnly}. */
    static RequiredClauses ofReduced(Query reduced) {
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
     * Queries to find, for a given query, one that holds every document it matches ({@link #isWithin}),
     * comparing it only with the few that can: each query added is filed under one clause of each of
     * its exact alternatives and under each alternative, and a query within it must require one of
     * those clauses (or a disjunction of its alternatives, filed under the disjunction's first
     * alternative) in its first alternative. So the answer is {@link #isWithin} against every query
     * added, at the cost of a few lookups and the comparisons with the queries they name (issue 13:
     * the respelling's list of texts that found nothing was compared whole with every text it counted,
     * quadratic in the texts). Not thread-safe.
     */
    static final class Outers {
        private final Map<Query, List<RequiredClauses>> byClause = new HashMap<>();
        private int size;

        /** Adds {@code outer} to the queries looked at. */
        void add(RequiredClauses outer) {
            size++;
            var keys = new LinkedHashSet<Query>();
            for (Set<Query> exact : outer.alternatives)
                keys.add(exact.iterator().next());
            keys.addAll(outer.whole);
            for (Query key : keys)
                byClause.computeIfAbsent(key, k -> new ArrayList<>()).add(outer);
        }

        /** Whether {@code inner} {@link #isWithin} one of the queries added. */
        boolean holdOne(RequiredClauses inner) {
            if (size == 0 || inner.narrowest.isEmpty()) return false;
            var candidates = new LinkedHashSet<RequiredClauses>();
            for (Query clause : inner.narrowest.getFirst()) {
                candidates.addAll(byClause.getOrDefault(clause, List.of()));
                List<Query> alternatives = alternativesOf(clause);
                if (alternatives.size() > 1)
                    candidates.addAll(byClause.getOrDefault(alternatives.getFirst(), List.of()));
            }
            for (RequiredClauses outer : candidates) if (inner.isWithin(outer)) return true;
            return false;
        }

        /** How many queries were added. */
        int size() {
            return size;
        }
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
