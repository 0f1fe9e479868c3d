package dev.marsad.arabic.lucene;

import dev.marsad.arabic.stem.StopWords;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes Marsad's {@link StopWords} and empty terms, leaving position gaps. Expects terms already
 * normalised with {@link dev.marsad.arabic.ArabicNormalizer#SEARCH}: the list is stored in that form.
 */
public final class MarsadArabicStopFilter extends FilteringTokenFilter {

    private static final CharArraySet STOP_SET =
            CharArraySet.unmodifiableSet(new CharArraySet(StopWords.words(), false));

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    /** Filters {@code input}. */
    public MarsadArabicStopFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected boolean accept() {
        return termAtt.length() > 0 && !STOP_SET.contains(termAtt.buffer(), 0, termAtt.length());
    }
}
