package dev.marsad.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.arabic.lucene.MarsadArabicAnalyzer;
import dev.marsad.arabic.lucene.MarsadArabicAnalyzer.NameKeys;
import dev.marsad.arabic.lucene.PreAnalyzedTokenStream;
import dev.marsad.arabic.text.AnalyzedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/**
 * The index takes an article's terms from its analysed texts instead of analysing the text again
 * (issue 9, point 3): on every title and body of the demo corpus those terms are exactly the
 * analyzer's, positions, offsets and name keys included.
 */
class DemoCorpusTermsTest {

    private static final String PARAGRAPH_SEPARATOR = "\n\n";

    private static final DemoCorpus CORPUS =
            DemoCorpus.load(Set.of(AggregatorSite.ID, JsonLdSite.ID, LegacySite.ID, SitemapSite.ID));

    private static final Analyzer ANALYZER = new MarsadArabicAnalyzer(NameKeys.EMIT);

    private static List<String> terms(TokenStream ts) {
        var out = new ArrayList<String>();
        try (ts) {
            var term = ts.addAttribute(CharTermAttribute.class);
            var offset = ts.addAttribute(OffsetAttribute.class);
            var posInc = ts.addAttribute(PositionIncrementAttribute.class);
            var type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +"
                        + posInc.getPositionIncrement() + " " + type.type());
            }
            ts.end();
            out.add("end " + offset.endOffset() + " +" + posInc.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void preAnalysedTermsAreTheAnalyzersOnEveryDemoArticle() {
        assertThat(CORPUS.entries()).isNotEmpty();
        for (CorpusEntry entry : CORPUS.entries()) {
            assertThat(terms(new PreAnalyzedTokenStream(AnalyzedText.of(entry.title()), NameKeys.EMIT)))
                    .as("title of %s", entry.id())
                    .isEqualTo(terms(ANALYZER.tokenStream("title", entry.title())));
            List<AnalyzedText> paragraphs =
                    entry.paragraphs().stream().map(AnalyzedText::of).toList();
            assertThat(terms(new PreAnalyzedTokenStream(paragraphs, PARAGRAPH_SEPARATOR, NameKeys.EMIT)))
                    .as("body of %s", entry.id())
                    .isEqualTo(
                            terms(ANALYZER.tokenStream("body", String.join(PARAGRAPH_SEPARATOR, entry.paragraphs()))));
        }
    }
}
