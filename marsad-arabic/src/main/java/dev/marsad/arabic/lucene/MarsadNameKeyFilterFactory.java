package dev.marsad.arabic.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** SPI factory for {@link MarsadNameKeyFilter}, name {@value #NAME}; takes no arguments. Adds name-key terms. */
public final class MarsadNameKeyFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "marsadNameKey";

    /** Creates the factory; rejects unknown arguments. */
    public MarsadNameKeyFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException(NAME + ": unknown parameters " + args);
    }

    /** Default constructor for SPI; not to be called. */
    public MarsadNameKeyFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new MarsadNameKeyFilter(input);
    }
}
