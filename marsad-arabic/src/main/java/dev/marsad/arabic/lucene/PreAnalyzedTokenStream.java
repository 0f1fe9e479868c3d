package dev.marsad.arabic.lucene;

import dev.marsad.arabic.lucene.MarsadArabicAnalyzer.NameKeys;
import dev.marsad.arabic.text.AnalyzedText;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The terms {@link MarsadArabicAnalyzer} gives for a text, read from its {@link AnalyzedText}
 * instead of analysing the text again: the same terms (stems of Arabic words, SEARCH forms of the
 * rest, stop words and empty forms left out with their positions kept), the same name-key terms at
 * the same positions, the same offsets and types. Index a field with it through {@code new
 * Field(name, stream, type)} when the text was analysed already.
 *
 * <p>Several texts can make one field value, as if they were joined by {@code separator} (white
 * space, such as the blank line between the paragraphs of a body): offsets then point into the
 * joined text, and a name key of two words joined spans the boundary exactly as the analyzer's
 * does. Example: the paragraphs of an article with {@code "\n\n"} give the terms of {@code
 * String.join("\n\n", paragraphs)}.
 *
 * <p>{@link #reset()} starts over, so the stream can be consumed more than once.
 */
public final class PreAnalyzedTokenStream extends TokenStream {

    private static final String KEY_TYPE = MarsadNameKeyFilter.TYPE;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    private final List<AnalyzedText> parts;
    private final int[] bases;
    private final int length;
    private final NameKeys nameKeys;

    private int part;
    private int token;
    /** Tokens left out (stop words, empty forms) since the last term emitted. */
    private int skipped;
    /** The text of the last word emitted, for a key joined across a part boundary; null before any. */
    private AnalyzedText previous;

    private String ownKey = "";
    private String joinedKey = "";
    private int keyStart;
    private int keyEnd;

    /** The terms of one text. */
    public PreAnalyzedTokenStream(AnalyzedText text, NameKeys nameKeys) {
        this(List.of(text), " ", nameKeys);
    }

    /**
     * The terms of {@code parts} joined by {@code separator}.
     *
     * @throws IllegalArgumentException if {@code separator} is empty or holds anything but white
     *     space (a token could then run across two parts)
     * @throws NullPointerException if an argument is null
     */
    public PreAnalyzedTokenStream(List<AnalyzedText> parts, String separator, NameKeys nameKeys) {
        this.parts = List.copyOf(parts);
        this.nameKeys = Objects.requireNonNull(nameKeys, "nameKeys");
        if (separator.isEmpty() || !separator.chars().allMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("separator must be white space, got '" + separator + "'");
        }
        this.bases = new int[this.parts.size()];
        int at = 0;
        for (int p = 0; p < bases.length; p++) {
            if (p > 0) at += separator.length();
            bases[p] = at;
            at += this.parts.get(p).text().length();
        }
        this.length = at;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        if (!ownKey.isEmpty()) {
            emitKey(ownKey);
            ownKey = "";
            return true;
        }
        if (!joinedKey.isEmpty()) {
            emitKey(joinedKey);
            joinedKey = "";
            return true;
        }
        while (part < parts.size()) {
            AnalyzedText text = parts.get(part);
            if (token == text.size()) {
                part++;
                token = 0;
                continue;
            }
            int i = token++;
            if (text.form(i).isEmpty() || text.isStopWord(i)) {
                skipped++;
                continue;
            }
            emitWord(text, i);
            return true;
        }
        return false;
    }

    private void emitWord(AnalyzedText text, int i) {
        boolean adjacent = skipped == 0;
        termAtt.setEmpty().append(text.stem(i));
        posIncAtt.setPositionIncrement(1 + skipped);
        skipped = 0;
        int base = bases[part];
        offsetAtt.setOffset(base + text.start(i), base + text.end(i));
        typeAtt.setType(MarsadArabicTokenizer.typeName(text.type(i)));
        if (nameKeys == NameKeys.EMIT) {
            ownKey = text.nameKey(i);
            if (i > 0) joinedKey = text.joinedNameKey(i);
            else if (adjacent && previous != null) joinedKey = text.joinedNameKeyAfter(previous);
            keyStart = offsetAtt.startOffset();
            keyEnd = offsetAtt.endOffset();
        }
        previous = text;
    }

    private void emitKey(String key) {
        termAtt.setEmpty().append(MarsadNameKeyFilter.KEY_PREFIX).append(key);
        posIncAtt.setPositionIncrement(0);
        offsetAtt.setOffset(keyStart, keyEnd);
        typeAtt.setType(KEY_TYPE);
        keywordAtt.setKeyword(true);
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offsetAtt.setOffset(length, length);
        posIncAtt.setPositionIncrement(skipped); // stop words after the last term, as the stop filter counts them
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        part = 0;
        token = 0;
        skipped = 0;
        previous = null;
        ownKey = "";
        joinedKey = "";
    }
}
