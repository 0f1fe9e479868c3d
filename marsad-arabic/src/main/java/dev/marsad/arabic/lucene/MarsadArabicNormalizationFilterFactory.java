package dev.marsad.arabic.lucene;

import dev.marsad.arabic.ArabicNormalizer;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * SPI factory for {@link MarsadArabicNormalizationFilter}, name {@value #NAME}. Argument {@code
 * preset}: {@code search} (default), {@code matching} or {@code display}.
 */
public final class MarsadArabicNormalizationFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "marsadArabicNormalization";

    private final ArabicNormalizer normalizer;

    /** Creates the factory; rejects unknown arguments and presets. */
    public MarsadArabicNormalizationFilterFactory(Map<String, String> args) {
        super(args);
        String preset = get(args, "preset", "search").toLowerCase(Locale.ROOT);
        normalizer = switch (preset) {
            case "search" -> ArabicNormalizer.SEARCH;
            case "matching" -> ArabicNormalizer.MATCHING;
            case "display" -> ArabicNormalizer.DISPLAY;
            default ->
                throw new IllegalArgumentException(
                        NAME + ": preset must be search, matching or display, got '" + preset + "'");
        };
        if (!args.isEmpty()) throw new IllegalArgumentException(NAME + ": unknown parameters " + args);
    }

    /** Default constructor for SPI; not to be called. */
    public MarsadArabicNormalizationFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new MarsadArabicNormalizationFilter(input, normalizer);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
