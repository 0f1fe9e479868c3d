package dev.marsad.arabic.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** SPI factory for {@link MarsadArabicStemFilter}, name {@value #NAME}; takes no arguments. Stems with Marsad's light stemmer. */
public final class MarsadArabicStemFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "marsadArabicStem";

    /** Creates the factory; rejects unknown arguments. */
    public MarsadArabicStemFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException(NAME + ": unknown parameters " + args);
    }

    /** Default constructor for SPI; not to be called. */
    public MarsadArabicStemFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new MarsadArabicStemFilter(input);
    }
}
