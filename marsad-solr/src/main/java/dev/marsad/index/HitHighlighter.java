package dev.marsad.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;

/**
 * The highlighted passages of SolrCloud hits, asked of Solr's unified highlighter with the embedded
 * index's settings: the offsets read from the postings of {@link SolrDocuments#PASSAGES} (the body's
 * terms with their offsets, as the embedded index keeps them), two whole sentences a hit, {@code
 * <mark>}, everything else escaped, the first 10,000 characters looked at, the first sentences when
 * nothing matches. Solr marks the terms of the reader's query tree (written term for term by {@link
 * SolrQueryWriter}) that are in the body, so a hit marks the same words on both backends and nothing
 * is analysed again at search time.
 *
 * <p>Measured (docs/benchmarks/solr.md, issue 13): analysing the ten hits' bodies again in Marsad's
 * client to highlight them was about half of SolrCloud's median search time.
 */
final class HitHighlighter {

    /** Passages per hit, as the embedded index's. */
    static final int PASSAGES = 2;

    /**
     * Characters of a body that highlighting looks at: the default of Lucene's unified highlighter,
     * which the embedded index keeps.
     */
    static final int MAX_CHARS = 10_000;

    /**
     * Whether Solr can mark the passages of hits of {@code text}: not when the reader asked for a
     * prefix ({@code word*}) that a hit must or may match. Solr's unified highlighter marks the words of
     * a prefix by analysing the stored body again, and the pre-analysed body's analyzer reads only
     * Marsad's JSON token streams: every such request failed ("Expecting single object only", issue 13).
     * A prefix under NOT marks nothing and is no obstacle. Such hits are marked in Marsad's client
     * ({@link ClientHighlighter}), as the embedded index marks them: every word of the prefix.
     */
    static boolean canMark(Query text) {
        var finder = new PrefixFinder();
        text.visit(finder);
        return !finder.found;
    }

    /** Finds a query that matches terms by a pattern (a prefix), outside NOT clauses. */
    private static final class PrefixFinder extends QueryVisitor {
        private boolean found;

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
        }

        @Override
        public void consumeTermsMatching(
                Query query, String field, java.util.function.Supplier<ByteRunAutomaton> automaton) {
            found = true;
        }
    }

    /** The field that holds a field's terms with their offsets: the body's copy for the body, else itself. */
    static String onPassages(String field) {
        return field.equals(IndexFields.BODY) ? SolrDocuments.PASSAGES : field;
    }

    /**
     * Adds to {@code solr} the request for the body passages of its hits that match {@code text}.
     *
     * @param askAgain whether the main query asks the body itself, so that the highlighter must ask
     *     the copy with the reader's query again ({@code hl.q}); when the main query already asks the
     *     copy ({@link WrittenEverywhere}), it marks the passages itself
     */
    void ask(SolrQuery solr, Query text, boolean askAgain) {
        solr.setHighlight(true);
        solr.set("hl.method", "unified");
        solr.set("hl.fl", SolrDocuments.PASSAGES);
        // the reader's query with the body's terms asked of the copy that keeps their offsets
        if (askAgain) {
            solr.set("hl.q", SolrQueryWriter.write(text, HitHighlighter::onPassages));
            solr.set("hl.qparser", "lucene");
        }
        // only the body's own terms mark it (the embedded index's highlighter matches by field too)
        solr.set("hl.requireFieldMatch", true);
        solr.set("hl.offsetSource", "POSTINGS");
        solr.set("hl.snippets", PASSAGES);
        // whole sentences: 1 asks for no length goal (a larger size would join or cut sentences towards
        // it, and 0 makes the whole body one passage)
        solr.set("hl.fragsize", 1);
        solr.set("hl.bs.type", "SENTENCE");
        solr.set("hl.maxAnalyzedChars", MAX_CHARS);
        solr.set("hl.tag.pre", "<mark>");
        solr.set("hl.tag.post", "</mark>");
        solr.set("hl.tag.ellipsis", " … ");
        solr.set("hl.encoder", "html");
        // a hit whose body does not match (it matched in the title) shows its first sentences
        solr.set("hl.defaultSummary", true);
        // the query's weight only for a phrase, as the embedded index asks (PassageMatching)
        solr.set("hl.weightMatches", PassageMatching.of(text) == PassageMatching.WEIGHT);
    }

    /**
     * The passages Solr gave the hit with this document id; empty when it gave none, which happens
     * only to an article written before {@link SolrDocuments#PASSAGES} existed (or with an empty body).
     */
    static Optional<String> passages(QueryResponse answer, String docId) {
        Map<String, Map<String, List<String>>> all = answer.getHighlighting();
        if (all == null) return Optional.empty();
        Map<String, List<String>> ofDoc = all.get(docId);
        List<String> passages = ofDoc == null ? null : ofDoc.get(SolrDocuments.PASSAGES);
        if (passages == null || passages.isEmpty() || passages.getFirst().isEmpty()) return Optional.empty();
        return Optional.of(passages.getFirst());
    }
}
