package dev.marsad.arabic.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/** SPI factory for {@link MarsadArabicTokenizer}, name {@value #NAME}; takes no arguments. */
public final class MarsadArabicTokenizerFactory extends TokenizerFactory {

    /** SPI name. */
    public static final String NAME = "marsadArabic";

    /** Creates the factory; rejects unknown arguments. */
    public MarsadArabicTokenizerFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException(NAME + ": unknown parameters " + args);
    }

    /** Default constructor for SPI; not to be called. */
    public MarsadArabicTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public Tokenizer create(AttributeFactory factory) {
        return new MarsadArabicTokenizer(factory);
    }
}
