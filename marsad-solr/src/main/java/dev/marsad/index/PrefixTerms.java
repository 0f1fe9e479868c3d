package dev.marsad.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.TermsResponse;

/**
 * A reader's prefix ({@code word*}) asked of SolrCloud as the embedded index bounds it: the first
 * {@value BoundedQueryParser#MAX_PREFIX_TERMS} words of the field that start with it, in term order
 * (what Lucene's top-terms rewrite keeps there), each a term of the query. Left to Solr's parser, a
 * prefix matched every word that starts with it, scored as one constant, and Solr's highlighter could
 * mark its words only by analysing the pre-analysed body again, which fails ({@link
 * HitHighlighter#canMark}). The words are read from the terms component of every shard, one request
 * per prefix for all its fields. Thread-safe.
 */
final class PrefixTerms {

    /** The first words of a field that start with a prefix, in term order, at most a limit of them. */
    private final BiFunction<List<String>, String, Map<String, List<String>>> firstWords;

    /** Reads the words from the articles collection of {@code nodes}. */
    PrefixTerms(SolrNodes nodes) {
        this((fields, prefix) -> firstWords(nodes, fields, prefix));
    }

    /** @param firstWords per field of the given ones, its first words that start with the prefix */
    PrefixTerms(BiFunction<List<String>, String, Map<String, List<String>>> firstWords) {
        this.firstWords = firstWords;
    }

    /**
     * {@code query} with every prefix replaced by its words (none: a query that matches nothing), the
     * rest of the tree as it was; the same query when it has no prefix.
     */
    Query expand(Query query) {
        var prefixes = new HashMap<String, List<String>>(); // prefix text → its fields
        collect(query, prefixes);
        if (prefixes.isEmpty()) return query;
        var words = new HashMap<Term, List<String>>();
        prefixes.forEach((prefix, fields) ->
                firstWords.apply(fields, prefix).forEach((field, found) -> words.put(new Term(field, prefix), found)));
        return rebuilt(query, words);
    }

    private static void collect(Query query, Map<String, List<String>> prefixes) {
        switch (query) {
            case PrefixQuery p -> {
                List<String> fields = prefixes.computeIfAbsent(p.getPrefix().text(), k -> new ArrayList<>());
                if (!fields.contains(p.getField())) fields.add(p.getField());
            }
            case BooleanQuery b -> b.clauses().forEach(c -> collect(c.query(), prefixes));
            case BoostQuery b -> collect(b.getQuery(), prefixes);
            default -> {}
        }
    }

    private static Query rebuilt(Query query, Map<Term, List<String>> words) {
        return switch (query) {
            case PrefixQuery p -> {
                List<String> found = words.getOrDefault(p.getPrefix(), List.of());
                if (found.isEmpty()) yield new MatchNoDocsQuery("no word starts with " + p.getPrefix());
                var either = new BooleanQuery.Builder();
                for (String word : found)
                    either.add(new TermQuery(new Term(p.getField(), word)), BooleanClause.Occur.SHOULD);
                yield either.build();
            }
            case BooleanQuery b -> {
                var builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
                for (BooleanClause c : b.clauses()) builder.add(rebuilt(c.query(), words), c.occur());
                yield builder.build();
            }
            case BoostQuery b -> new BoostQuery(rebuilt(b.getQuery(), words), b.getBoost());
            default -> query;
        };
    }

    private static Map<String, List<String>> firstWords(SolrNodes nodes, List<String> fields, String prefix) {
        SolrQuery solr = TermVocabulary.firstTerms(fields, BoundedQueryParser.MAX_PREFIX_TERMS);
        solr.setTermsPrefix(prefix);
        TermsResponse answer = nodes.call(
                        "the words that start with " + prefix,
                        client -> client.query(SolrCollections.ARTICLES, solr, SolrRequest.METHOD.GET))
                .getTermsResponse();
        var words = new HashMap<String, List<String>>();
        for (String field : fields)
            words.put(
                    field,
                    TermVocabulary.termsOf(answer, field).stream()
                            .map(TermsResponse.Term::getTerm)
                            .toList());
        return words;
    }
}
