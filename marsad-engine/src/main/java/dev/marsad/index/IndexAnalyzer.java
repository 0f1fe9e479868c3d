package dev.marsad.index;

import dev.marsad.analyze.ArticleTexts;
import dev.marsad.arabic.lucene.MarsadArabicAnalyzer;
import dev.marsad.arabic.lucene.MarsadNameKeyFilter;
import dev.marsad.arabic.lucene.PreAnalyzedTokenStream;
import dev.marsad.extract.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The analyzers of the title and body fields: marsad-arabic's, which indexes every word with its
 * spelling-variant name key at the same position (كاراباخ and قره باخ share one key). An article's
 * own title and body are not analysed again at index time: their terms are read from the texts
 * analysis made ({@link ArticleTexts}), the same terms {@link #create()} would give.
 */
final class IndexAnalyzer {

    private IndexAnalyzer() {}

    /** The index-time analyzer: words and name keys. */
    static Analyzer create() {
        return new MarsadArabicAnalyzer(MarsadArabicAnalyzer.NameKeys.EMIT);
    }

    /** The index-time terms of an article's title, read from its analysed text. */
    static TokenStream titleTerms(ArticleTexts texts) {
        return new PreAnalyzedTokenStream(texts.title(), MarsadArabicAnalyzer.NameKeys.EMIT);
    }

    /** The index-time terms of an article's body ({@link Article#plainText()}), read from its analysed paragraphs. */
    static TokenStream bodyTerms(ArticleTexts texts) {
        return new PreAnalyzedTokenStream(
                texts.paragraphs(), Article.PARAGRAPH_SEPARATOR, MarsadArabicAnalyzer.NameKeys.EMIT);
    }

    /** The analyzer for the words of a query, without name keys. */
    static Analyzer wordsOnly() {
        return new MarsadArabicAnalyzer(MarsadArabicAnalyzer.NameKeys.OMIT);
    }

    /** The name-key terms of a text, in order, without repeats. */
    static List<String> nameKeys(Analyzer analyzer, String field, String text) {
        var keys = new ArrayList<String>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String value = term.toString();
                if (MarsadNameKeyFilter.TYPE.equals(type.type()) && !keys.contains(value)) keys.add(value);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze query '" + text + "'", e);
        }
        return keys;
    }
}
