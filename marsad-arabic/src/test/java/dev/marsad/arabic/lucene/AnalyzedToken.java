package dev.marsad.arabic.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** One term as a test sees it. */
record AnalyzedToken(String term, int start, int end, int positionIncrement, String type, boolean keyword) {

    /** The type of the last entry {@link #readToEnd} gives: the stream's state after {@code end()}. */
    static final String END = "<end>";

    static List<AnalyzedToken> analyze(Analyzer analyzer, String text) {
        List<AnalyzedToken> all = readToEnd(analyzer.tokenStream("body", text));
        return all.subList(0, all.size() - 1);
    }

    /**
     * Every term of {@code ts} with each attribute the index reads, then one entry of type {@link
     * #END} holding the final offset and the trailing position gap; closes the stream.
     */
    static List<AnalyzedToken> readToEnd(TokenStream ts) {
        var out = new ArrayList<AnalyzedToken>();
        try (ts) {
            var term = ts.addAttribute(CharTermAttribute.class);
            var offset = ts.addAttribute(OffsetAttribute.class);
            var posInc = ts.addAttribute(PositionIncrementAttribute.class);
            var type = ts.addAttribute(TypeAttribute.class);
            var keyword = ts.addAttribute(KeywordAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new AnalyzedToken(
                        term.toString(),
                        offset.startOffset(),
                        offset.endOffset(),
                        posInc.getPositionIncrement(),
                        type.type(),
                        keyword.isKeyword()));
            }
            ts.end();
            out.add(new AnalyzedToken(
                    "", offset.startOffset(), offset.endOffset(), posInc.getPositionIncrement(), END, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
