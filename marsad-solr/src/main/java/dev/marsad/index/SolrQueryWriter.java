package dev.marsad.index;

import java.util.function.UnaryOperator;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Writes a query tree of {@link ArticleQueries} in Solr's standard query syntax, term for term:
 * every term is quoted and escaped, so Solr's query side (whitespace only on the pre-analysed
 * fields, none on keywords) finds exactly the term the tree names and analyses nothing again.
 *
 * <pre>
 * +(title:"قره"^3.0 …) #kind:article      →  +((title:"قره")^3.0 …) +filter(kind:"article")
 * ConstantScore(fingerprint:b1)^7         →  (fingerprint:"b1")^=7.0
 * (title:"أ" title:"ب")~1                  →  ({!bool mm=1 should="title:\"أ\"" should="title:\"ب\""} )
 * published:[1694476800000 TO *]          →  published:[1694476800000 TO *]
 * </pre>
 *
 * A query type that {@link ArticleQueries} never builds is a bug: {@link IllegalArgumentException}.
 */
final class SolrQueryWriter {

    private SolrQueryWriter() {}

    /** The query in Solr's standard syntax. */
    static String write(Query query) {
        return write(query, UnaryOperator.identity());
    }

    /**
     * The query in Solr's standard syntax with every field renamed by {@code fields}: the same terms
     * asked of another field that holds them (the body's of {@link SolrDocuments#PASSAGES}).
     */
    static String write(Query query, UnaryOperator<String> fields) {
        var out = new StringBuilder();
        write(query, fields, out);
        return out.toString();
    }

    private static void write(Query query, UnaryOperator<String> fields, StringBuilder out) {
        switch (query) {
            case TermQuery t -> term(t.getTerm(), fields, out);
            case BooleanQuery b -> bool(b, fields, out);
            case BoostQuery b -> {
                if (b.getQuery() instanceof ConstantScoreQuery c) constant(c.getQuery(), b.getBoost(), fields, out);
                else {
                    out.append('(');
                    write(b.getQuery(), fields, out);
                    out.append(")^").append(b.getBoost());
                }
            }
            case ConstantScoreQuery c -> constant(c.getQuery(), 1f, fields, out);
            case PhraseQuery p -> phrase(p, fields, out);
            case SynonymQuery s -> synonyms(s, fields, out);
            case PrefixQuery p ->
                out.append(fields.apply(p.getPrefix().field()))
                        .append(':')
                        .append(escaped(p.getPrefix().text()))
                        .append('*');
            case PointRangeQuery r -> range(r, fields, out);
            case MatchAllDocsQuery all -> out.append("*:*");
            case MatchNoDocsQuery none -> out.append("(*:* -*:*)");
            default ->
                throw new IllegalArgumentException(
                        "no Solr syntax for " + query.getClass().getSimpleName() + ": " + query);
        }
    }

    private static void bool(BooleanQuery query, UnaryOperator<String> fields, StringBuilder out) {
        if (query.getMinimumNumberShouldMatch() > 0) {
            atLeast(query, fields, out);
            return;
        }
        out.append('(');
        boolean first = true;
        for (BooleanClause clause : query.clauses()) {
            if (!first) out.append(' ');
            first = false;
            switch (clause.occur()) {
                case MUST -> {
                    out.append('+');
                    write(clause.query(), fields, out);
                }
                case FILTER -> {
                    // filter(…) matches without scoring, as a Lucene FILTER clause, and is cached
                    out.append("+filter(");
                    write(clause.query(), fields, out);
                    out.append(')');
                }
                case SHOULD -> write(clause.query(), fields, out);
                case MUST_NOT -> {
                    out.append('-');
                    write(clause.query(), fields, out);
                }
            }
        }
        if (first) out.append("*:* -*:*"); // an empty boolean query matches nothing, as in Lucene
        out.append(')');
    }

    /**
     * A boolean query with a minimum number of optional clauses that must match, which the standard
     * syntax cannot say: Solr's {@code bool} parser with its {@code mm} (an integer in Solr 9), each
     * clause written in the standard syntax as a quoted local parameter, checked on the real cluster
     * by the contract suite (most words of a query: {@link MostWords}). The local parameters end with
     * a space: Solr's parser would read what follows the closing brace as the parser's own value.
     */
    private static void atLeast(BooleanQuery query, UnaryOperator<String> fields, StringBuilder out) {
        out.append("({!bool mm=").append(query.getMinimumNumberShouldMatch());
        for (BooleanClause clause : query.clauses()) {
            String name = switch (clause.occur()) {
                case MUST -> "must";
                case FILTER -> "filter";
                case SHOULD -> "should";
                case MUST_NOT -> "must_not";
            };
            out.append(' ').append(name).append('=').append(quoted(write(clause.query(), fields)));
        }
        out.append("} )");
    }

    private static void constant(Query inner, float score, UnaryOperator<String> fields, StringBuilder out) {
        out.append('(');
        write(inner, fields, out);
        out.append(")^=").append(score);
    }

    private static void term(Term term, UnaryOperator<String> fields, StringBuilder out) {
        out.append(fields.apply(term.field())).append(':').append(quoted(term.text()));
    }

    private static void phrase(PhraseQuery phrase, UnaryOperator<String> fields, StringBuilder out) {
        Term[] terms = phrase.getTerms();
        if (terms.length == 0) {
            out.append("(*:* -*:*)");
            return;
        }
        var words = new StringBuilder();
        for (Term t : terms) {
            if (!words.isEmpty()) words.append(' ');
            words.append(t.text());
        }
        out.append(fields.apply(terms[0].field())).append(':').append(quoted(words.toString()));
        // the positions' gaps (a stop word left out) become slop: the words still come in order, near
        int[] positions = phrase.getPositions();
        int gaps = positions[positions.length - 1] - positions[0] - (positions.length - 1);
        int slop = phrase.getSlop() + Math.max(0, gaps);
        if (slop > 0) out.append('~').append(slop);
    }

    private static void synonyms(SynonymQuery query, UnaryOperator<String> fields, StringBuilder out) {
        out.append('(');
        boolean first = true;
        for (Term t : query.getTerms()) {
            if (!first) out.append(' ');
            first = false;
            term(t, fields, out);
        }
        out.append(')');
    }

    private static void range(PointRangeQuery range, UnaryOperator<String> fields, StringBuilder out) {
        if (range.getNumDims() != 1 || range.getBytesPerDim() != Long.BYTES)
            throw new IllegalArgumentException("no Solr syntax for " + range);
        long from = LongPoint.decodeDimension(range.getLowerPoint(), 0);
        long to = LongPoint.decodeDimension(range.getUpperPoint(), 0);
        out.append(fields.apply(range.getField()))
                .append(":[")
                .append(from == Long.MIN_VALUE ? "*" : Long.toString(from))
                .append(" TO ")
                .append(to == Long.MAX_VALUE ? "*" : Long.toString(to))
                .append(']');
    }

    /** A term in double quotes, its quotes and backslashes escaped. */
    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** A term outside quotes (a prefix), every character of the query syntax escaped. */
    private static String escaped(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\+-!():^[]\"{}~*?|&;/ \t\n".indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }
}
