package dev.marsad.arabic.lucene;

import dev.marsad.arabic.name.NameKey;
import dev.marsad.arabic.name.NameKeyBuilder;
import dev.marsad.arabic.name.NameKeyTerms;
import dev.marsad.arabic.token.CliticSplitter;
import dev.marsad.arabic.token.TokenType;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds a {@link NameKey} term after each Arabic or Latin word, at the same position, so that a
 * search for كاراباخ finds قرة باغ and غوغل finds جوجل: for words of {@link
 * NameKeyTerms#MIN_WORD_LENGTH} letters or more, and where two adjacent words include a short one
 * ({@link NameKeyTerms#isJoinable}), also the key of the two joined (قره باخ → قرهباخ), at the second word's position and with its offsets (Lucene forbids offsets that go
 * back, so a highlighter marks the second word only).
 *
 * <p>The key is taken from the word without its proclitics (وكاراباخ → كاراباخ), the way {@link
 * CliticSplitter} reads them. Key terms are {@link #KEY_PREFIX} + key (e.g. {@code ~KRBK}), typed {@link #TYPE} and marked
 * as keywords so that no stemmer touches them. They are rarer than words and weaker: by IDF a
 * document with the exact word still ranks above one that only shares the key. Query builders
 * should give each term its own SHOULD clause rather than a synonym query. Words must be in SEARCH
 * form (put {@link MarsadArabicNormalizationFilter} first). A key term keeps the word's other
 * attributes (offsets, flags) and only changes term, type, position increment and keyword flag.
 */
public final class MarsadNameKeyFilter extends TokenFilter {

    /** Token type of key terms. */
    public static final String TYPE = "<NAME_KEY>";

    /** Prefix of key terms; no word term can start with it (the tokenizer never keeps a ~). */
    public static final String KEY_PREFIX = "~";

    private static final String ARABIC = MarsadArabicTokenizer.typeName(TokenType.ARABIC);
    private static final String LATIN = MarsadArabicTokenizer.typeName(TokenType.LATIN);

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    private final NameKeyBuilder builder = new NameKeyBuilder();
    private final StringBuilder singleKey = new StringBuilder(32);
    private final StringBuilder joinedKey = new StringBuilder(32);
    private char[] word = new char[32];
    private int wordLength;
    private char[] previous = new char[32];
    private int previousLength = -1;

    /** Adds key terms to {@code input}. */
    public MarsadNameKeyFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!singleKey.isEmpty()) return emit(singleKey);
        if (!joinedKey.isEmpty()) return emit(joinedKey);
        if (!input.incrementToken()) return false;
        String type = typeAtt.type();
        if (!type.equals(ARABIC) && !type.equals(LATIN)) {
            previousLength = -1;
            return true;
        }
        queueKeys(posIncAtt.getPositionIncrement() == 1);
        return true;
    }

    private void queueKeys(boolean adjacent) {
        int front = CliticSplitter.DEFAULT.procliticLength(termAtt.buffer(), termAtt.length()); // وكاراباخ
        wordLength = termAtt.length() - front;
        if (word.length < wordLength) word = new char[wordLength * 2];
        System.arraycopy(termAtt.buffer(), front, word, 0, wordLength);
        if (NameKeyTerms.hasOwnKey(wordLength))
            keep(builder.reset().add(word, 0, wordLength).key(), singleKey);
        if (adjacent && NameKeyTerms.isJoinable(previousLength, wordLength)) {
            keep(
                    builder.reset()
                            .add(previous, 0, previousLength)
                            .add(word, 0, wordLength)
                            .key(),
                    joinedKey);
        }
        char[] swap = previous;
        previous = word;
        previousLength = wordLength;
        word = swap;
    }

    private static void keep(CharSequence key, StringBuilder into) {
        if (NameKeyTerms.isUsable(key)) into.append(KEY_PREFIX).append(key);
    }

    private boolean emit(StringBuilder key) {
        termAtt.setEmpty().append(key);
        key.setLength(0);
        typeAtt.setType(TYPE);
        posIncAtt.setPositionIncrement(0);
        keywordAtt.setKeyword(true);
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        singleKey.setLength(0);
        joinedKey.setLength(0);
        previousLength = -1;
        Arrays.fill(previous, '\0');
    }
}
