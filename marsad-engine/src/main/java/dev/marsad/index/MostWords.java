package dev.marsad.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * A reader's text of plain words searched with most of its words required ({@link
 * SearchQuery.Words#MOST}): the query of each word as {@link ArticleQueries} builds it for the
 * text with every word required, the words as optional clauses of which at least {@link
 * #required(int)} must match, ranked by BM25 as usual (an article that holds more of the words
 * scores more). The words it holds tell a hit what it lacks ({@link #missingFrom}).
 *
 * @param query the query of the words, at least {@link #required(int)} of them
 * @param words each searchable word as typed, with its terms, words of the same terms once; three or
 *     more
 */
record MostWords(Query query, List<Word> words) {

    /**
     * One searchable word of the text.
     *
     * @param typed the word as the reader typed it
     * @param terms its analysed terms (one for most words), all of which a hit holds when it holds the word
     */
    record Word(String typed, List<String> terms) {
        Word {
            terms = List.copyOf(terms);
        }
    }

    MostWords {
        words = List.copyOf(words);
        if (!relaxes(words.size()))
            throw new IllegalArgumentException("most of " + words.size() + " word(s) is every word: " + words);
    }

    /**
     * How many of {@code words} searchable words a hit must hold: two thirds, rounded up. Chosen on
     * the development part of {@code bench recall} (all of SaudiNewsNet, 150 known-item queries, 10 of
     * which find nothing with every word; docs/benchmarks/search-recall.md): the reader's page
     * recall@10 0.800 → 0.853 (MRR@10 0.679 → 0.723) with all but one or with two thirds of the words
     * (the two differ only for two words and for six or more); 0.847 (MRR 0.718) with any one word,
     * whose looser matches push one known item out of the ten. At the same development score two
     * thirds wins: it does not turn a two-word text (a name, «خالد مشعل») into "either word" (review 4,
     * R1), so a text relaxes only from three words ({@link #relaxes}).
     */
    static int required(int words) {
        return Math.max(1, (2 * words + 2) / 3);
    }

    /** Whether a text of {@code words} distinct searchable words asks less when most are required. */
    static boolean relaxes(int words) {
        return required(words) < words;
    }

    /** The query of {@code words}' clauses, in order, with at least {@link #required} of them matching. */
    static MostWords of(List<Word> words, List<Query> clauses) {
        var builder = new BooleanQuery.Builder();
        for (Query clause : clauses) builder.add(clause, Occur.SHOULD);
        builder.setMinimumNumberShouldMatch(required(clauses.size()));
        return new MostWords(builder.build(), words);
    }

    /**
     * The words (as typed) that {@code article} holds in neither title nor body: its indexed terms,
     * read from its analysed texts as the index reads them, lack one of the word's terms.
     */
    List<String> missingFrom(IndexedArticle article) {
        Set<String> held = new HashSet<>();
        collect(IndexAnalyzer.titleTerms(article.analyzed().texts()), held);
        collect(IndexAnalyzer.bodyTerms(article.analyzed().texts()), held);
        var missing = new ArrayList<String>();
        for (Word word : words) if (!held.containsAll(word.terms())) missing.add(word.typed());
        return missing;
    }

    private static void collect(TokenStream stream, Set<String> into) {
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) into.add(term.toString());
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the terms of an analysed article", e);
        }
    }
}
