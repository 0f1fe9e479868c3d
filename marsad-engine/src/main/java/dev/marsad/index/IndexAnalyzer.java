package dev.marsad.index;

import dev.marsad.analyze.ArticleTexts;
import dev.marsad.arabic.lucene.MarsadArabicAnalyzer;
import dev.marsad.arabic.lucene.MarsadNameKeyFilter;
import dev.marsad.arabic.lucene.PreAnalyzedTokenStream;
import dev.marsad.arabic.text.AnalyzedText;
import dev.marsad.extract.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The analyzers of the title and body fields: marsad-arabic's, which indexes every word with its
 * spelling-variant name key at the same position (كاراباخ and قره باخ share one key), with every
 * term cut to {@value #MAX_TOKEN_CHARS} characters. An article's own title and body are not
 * analysed again at index time: their terms are read from the texts analysis made ({@link
 * ArticleTexts}), the same terms {@link #create()} would give.
 */
final class IndexAnalyzer {

    /**
     * Longest term indexed or searched, in chars (Lucene's StandardAnalyzer default). Lucene
     * refuses a term over 32,766 UTF-8 bytes and fails the whole document with it, so a 40,000-char
     * "word" in a page would lose the article. Longer terms are cut rather than dropped, and the
     * query goes through the same cut, so a long URL or a glued run of words still finds itself.
     */
    static final int MAX_TOKEN_CHARS = 255;

    private IndexAnalyzer() {}

    /** The index-time analyzer: words and name keys. */
    static Analyzer create() {
        return new BoundedTerms(new MarsadArabicAnalyzer(MarsadArabicAnalyzer.NameKeys.EMIT));
    }

    /** The index-time terms of an article's title, read from its analysed text. */
    static TokenStream titleTerms(ArticleTexts texts) {
        return bounded(new PreAnalyzedTokenStream(texts.title(), MarsadArabicAnalyzer.NameKeys.EMIT));
    }

    /** The index-time terms of an article's body ({@link Article#plainText()}), read from its analysed paragraphs. */
    static TokenStream bodyTerms(ArticleTexts texts) {
        return bounded(new PreAnalyzedTokenStream(
                texts.paragraphs(), Article.PARAGRAPH_SEPARATOR, MarsadArabicAnalyzer.NameKeys.EMIT));
    }

    /**
     * The index-time terms of an original's copy headlines ({@link IndexFields#COPY_HEADLINES}): each
     * headline analysed as an article's title is, the headlines as if joined by a line break (as the
     * paragraphs of a body), so both backends index the same terms.
     */
    static TokenStream copyHeadlineTerms(List<String> headlines) {
        return bounded(new PreAnalyzedTokenStream(
                headlines.stream().map(AnalyzedText::of).toList(), "\n", MarsadArabicAnalyzer.NameKeys.EMIT));
    }

    /** The terms of {@code stream} cut to {@value #MAX_TOKEN_CHARS} chars, as {@link BoundedTerms} cuts them. */
    private static TokenStream bounded(TokenStream stream) {
        return new TruncateTokenFilter(stream, MAX_TOKEN_CHARS);
    }

    /** The analyzer for the words of a query, without name keys. */
    static Analyzer wordsOnly() {
        return new BoundedTerms(new MarsadArabicAnalyzer(MarsadArabicAnalyzer.NameKeys.OMIT));
    }

    /**
     * An analyzer for {@link #nameKeys} alone ({@link MarsadArabicAnalyzer#keysWithoutStemming()}):
     * the keys of {@link #create()}, in the same order, for less work (issue 13: the respelling finds
     * the keys of every text it counts). Not for indexing or searching words.
     */
    static Analyzer nameKeysOnly() {
        return new BoundedTerms(MarsadArabicAnalyzer.keysWithoutStemming());
    }

    /** The name-key terms of a text, in order, without repeats. */
    static List<String> nameKeys(Analyzer analyzer, String field, String text) {
        return terms(analyzer, field, text, MarsadNameKeyFilter.TYPE::equals);
    }

    /** All terms of a text, in order, without repeats. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        return terms(analyzer, field, text, type -> true);
    }

    private static List<String> terms(Analyzer analyzer, String field, String text, Predicate<String> ofType) {
        var terms = new ArrayList<String>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String value = term.toString();
                if (ofType.test(type.type()) && !terms.contains(value)) terms.add(value);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze query '" + text + "'", e);
        }
        return terms;
    }

    /** An analyzer whose terms are cut to {@value #MAX_TOKEN_CHARS} chars at the end of its chain. */
    private static final class BoundedTerms extends AnalyzerWrapper {

        private final Analyzer analyzer;

        BoundedTerms(Analyzer analyzer) {
            super(analyzer.getReuseStrategy());
            this.analyzer = analyzer;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return analyzer;
        }

        @Override
        protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
            return new TokenStreamComponents(
                    components.getSource(), new TruncateTokenFilter(components.getTokenStream(), MAX_TOKEN_CHARS));
        }
    }
}
