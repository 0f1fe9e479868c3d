package dev.marsad.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/** The analyzer of the title and body fields, at index and at query time. */
final class IndexAnalyzer {

    private IndexAnalyzer() {}

    static Analyzer create() {
        return new ArabicAnalyzer(CharArraySet.EMPTY_SET);
    }
}
