package dev.marsad.index;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Tag;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The queries of every backend, built from the terms marsad-arabic gives: the reader's text with
 * its filters, link candidates, similar articles. They are Lucene {@link Query} trees over the
 * fields of {@link IndexFields}; the embedded index runs them as they are, the SolrCloud backend
 * writes them in Solr's query syntax, so both rank by the same analysed terms and neither relies on
 * the other's analyzer. Thread-safe.
 */
final class ArticleQueries {

    /**
     * Title matches weigh more than body matches: a word of the query in a short headline says more
     * about the article than the same word among hundreds in a body. 5, chosen on the development
     * part of {@code bench recall} (all of SaudiNewsNet, 150 known-item queries; docs/benchmarks/
     * search-recall.md): against 3, recall@10 0.787 → 0.800 on development and 0.840 → 0.840 on the
     * unseen part (MRR 0.790 → 0.797); a weight costs nothing at query time.
     */
    private static final float TITLE_WEIGHT = 5f;

    /**
     * The weight of a word found in the headlines of an original's folded copies ({@link
     * IndexFields#COPY_HEADLINES}, issue 13): another outlet's headline for the same text, weighed
     * near the original's own. 4, chosen on the development parts of {@code bench recall} (all of
     * SaudiNewsNet; seeds 20230920 and 7, 150 known items each; docs/benchmarks/search-recall.md):
     * recall@10 of the search 0.867 / 0.867 / 0.873 / 0.880 for weights 1 / 2 / 3 / 4 on the first
     * seed (0.800 without copy headlines), 0.867 for 2 and 4 on the second; MRR@10 is highest at 2
     * (0.742 against 0.730 at 4 on the first seed, 0.795 against 0.786 on the second).
     */
    private static final float COPY_HEADLINES_WEIGHT = 4f;

    private static final Map<String, Float> TEXT_FIELDS = Map.of(
            IndexFields.TITLE, TITLE_WEIGHT, IndexFields.BODY, 1f, IndexFields.COPY_HEADLINES, COPY_HEADLINES_WEIGHT);

    private static final float ENTITY_BOOST = 2f;
    private static final float TAG_BOOST = 1.5f;
    /** A match on spelling-variant keys alone ranks below a match on the words themselves. */
    private static final float NAME_KEY_BOOST = 0.5f;

    /** The analyzer of the reader's words, shared: analyzers are safe across threads. */
    private static final Analyzer WORDS = IndexAnalyzer.wordsOnly();

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Analyzer analyzer = IndexAnalyzer.create();
    private final Analyzer wordsAnalyzer = IndexAnalyzer.wordsOnly();
    private final Analyzer keysAnalyzer = IndexAnalyzer.nameKeysOnly();
    private final BoundedQueryParser parser = new BoundedQueryParser(wordsAnalyzer, TEXT_FIELDS);

    /** The analyzer of indexed text (words and name keys), for highlighting. */
    Analyzer analyzer() {
        return analyzer;
    }

    /**
     * The reader's text as a query: every word must match (quotes, + and - as in SimpleQueryParser,
     * bounded by {@link BoundedQueryParser}),
     * or, more weakly, every spelling-variant name key must, so that قره باخ finds كاراباخ though
     * the two spellings differ in word count.
     */
    Optional<Query> text(String given) {
        if (given.isBlank()) return Optional.empty();
        String text = BoundedQueryParser.readerSyntax(given);
        return Optional.of(either(text, parser.parse(text), nameKeyQuery(text, ArticleQueries::inAnyText)));
    }

    /**
     * The text query of {@code text} (in the parser's syntax) from its parsed words (null for none)
     * and its name keys: either, the keys weaker ({@link #text}).
     */
    static Query either(String text, Query words, Optional<Query> nameKeys) {
        var either = new BooleanQuery.Builder();
        if (words != null) either.add(words, Occur.SHOULD);
        nameKeys.ifPresent(keys -> either.add(new BoostQuery(keys, NAME_KEY_BOOST), Occur.SHOULD));
        BooleanQuery query = either.build();
        return query.clauses().isEmpty() ? new MatchNoDocsQuery("no searchable words in '" + text + "'") : query;
    }

    /** The parser of the reader's words ({@link BoundedQueryParser}). */
    BoundedQueryParser parser() {
        return parser;
    }

    /**
     * The text query of {@code query}: {@link #text} when it asks for every word, {@link #mostWords}
     * when it asks for most and its text has three plain words or more, else {@link #text} again.
     *
     * @throws QueryRejected when the text asks for more terms than are searched
     */
    Text textOf(SearchQuery query) {
        Optional<MostWords> most = query.words() == SearchQuery.Words.MOST ? mostWords(query.text()) : Optional.empty();
        return most.isPresent()
                ? new Text(Optional.of(most.get().query()), most)
                : new Text(text(query.text()), Optional.empty());
    }

    /**
     * The text of a search, with what its hits lack when most words are required.
     *
     * @param query the text query; empty when the text has no words (a listing)
     * @param most the words when most of them are required
     */
    record Text(Optional<Query> query, Optional<MostWords> most) {

        /** Whether the hits hold most, not all, of the words. */
        boolean relaxed() {
            return most.isPresent();
        }

        /** Per word, the query of the articles that hold it ({@link MostWords#holding}); none unless {@link #relaxed()}. */
        List<Query> holding() {
            return most.map(MostWords::holding).orElse(List.of());
        }

        /** The words a hit lacks, {@code holds} telling by index whether it holds each; none unless {@link #relaxed()}. */
        List<String> missing(java.util.function.IntPredicate holds) {
            return most.map(m -> m.missing(holds)).orElse(List.of());
        }
    }

    /**
     * The reader's text with most of its words required ({@link MostWords}): each whitespace-separated
     * word the query of that word alone (title and body, as {@link #text} asks it); empty when the text
     * uses query syntax (quotes, + and -, "or", a prefix: the reader said how words combine) or has too
     * few searchable words for most of them to be fewer than all ({@link MostWords#relaxes}; stop
     * words are not searched, and a word repeated, or of the same terms as an earlier one, counts
     * once). Name keys are not asked: they only stand in for every word of a name spelt with fewer or
     * more words.
     *
     * @throws QueryRejected when the text asks for more terms than are searched
     */
    Optional<MostWords> mostWords(String given) {
        String text = BoundedQueryParser.readerSyntax(given);
        if (text.isBlank() || hasSyntax(text)) return Optional.empty();
        parser.parse(text); // the bound on terms, as for every word
        List<MostWords.Word> words = wordsOf(text);
        if (!MostWords.relaxes(words.size())) return Optional.empty();
        var clauses = new ArrayList<Query>();
        for (MostWords.Word word : words) clauses.add(parser.parse(word.typed()));
        return Optional.of(MostWords.of(words, clauses));
    }

    /**
     * Whether {@link #mostWords} relaxes the text: a cheap check (the text analysed, nothing searched),
     * so that a miss that cannot relax is not searched again ({@link ArticleIndex#searchAndSuggest}).
     */
    static boolean relaxes(String given) {
        String text = BoundedQueryParser.readerSyntax(given);
        return !text.isBlank()
                && !hasSyntax(text)
                && MostWords.relaxes(wordsOf(text).size());
    }

    /** The searchable words of a text without syntax, in order, each of its terms once. */
    private static List<MostWords.Word> wordsOf(String text) {
        var words = new ArrayList<MostWords.Word>();
        var seen = new java.util.HashSet<List<String>>();
        for (String typed : WHITESPACE.split(text.strip())) {
            List<String> terms = IndexAnalyzer.terms(WORDS, IndexFields.BODY, typed);
            // a stop word, or punctuation, is not searched with every word either
            if (!terms.isEmpty() && seen.add(terms)) words.add(new MostWords.Word(typed, terms));
        }
        return words;
    }

    /**
     * Whether the text uses the reader's query syntax (after {@link BoundedQueryParser#readerSyntax}):
     * a hyphen only at a word's start (NOT), as the parser reads it; inside a word («كوفيد-19») it is
     * part of the word.
     */
    private static boolean hasSyntax(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-'
                    ? i == 0 || Character.isWhitespace(text.charAt(i - 1))
                    : BoundedQueryParser.SYNTAX.indexOf(c) >= 0) return true;
        }
        return false;
    }

    /**
     * All name keys of the text, each in title, body or copy headlines ({@code inAnyText}: {@link
     * #inAnyText}, or the same query kept from before); empty when the text has none or uses query
     * syntax.
     */
    Optional<Query> nameKeyQuery(String text, Function<String, Query> inAnyText) {
        if (text.chars().anyMatch(c -> c == '"' || c == '-' || c == '+' || c == '|' || c == '*'))
            return Optional.empty();
        List<String> keys = IndexAnalyzer.nameKeys(keysAnalyzer, IndexFields.BODY, text);
        if (keys.isEmpty()) return Optional.empty();
        var all = new BooleanQuery.Builder();
        for (String key : keys) all.add(inAnyText.apply(key), Occur.MUST);
        return Optional.of(all.build());
    }

    /** A term in any of the searched text fields ({@link IndexFields#SEARCHED_TEXT}). */
    static Query inAnyText(String term) {
        var either = new BooleanQuery.Builder();
        for (String field : IndexFields.SEARCHED_TEXT) either.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        return either.build();
    }

    /** The text query (if any) with the filters of {@code query}: articles, canonical unless copies are asked for. */
    Query filtered(Optional<Query> text, SearchQuery query) {
        var builder = new BooleanQuery.Builder();
        text.ifPresent(t -> builder.add(t, Occur.MUST));
        builder.add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_ARTICLE)), Occur.FILTER);
        if (!query.includeCopies()) builder.add(new TermQuery(new Term(IndexFields.CANONICAL, "true")), Occur.FILTER);
        if (query.from().isPresent() || query.to().isPresent()) {
            long from = query.from()
                    .map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli())
                    .orElse(Long.MIN_VALUE);
            long to = query.to()
                    .map(d -> d.plusDays(1)
                                    .atStartOfDay(ZoneOffset.UTC)
                                    .toInstant()
                                    .toEpochMilli()
                            - 1)
                    .orElse(Long.MAX_VALUE);
            builder.add(LongPoint.newRangeQuery(IndexFields.PUBLISHED, from, to), Occur.FILTER);
        }
        query.source().ifPresent(s -> builder.add(new TermQuery(new Term(IndexFields.SOURCE, s)), Occur.FILTER));
        // issue 11: a tag that names an entity is that entity, so a tag and the entity of the same key
        // select the same articles, whatever spelling the page's tag or text used
        query.tag().ifPresent(t -> builder.add(tagOrEntity(t), Occur.FILTER));
        query.entity().ifPresent(e -> builder.add(tagOrEntity(e), Occur.FILTER));
        query.section()
                .ifPresent(s -> builder.add(new TermQuery(new Term(IndexFields.SECTION, s.name())), Occur.FILTER));
        return builder.build();
    }

    /** Canonical articles (not copies). */
    Query canonicalArticles() {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_ARTICLE)), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.CANONICAL, "true")), Occur.FILTER)
                .build();
    }

    /**
     * A link query: the keys as constant-score clauses weighted by their weights, so a hit's score
     * is the sum of the weights of the keys it has (integers, exact in a float), over the canonical
     * articles of the query's window.
     */
    Query candidates(CandidateQuery query) {
        var anyKey = new BooleanQuery.Builder();
        for (CandidateQuery.Key key : query.keys()) {
            var term = new TermQuery(new Term(IndexFields.fieldOf(key.field()), key.value()));
            anyKey.add(new BoostQuery(new ConstantScoreQuery(term), key.weight()), Occur.SHOULD);
        }
        var builder = new BooleanQuery.Builder().add(anyKey.build(), Occur.MUST).add(canonicalArticles(), Occur.FILTER);
        query.window()
                .ifPresent(w -> builder.add(
                        LongPoint.newRangeQuery(IndexFields.PUBLISHED, w.from().toEpochMilli(), w.to().toEpochMilli()),
                        Occur.FILTER));
        return builder.build();
    }

    /**
     * Canonical articles like this one by the words of its title and keywords (analysed here: a
     * short text, not the body), its entities and its tags, without itself and its copies.
     */
    Query similar(IndexedArticle indexed) {
        AnalyzedArticle analyzed = indexed.analyzed();
        var like = new BooleanQuery.Builder();
        String words = analyzed.article().title() + "\n" + String.join(" ", analyzed.keywords());
        for (String term : IndexAnalyzer.terms(wordsAnalyzer, IndexFields.BODY, words))
            like.add(new TermQuery(new Term(IndexFields.BODY, term)), Occur.SHOULD);
        for (Entity entity : analyzed.entities())
            like.add(
                    new BoostQuery(new TermQuery(new Term(IndexFields.ENTITY, entity.id())), ENTITY_BOOST),
                    Occur.SHOULD);
        for (Tag tag : analyzed.tags())
            like.add(new BoostQuery(new TermQuery(new Term(IndexFields.TAG, tag.key())), TAG_BOOST), Occur.SHOULD);
        return new BooleanQuery.Builder()
                .add(like.build(), Occur.MUST)
                .add(canonicalArticles(), Occur.FILTER)
                .add(
                        new TermQuery(new Term(IndexFields.ID, IndexFields.KIND_ARTICLE + ":" + indexed.id())),
                        Occur.MUST_NOT)
                .add(new TermQuery(new Term(IndexFields.DUPLICATE_OF, indexed.id())), Occur.MUST_NOT)
                .build();
    }

    /** Articles that carry the tag {@code key} or name the entity {@code key}. */
    private static Query tagOrEntity(String key) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TAG, key)), Occur.SHOULD)
                .add(new TermQuery(new Term(IndexFields.ENTITY, key)), Occur.SHOULD)
                .build();
    }
}
