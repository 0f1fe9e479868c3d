package dev.marsad.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;

/**
 * A query tree reduced to what decides which documents it matches, for counting them: boosts and
 * constant scores go, a boolean query of one clause is that clause, a disjunction inside a
 * disjunction and a conjunction inside a conjunction become one. The reduced tree matches exactly
 * the documents the given one matches (every step is an identity of Boolean logic), with fewer
 * nodes for a backend to parse and rewrite: a respelling's count on SolrCloud is a facet query that
 * Solr parses and rewrites on every shard, and its text query is mostly boosts and nesting (issue
 * 13: those were about half of a count request's time in Solr, docs/benchmarks/solr-miss.md).
 *
 * <pre>
 * (+((copy_headlines:a)^4 (title:a)^5 body:a) +(…b…)) ((+(title:~K body:~K copy_headlines:~K)))^0.5
 *   →  (+(copy_headlines:a title:a body:a) +(…b…)) title:~K body:~K copy_headlines:~K
 * </pre>
 *
 * Scores of the reduced tree mean nothing; query types other than boolean, boost and constant
 * score are kept as they are.
 */
final class MatchingOnly {

    private MatchingOnly() {}

    /** The tree of {@code query} that matches the same documents, without what only scores. */
    static Query of(Query query) {
        return switch (query) {
            case BoostQuery b -> of(b.getQuery());
            case ConstantScoreQuery c -> of(c.getQuery());
            case BooleanQuery b -> of(b);
            default -> query;
        };
    }

    private static Query of(BooleanQuery query) {
        int atLeast = query.getMinimumNumberShouldMatch();
        boolean required = query.clauses().stream().anyMatch(c -> c.isRequired());
        var clauses = new ArrayList<BooleanClause>();
        for (BooleanClause clause : query.clauses()) {
            // beside a required clause, optional ones decide nothing of the matches unless some are needed
            if (clause.occur() == Occur.SHOULD && required && atLeast == 0) continue;
            Occur occur = clause.occur() == Occur.FILTER ? Occur.MUST : clause.occur();
            Query reduced = of(clause.query());
            if (reduced instanceof BooleanQuery inner && isJoinable(inner, occur, atLeast)) {
                clauses.addAll(inner.clauses());
                continue;
            }
            clauses.add(new BooleanClause(reduced, occur));
        }
        // one clause that must (or, alone, may) match: the clause is the query (a required clause with
        // options needed at least, and none there, matches nothing: kept)
        if (clauses.size() == 1 && isAlone(clauses.getFirst().occur(), atLeast))
            return clauses.getFirst().query();
        var builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(atLeast);
        clauses.forEach(builder::add);
        return builder.build();
    }

    /** Whether a boolean query of one clause of {@code occur} matches what the clause matches. */
    private static boolean isAlone(Occur occur, int atLeast) {
        return switch (occur) {
            case MUST, FILTER -> atLeast == 0;
            case SHOULD -> atLeast <= 1;
            case MUST_NOT -> false;
        };
    }

    /**
     * Whether the clauses of {@code inner} (already reduced) can stand in its parent's place: a pure
     * disjunction in a pure disjunction (no clause needed at least), or a conjunction of required
     * clauses (and prohibited ones) under a required clause.
     */
    private static boolean isJoinable(BooleanQuery inner, Occur occur, int parentAtLeast) {
        if (inner.getMinimumNumberShouldMatch() > 0) return false;
        List<BooleanClause> clauses = inner.clauses();
        if (occur == Occur.MUST)
            return clauses.stream().anyMatch(BooleanClause::isRequired)
                    && clauses.stream().allMatch(c -> c.occur() == Occur.MUST || c.occur() == Occur.MUST_NOT);
        return occur == Occur.SHOULD && parentAtLeast == 0 && clauses.stream().allMatch(c -> c.occur() == Occur.SHOULD);
    }
}
