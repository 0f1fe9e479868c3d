package dev.marsad.arabic.lucene;

import dev.marsad.arabic.ArabicNormalizer;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Marsad's Arabic analyzer (Lucene 10): {@link MarsadArabicTokenizer} → {@link
 * MarsadArabicNormalizationFilter} (SEARCH) → {@link MarsadArabicStopFilter} → {@link
 * MarsadNameKeyFilter} (unless {@link NameKeys#OMIT}) → {@link MarsadArabicStemFilter} (except in
 * {@link #keysWithoutStemming()}). Offsets
 * always point into the original text, so highlighting works.
 *
 * <p>Name keys are the chosen way for a search for كاراباخ to find قره باخ: both the index and the
 * query carry {@code ~KRBK}; see {@link MarsadNameKeyFilter}. The same chain is available by name
 * through SPI: tokenizer {@code marsadArabic}, filters {@code marsadArabicNormalization}, {@code
 * marsadArabicStop}, {@code marsadNameKey}, {@code marsadArabicStem}.
 */
public final class MarsadArabicAnalyzer extends Analyzer {

    /** Whether the analyzer adds name-key terms. */
    public enum NameKeys {
        EMIT,
        OMIT
    }

    private final NameKeys nameKeys;
    private final boolean stems;

    /** The analyzer the rest of Marsad indexes with: name keys on. */
    public MarsadArabicAnalyzer() {
        this(NameKeys.EMIT);
    }

    /** An analyzer with or without name-key terms. */
    public MarsadArabicAnalyzer(NameKeys nameKeys) {
        this(nameKeys, true);
    }

    private MarsadArabicAnalyzer(NameKeys nameKeys, boolean stems) {
        this.nameKeys = Objects.requireNonNull(nameKeys, "nameKeys");
        this.stems = stems;
    }

    /**
     * The chain up to its name keys, without the stemmer: for reading the keys alone at less cost.
     * The stemmer never changes a key (keys are keywords, of a type it leaves alone), so the keys are
     * those of the full chain, in the same order; its words are not stemmed, so it is not for
     * indexing or searching words.
     */
    public static MarsadArabicAnalyzer keysWithoutStemming() {
        return new MarsadArabicAnalyzer(NameKeys.EMIT, false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new MarsadArabicTokenizer();
        TokenStream stream = new MarsadArabicNormalizationFilter(source, ArabicNormalizer.SEARCH);
        stream = new MarsadArabicStopFilter(stream);
        if (nameKeys == NameKeys.EMIT) stream = new MarsadNameKeyFilter(stream);
        if (stems) stream = new MarsadArabicStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new MarsadArabicNormalizationFilter(in, ArabicNormalizer.SEARCH);
    }
}
