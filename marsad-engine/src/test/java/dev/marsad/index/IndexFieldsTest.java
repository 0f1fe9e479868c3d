package dev.marsad.index;

import static dev.marsad.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.analyze.AnalyzedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

/** Title and body are indexed from the analysed texts, with the analyzer's terms; those texts are never stored. */
class IndexFieldsTest {

    private final IndexedArticle talks = article(
            "a1",
            "وقف إطلاق النار في قره باخ",
            "2023-09-20T08:00:00Z",
            "بوابة الخبر",
            List.of(
                    "أعلنت وزارة الدفاع الأذرية وقف العمليات في قره",
                    "باخ أمس، وقالت إن 2,116 مدنيا غادروا #كاراباخ " + "ب".repeat(300) + ".",
                    "",
                    "في"));

    private static List<String> terms(TokenStream ts) {
        var out = new ArrayList<String>();
        try (ts) {
            var term = ts.addAttribute(CharTermAttribute.class);
            var offset = ts.addAttribute(OffsetAttribute.class);
            var posInc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken())
                out.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +"
                        + posInc.getPositionIncrement());
            ts.end();
            out.add("end " + offset.endOffset() + " +" + posInc.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void indexesTheTermsTheAnalyzerWouldGiveCutAsItCutsThem() {
        AnalyzedArticle analyzed = talks.analyzed();
        Analyzer analyzer = IndexAnalyzer.create();
        assertThat(terms(IndexAnalyzer.titleTerms(analyzed.texts())))
                .isEqualTo(terms(analyzer.tokenStream(
                        IndexFields.TITLE, analyzed.article().title())))
                .anyMatch(t -> t.startsWith("~"));
        assertThat(terms(IndexAnalyzer.bodyTerms(analyzed.texts())))
                .isEqualTo(terms(analyzer.tokenStream(
                        IndexFields.BODY, analyzed.article().plainText())))
                .anyMatch(t -> t.startsWith("~KRBK"));
    }

    @Test
    void storesTitleAndBodyAsWritten() {
        Document doc = new IndexFields(new ArticleJson()).articleDocument(talks, LinkFeatures.NONE);
        assertThat(doc.get(IndexFields.TITLE))
                .isEqualTo(talks.analyzed().article().title());
        assertThat(doc.get(IndexFields.BODY))
                .isEqualTo(talks.analyzed().article().plainText());
    }

    @Test
    void storesNoAnalysedTextAndRebuildsItWhenRead() {
        var json = new ArticleJson();
        String stored = json.write(talks);
        assertThat(stored).doesNotContain("texts").doesNotContain("AnalyzedText");
        IndexedArticle read = json.read(stored, IndexedArticle.class);
        assertThat(read).isEqualTo(talks);
        assertThat(read.analyzed().texts().paragraphs()).hasSize(4);
        assertThat(read.analyzed().texts().title().form(4)).isEqualTo("قره");
    }

    @Test
    void readsAStoredArticleFromItsUtf8BytesAsFromItsText() {
        var json = new ArticleJson();
        String stored = json.write(talks);
        IndexedArticle read = json.read(stored.getBytes(java.nio.charset.StandardCharsets.UTF_8), IndexedArticle.class);
        assertThat(read).isEqualTo(talks);
        assertThat(read.analyzed().texts().title().form(4)).isEqualTo("قره");
    }

    @Test
    void namesTheRecordTypeOfCorruptBytes() {
        var json = new ArticleJson();
        byte[] cut = java.util.Arrays.copyOf(json.write(talks).getBytes(java.nio.charset.StandardCharsets.UTF_8), 40);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.read(cut, IndexedArticle.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("corrupt stored IndexedArticle");
    }
}
