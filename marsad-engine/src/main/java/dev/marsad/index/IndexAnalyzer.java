package dev.marsad.index;

import dev.marsad.arabic.lucene.MarsadArabicAnalyzer;
import dev.marsad.arabic.lucene.MarsadNameKeyFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The analyzers of the title and body fields: marsad-arabic's, which indexes every word with its
 * spelling-variant name key at the same position (كاراباخ and قره باخ share one key).
 */
final class IndexAnalyzer {

    private IndexAnalyzer() {}

    /** The index-time analyzer: words and name keys. */
    static Analyzer create() {
        return new MarsadArabicAnalyzer(MarsadArabicAnalyzer.NameKeys.EMIT);
    }

    /** The analyzer for the words of a query, without name keys. */
    static Analyzer wordsOnly() {
        return new MarsadArabicAnalyzer(MarsadArabicAnalyzer.NameKeys.OMIT);
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
}
