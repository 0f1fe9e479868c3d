package dev.marsad.arabic.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** SPI factory for {@link MarsadArabicStopFilter}, name {@value #NAME}; takes no arguments. Removes Marsad's stop words. */
public final class MarsadArabicStopFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "marsadArabicStop";

    /** Creates the factory; rejects unknown arguments. */
    public MarsadArabicStopFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException(NAME + ": unknown parameters " + args);
    }

    /** Default constructor for SPI; not to be called. */
    public MarsadArabicStopFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new MarsadArabicStopFilter(input);
    }
}
