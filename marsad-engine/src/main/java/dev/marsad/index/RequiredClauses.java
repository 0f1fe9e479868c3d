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

    /**
     * Per alternative, the alternatives of each of its required clauses that is a disjunction of more
     * than one ({@link #alternativesOf}), found once: a clause is within a query whose alternatives
     * hold all of them.
     */
    private final List<List<List<Query>>> disjunctions;

    /** The alternatives themselves. */
    private final Set<Query> whole;

    private RequiredClauses(List<Set<Query>> alternatives, List<Set<Query>> narrowest, Set<Query> whole) {
        this.alternatives = alternatives;
        this.narrowest = narrowest;
        this.whole = whole;
        var disjunctions = new ArrayList<List<List<Query>>>(narrowest.size());
        for (Set<Query> required : narrowest) {
            var of = new ArrayList<List<Query>>();
            for (Query clause : required) {
                List<Query> options = alternativesOf(clause);
                if (options.size() > 1) of.add(options);
            }
            disjunctions.add(of);
        }
        this.disjunctions = disjunctions;
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
        for (int i = 0; i < narrowest.size(); i++) if (!isWithin(i, outer)) return false;
        return true;
    }

    /** Whether alternative {@code i} of this query is within {@code outer} ({@link #isWithin}). */
    private boolean isWithin(int i, RequiredClauses outer) {
        Set<Query> mine = narrowest.get(i);
        for (Set<Query> exact : outer.alternatives) if (mine.containsAll(exact)) return true;
        // a clause that is one of the outer alternatives, or a disjunction of them only (a name key
        // asked in every text field: MatchingOnly joins its terms into the alternatives)
        for (Query clause : mine) if (outer.whole.contains(clause)) return true;
        for (List<Query> options : disjunctions.get(i)) if (outer.whole.containsAll(options)) return true;
        return false;
    }

    /**
     * Queries to find, for a given query, one that holds every document it matches ({@link #isWithin}),
     * comparing it only with the few that can: each query added is filed under one clause of each of
     * its exact alternatives (the clause filed least so far: a respelling's texts share every word but
     * one, and filed under a word they share each would be compared with every text) and under each
     * alternative; a query within it requires, in its first alternative, one of those clauses or a
     * disjunction of its alternatives (looked up by the disjunction's first alternative). So the
     * answer is {@link #isWithin} against every query added, at the cost of a few lookups and the
     * comparisons with the queries they name (issue 13: the respelling's list of texts that found
     * nothing was compared whole with every text it counted, quadratic in the texts). Not thread-safe.
     */
    static final class Outers {
        private final Map<Query, List<RequiredClauses>> byClause = new HashMap<>();
        private int size;

        /** Adds {@code outer} to the queries looked at. */
        void add(RequiredClauses outer) {
            size++;
            var keys = new LinkedHashSet<Query>();
            for (Set<Query> exact : outer.alternatives) keys.add(leastFiled(exact));
            keys.addAll(outer.whole);
            for (Query key : keys)
                byClause.computeIfAbsent(key, k -> new ArrayList<>()).add(outer);
        }

        /** Whether {@code inner} {@link #isWithin} one of the queries added. */
        boolean holdOne(RequiredClauses inner) {
            if (size == 0 || inner.narrowest.isEmpty()) return false;
            var candidates = new LinkedHashSet<RequiredClauses>();
            for (Query clause : inner.narrowest.getFirst()) candidates.addAll(byClause.getOrDefault(clause, List.of()));
            for (List<Query> options : inner.disjunctions.getFirst())
                candidates.addAll(byClause.getOrDefault(options.getFirst(), List.of()));
            for (RequiredClauses outer : candidates) if (inner.isWithin(outer)) return true;
            return false;
        }

        /** How many queries were added. */
        int size() {
            return size;
        }

        private Query leastFiled(Set<Query> clauses) {
            Query least = null;
            int fewest = Integer.MAX_VALUE;
            for (Query clause : clauses) {
                int filed = byClause.getOrDefault(clause, List.of()).size();
                if (filed < fewest) {
                    least = clause;
                    fewest = filed;
                }
            }
            return least;
        }
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
