package dev.marsad.arabic.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.arabic.stem.LightStemmer;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class MarsadArabicAnalyzerTest {

    private final Analyzer analyzer = new MarsadArabicAnalyzer();

    @Test
    void offsetsPointAtTheOriginalWordsEvenWithDiacriticsAndTatweel() {
        String text = "قالت وزارةُ الدفاعِ الأذريـــة إنّ قواتها بدأت \u200Fعمليات في كاراباخ.";
        List<AnalyzedToken> tokens = AnalyzedToken.analyze(analyzer, text);
        for (AnalyzedToken t : tokens) {
            if (t.type().equals(MarsadNameKeyFilter.TYPE)) continue;
            String surface = text.substring(t.start(), t.end());
            assertThat(LightStemmer.DEFAULT.stem(surface)).as(t.toString()).isEqualTo(t.term());
        }
        assertThat(tokens)
                .extracting(t -> text.substring(t.start(), t.end()))
                .contains("الأذريـــة", "وزارةُ", "عمليات");
    }

    @Test
    void stemsNormalisesAndDropsStopWords() {
        List<String> terms = AnalyzedToken.analyze(
                        new MarsadArabicAnalyzer(MarsadArabicAnalyzer.NameKeys.OMIT),
                        "وقال المسؤولون في الحكومة إن المفاوضات ستستأنف")
                .stream()
                .map(AnalyzedToken::term)
                .toList();
        assertThat(terms).containsExactly("مسوول", "حكوم", "مفاوض", "تستانف");
    }

    @Test
    void nameKeysShareThePositionOfTheirWord() {
        List<AnalyzedToken> tokens = AnalyzedToken.analyze(analyzer, "ناغورنو قره باخ");
        assertThat(tokens)
                .filteredOn(t -> t.type().equals(MarsadNameKeyFilter.TYPE))
                .allSatisfy(t -> assertThat(t.positionIncrement()).isZero())
                .extracting(AnalyzedToken::term)
                .contains("~NKRNu", "~KRBK");
        assertThat(tokens)
                .filteredOn(t -> t.term().equals("~KRBK"))
                .singleElement()
                .satisfies(t -> assertThat(t.start()).isEqualTo(12))
                .satisfies(t -> assertThat(t.end()).isEqualTo(15));
    }

    @Test
    void searchForOneSpellingFindsTheOther() throws IOException {
        try (var dir = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                add(writer, "اشتباكات في إقليم ناغورني قره باخ");
                add(writer, "أعلنت شركة غوغل عن تحديث جديد");
                add(writer, "ارتفاع أسعار النفط في الأسواق");
                add(writer, "محادثات بين باكو ويريفان وكاراباخ");
            }
            try (var reader = DirectoryReader.open(dir)) {
                var searcher = new IndexSearcher(reader);
                assertThat(hits(searcher, "كاراباخ"))
                        .as("كاراباخ finds قره باخ and وكاراباخ")
                        .isEqualTo(2);
                assertThat(hits(searcher, "قرة باغ"))
                        .as("قرة باغ finds كاراباخ after و")
                        .isEqualTo(2);
                assertThat(hits(searcher, "جوجل")).as("جوجل finds غوغل").isEqualTo(1);
                assertThat(hits(searcher, "ليبيا")).as("ليبيا finds nothing").isZero();
            }
        }
    }

    @Test
    void chainCanBeBuiltByNameThroughSpi() throws IOException {
        Analyzer custom = CustomAnalyzer.builder()
                .withTokenizer("marsadArabic")
                .addTokenFilter("marsadArabicNormalization", "preset", "search")
                .addTokenFilter("marsadArabicStop")
                .addTokenFilter("marsadNameKey")
                .addTokenFilter("marsadArabicStem")
                .build();
        String text = "وأذربيجان تجري مفاوضات غدا مع أرمينيا حول كاراباخ https://example.com/x";
        assertThat(AnalyzedToken.analyze(custom, text)).isEqualTo(AnalyzedToken.analyze(analyzer, text));
    }

    @Test
    void analyzerCanBeReusedAcrossFields() {
        var first = AnalyzedToken.analyze(analyzer, "السلام عليكم");
        AnalyzedToken.analyze(analyzer, "نص آخر طويل ".repeat(2000));
        assertThat(AnalyzedToken.analyze(analyzer, "السلام عليكم")).isEqualTo(first);
    }

    private void add(IndexWriter writer, String body) throws IOException {
        var doc = new Document();
        doc.add(new TextField("body", body, Field.Store.YES));
        writer.addDocument(doc);
    }

    private int hits(IndexSearcher searcher, String text) throws IOException {
        var query = new BooleanQuery.Builder();
        for (AnalyzedToken t : AnalyzedToken.analyze(analyzer, text)) {
            query.add(new TermQuery(new Term("body", t.term())), BooleanClause.Occur.SHOULD);
        }
        Query q = query.build();
        TopDocs top = searcher.search(q, 10);
        return (int) top.totalHits.value();
    }
}
