package dev.marsad.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The highlighted passages of a SolrCloud hit made in Marsad's client from the article's stored
 * record, for an article written before Solr kept its body's offsets ({@link SolrDocuments#PASSAGES})
 * and for a reader's prefix ({@link HitHighlighter#canMark}); {@link HitHighlighter} otherwise: Lucene's unified highlighter with the embedded index's
 * settings over the terms of the index-time analyzer ({@link IndexAnalyzer#create()}), so the hit
 * marks the same words as on the embedded index. It analyses the body again: measured, that was
 * about half of SolrCloud's median search time (docs/benchmarks/solr.md, issue 13). Thread-safe.
 */
final class ClientHighlighter {

    /** Passages per hit, as the embedded index's. */
    private static final int PASSAGES = 2;

    /** Matching by the query's terms and by its weight, as the embedded index chooses ({@link PassageMatching}). */
    private final UnifiedHighlighter byTerms = highlighter(PassageMatching.TERMS);

    private final UnifiedHighlighter byWeight = highlighter(PassageMatching.WEIGHT);

    private static UnifiedHighlighter highlighter(PassageMatching matching) {
        return UnifiedHighlighter.builderWithoutSearcher(IndexAnalyzer.create())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withWeightMatches(matching == PassageMatching.WEIGHT)
                .build();
    }

    /**
     * The body's passages for {@code text} (the reader's query as {@link ArticleQueries#text}
     * built it), marked and escaped; empty when the body has no passage to show.
     */
    Optional<String> passages(IndexedArticle article, Query text) {
        String body = article.analyzed().article().plainText();
        try {
            UnifiedHighlighter highlighter = PassageMatching.of(text) == PassageMatching.WEIGHT ? byWeight : byTerms;
            Object passages = highlighter.highlightWithoutSearcher(IndexFields.BODY, text, body, PASSAGES);
            return passages instanceof String s && !s.isEmpty() ? Optional.of(s) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot highlight article " + article.id(), e);
        }
    }
}
