package dev.marsad.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The text queries of one respelling, each the query {@link ArticleQueries#text} gives, built from
 * what the respelling's texts share: the texts of one step differ from each other in one word, so
 * each word's query (its terms in every field) is built once and a text's words are the
 * conjunction of its words' queries, as the parser joins them; each name key's query too. A text
 * with query syntax, or without a searchable word, is parsed whole. The name keys are still found
 * by analysing the whole text: a key of two adjacent short words joined depends on its neighbour.
 *
 * <p>Issue 13: parsing every respelt text from scratch was about a third of the respelling's own
 * CPU on SolrCloud (each word analysed once per field, each term and clause built again). Not
 * thread-safe: one respelling's.
 */
final class RespellingTexts {

    /** What the parser takes for whitespace between tokens ({@link BoundedQueryParser}). */
    private static final Pattern PARSER_WHITESPACE = Pattern.compile("[ \\t\\n\\r]+");

    private final ArticleQueries queries;
    private final Map<String, Optional<Query>> texts = new HashMap<>();
    private final Map<String, Optional<Query>> words = new HashMap<>();
    private final Map<String, Query> keys = new HashMap<>();

    RespellingTexts(ArticleQueries queries) {
        this.queries = queries;
    }

    /**
     * The query of {@code given}, equal to {@link ArticleQueries#text}'s, built once.
     *
     * @throws QueryRejected when the text asks for more terms than are searched
     */
    Optional<Query> text(String given) {
        Optional<Query> known = texts.get(given);
        if (known != null) return known;
        Optional<Query> built = build(given);
        texts.put(given, built);
        return built;
    }

    private Optional<Query> build(String given) {
        if (given.isBlank()) return Optional.empty();
        String text = BoundedQueryParser.readerSyntax(given);
        if (!BoundedQueryParser.isPlain(text)) return queries.text(given);
        var clauses = new ArrayList<Query>();
        for (String word : PARSER_WHITESPACE.split(text))
            if (!word.isEmpty()) wordOf(word).ifPresent(clauses::add);
        // no searchable word: the parser's own answer
        if (clauses.isEmpty()) return queries.text(given);
        Query conjunction = BoundedQueryParser.bounded(conjunction(clauses));
        return Optional.of(ArticleQueries.either(text, conjunction, queries.nameKeyQuery(text, this::keyOf)));
    }

    /** One clause as itself, more as the parser joins a text's words: each required, in order. */
    private static Query conjunction(List<Query> clauses) {
        if (clauses.size() == 1) return clauses.getFirst();
        var all = new BooleanQuery.Builder();
        for (Query clause : clauses) all.add(clause, Occur.MUST);
        return all.build();
    }

    private Optional<Query> wordOf(String word) {
        return words.computeIfAbsent(
                word, w -> Optional.ofNullable(queries.parser().word(w)));
    }

    private Query keyOf(String key) {
        return keys.computeIfAbsent(key, ArticleQueries::inAnyText);
    }
}
