package dev.marsad.arabic.lucene;

import dev.marsad.arabic.stem.LightStemmer;
import dev.marsad.arabic.token.TokenType;
import java.io.IOException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Replaces word terms by their {@link LightStemmer} stem: every term except Marsad's non-word types
 * ({@code <LATIN>}, {@code <NUMBER>}, {@code <URL>}, name keys…), so it also works after another
 * tokenizer. Terms must already be in SEARCH form (put {@link MarsadArabicNormalizationFilter} first). Terms marked as keywords (name keys, protected terms) stay as they are.
 */
public final class MarsadArabicStemFilter extends TokenFilter {

    /** Marsad's token types that are not Arabic words: never stemmed. */
    private static final Set<String> UNSTEMMED = unstemmedTypes();

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final LightStemmer stemmer;

    /** Stems with {@link LightStemmer#DEFAULT}. */
    public MarsadArabicStemFilter(TokenStream input) {
        this(input, LightStemmer.DEFAULT);
    }

    /** Stems with {@code stemmer}. */
    public MarsadArabicStemFilter(TokenStream input, LightStemmer stemmer) {
        super(input);
        this.stemmer = Objects.requireNonNull(stemmer, "stemmer");
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (!keywordAtt.isKeyword() && isStemmable(typeAtt.type())) {
            termAtt.setLength(stemmer.stem(termAtt.buffer(), termAtt.length()));
        }
        return true;
    }

    private static boolean isStemmable(String type) {
        return !UNSTEMMED.contains(type);
    }

    private static Set<String> unstemmedTypes() {
        var types = new HashSet<String>();
        for (TokenType t : TokenType.values()) {
            if (t != TokenType.ARABIC) types.add(MarsadArabicTokenizer.typeName(t));
        }
        types.add(MarsadNameKeyFilter.TYPE);
        return Set.copyOf(types);
    }
}
