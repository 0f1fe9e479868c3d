package dev.marsad.arabic.lucene;

import dev.marsad.arabic.name.NameKey;
import dev.marsad.arabic.token.TokenType;
import java.io.IOException;
import java.util.ArrayDeque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds a {@link NameKey} term after each Arabic or Latin word, at the same position, so that a
 * search for كاراباخ finds قرة باغ and غوغل finds جوجل. Where two adjacent words include a short
 * one (≤ {@link #MAX_JOIN_PART} letters), it also adds the key of the two joined (قره باخ →
 * قرهباخ), at the second word's position and with its offsets (Lucene forbids offsets that go
 * back, so a highlighter marks the second word only).
 *
 * <p>Key terms are {@link #KEY_PREFIX} + key (e.g. {@code ~KRBK}), typed {@link #TYPE} and marked
 * as keywords so that no stemmer touches them. They are rarer than words and weaker: by IDF a
 * document with the exact word still ranks above one that only shares the key. Query builders
 * should give each term its own SHOULD clause rather than a synonym query.
 */
public final class MarsadNameKeyFilter extends TokenFilter {

    /** Token type of key terms. */
    public static final String TYPE = "<NAME_KEY>";

    /** Prefix of key terms; no word term can start with it (the tokenizer never keeps a ~). */
    public static final String KEY_PREFIX = "~";

    /** Fewest letters a word needs to get a key of its own: two-letter words make keys that match too much. */
    static final int MIN_WORD_LENGTH = 3;

    /** Fewest chars of a key worth indexing (KL for جوجل). */
    static final int MIN_KEY_LENGTH = 2;

    /** Longest word that may be the short half of a joined name (قره، أبو، نيو، تل، دار). */
    static final int MAX_JOIN_PART = 3;

    private static final String ARABIC = MarsadArabicTokenizer.typeName(TokenType.ARABIC);
    private static final String LATIN = MarsadArabicTokenizer.typeName(TokenType.LATIN);

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    private final ArrayDeque<PendingKey> pending = new ArrayDeque<>(2);
    private State wordState;
    private String previousWord;

    /** Adds key terms to {@code input}. */
    public MarsadNameKeyFilter(TokenStream input) {
        super(input);
    }

    private record PendingKey(String term, int start, int end) {}

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            emitKey(pending.poll());
            return true;
        }
        if (!input.incrementToken()) return false;
        String type = typeAtt.type();
        if (!type.equals(ARABIC) && !type.equals(LATIN)) {
            previousWord = null;
            return true;
        }
        queueKeys(termAtt.toString(), offsetAtt.startOffset(), offsetAtt.endOffset(), posIncAtt.getPositionIncrement());
        if (!pending.isEmpty()) wordState = captureState();
        return true;
    }

    private void queueKeys(String word, int start, int end, int positionIncrement) {
        if (word.length() >= MIN_WORD_LENGTH) addKey(NameKey.ofWords(word), start, end);
        boolean adjacent = previousWord != null && positionIncrement == 1;
        if (adjacent && (word.length() <= MAX_JOIN_PART || previousWord.length() <= MAX_JOIN_PART)) {
            addKey(NameKey.ofWords(previousWord, word), start, end);
        }
        previousWord = word;
    }

    private void addKey(String key, int start, int end) {
        if (key.length() >= MIN_KEY_LENGTH) pending.add(new PendingKey(KEY_PREFIX + key, start, end));
    }

    private void emitKey(PendingKey key) {
        restoreState(wordState);
        termAtt.setEmpty().append(key.term());
        typeAtt.setType(TYPE);
        posIncAtt.setPositionIncrement(0);
        offsetAtt.setOffset(key.start(), key.end());
        keywordAtt.setKeyword(true);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        wordState = null;
        previousWord = null;
    }
}
