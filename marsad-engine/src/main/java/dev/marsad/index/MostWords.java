package dev.marsad.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * A reader's text of plain words searched with most of its words required ({@link
 * SearchQuery.Words#MOST}): the query of each word as {@link ArticleQueries} builds it for the
 * text with every word required, the words as optional clauses of which at least {@link
 * #required(int)} must match, ranked by BM25 as usual (an article that holds more of the words
 * scores more). The index tells which words a hit holds, and so what it lacks ({@link #holding}).
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
     * Per word, in order, the query of the articles that hold it: each of its terms in the title, the
     * body or the copy headlines (the indexed terms, name keys aside). Each backend asks the index which of these a hit
     * matches ({@link #missing}): the embedded index by the queries' postings at the hit's document,
     * SolrCloud by a pseudo-field per word; neither reads nor analyses the hit's record (review 4, R2).
     */
    List<Query> holding() {
        var queries = new ArrayList<Query>();
        for (Word word : words) {
            var every = new BooleanQuery.Builder();
            for (String term : word.terms()) every.add(ArticleQueries.inAnyText(term), Occur.MUST);
            queries.add(every.build());
        }
        return queries;
    }

    /** The words (as typed), in order, that a hit does not hold: those {@code holds} is false for, by index. */
    List<String> missing(IntPredicate holds) {
        var missing = new ArrayList<String>();
        for (int i = 0; i < words.size(); i++)
            if (!holds.test(i)) missing.add(words.get(i).typed());
        return missing;
    }
}
