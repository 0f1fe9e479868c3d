package dev.marsad.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Reads link candidates from their doc values (id, story, published, profile), never from the
 * stored JSON, except for an article stored before those fields existed. Package-private.
 */
final class CandidateReader {

    private CandidateReader() {}

    /** The candidates of these hits, in hit order; the score is each hit's query score. */
    static List<Candidate> read(IndexSearcher searcher, ScoreDoc[] hits, ArticleSearch.Loader<IndexedArticle> loader)
            throws IOException {
        Candidate[] result = new Candidate[hits.length];
        // doc values are read forwards within a segment: visit the hits in doc order
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) byDoc[i] = i;
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Leaf leaf = null;
        for (int i : byDoc) {
            ScoreDoc hit = hits[i];
            LeafReaderContext context = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            if (leaf == null || leaf.context != context) leaf = new Leaf(context);
            int score = Math.round(scoreOf(hit));
            result[i] = leaf.candidate(hit.doc - context.docBase, score)
                    .orElseGet(() -> fromJson(searcher, hit.doc, score, loader));
        }
        return new ArrayList<>(Arrays.asList(result));
    }

    private static float scoreOf(ScoreDoc hit) {
        return hit instanceof FieldDoc field && field.fields.length > 0 && field.fields[0] instanceof Float f
                ? f
                : hit.score;
    }

    /** An article stored without candidate doc values: decoded in full, without a profile. */
    private static Candidate fromJson(
            IndexSearcher searcher, int doc, int score, ArticleSearch.Loader<IndexedArticle> loader) {
        try {
            IndexedArticle article = loader.load(searcher, new int[] {doc}).getFirst();
            return Candidate.of(article, LinkFeatures.NONE, score);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read candidate " + doc, e);
        }
    }

    /** The doc values of one segment, advanced forwards. */
    private static final class Leaf {
        final LeafReaderContext context;
        final SortedDocValues ids;
        final SortedDocValues stories;
        final NumericDocValues published;
        final BinaryDocValues profiles;

        Leaf(LeafReaderContext context) throws IOException {
            this.context = context;
            LeafReader reader = context.reader();
            this.ids = DocValues.getSorted(reader, IndexFields.ARTICLE_ID);
            this.stories = DocValues.getSorted(reader, IndexFields.STORY);
            this.published = DocValues.getNumeric(reader, IndexFields.PUBLISHED);
            this.profiles = DocValues.getBinary(reader, IndexFields.LINK_PROFILE);
        }

        Optional<Candidate> candidate(int doc, int score) throws IOException {
            if (!ids.advanceExact(doc) || !stories.advanceExact(doc) || !published.advanceExact(doc))
                return Optional.empty();
            byte[] profile = new byte[0];
            if (profiles.advanceExact(doc)) {
                BytesRef bytes = profiles.binaryValue();
                profile = Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length);
            }
            return Optional.of(new Candidate(
                    ids.lookupOrd(ids.ordValue()).utf8ToString(),
                    stories.lookupOrd(stories.ordValue()).utf8ToString(),
                    Instant.ofEpochMilli(published.longValue()),
                    profile,
                    score));
        }
    }
}
