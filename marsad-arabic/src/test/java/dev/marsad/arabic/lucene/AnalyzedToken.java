package dev.marsad.arabic.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** One term as a test sees it. */
record AnalyzedToken(String term, int start, int end, int positionIncrement, String type) {

    static List<AnalyzedToken> analyze(Analyzer analyzer, String text) {
        var out = new ArrayList<AnalyzedToken>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            var term = ts.addAttribute(CharTermAttribute.class);
            var offset = ts.addAttribute(OffsetAttribute.class);
            var posInc = ts.addAttribute(PositionIncrementAttribute.class);
            var type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new AnalyzedToken(
                        term.toString(),
                        offset.startOffset(),
                        offset.endOffset(),
                        posInc.getPositionIncrement(),
                        type.type()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
