package dev.marsad.arabic.lucene;

import dev.marsad.arabic.ArabicNormalizer;
import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Normalises every term with an {@link ArabicNormalizer} (by default {@link
 * ArabicNormalizer#SEARCH}). Offsets are untouched, so they still point at the original text. A
 * term that normalises to nothing (only diacritics) is kept as an empty term rather than
 * renumbering positions; the stop filter after it drops empty terms.
 */
public final class MarsadArabicNormalizationFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final ArabicNormalizer normalizer;
    private char[] scratch = new char[64];

    /** Normalises with {@link ArabicNormalizer#SEARCH}. */
    public MarsadArabicNormalizationFilter(TokenStream input) {
        this(input, ArabicNormalizer.SEARCH);
    }

    /** Normalises with {@code normalizer}. */
    public MarsadArabicNormalizationFilter(TokenStream input, ArabicNormalizer normalizer) {
        super(input);
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        int length = termAtt.length();
        int inPlace = normalizer.normalizeInPlace(termAtt.buffer(), length);
        if (inPlace >= 0) {
            termAtt.setLength(inPlace);
            return true;
        }
        int needed = length * normalizer.maxExpansion();
        if (scratch.length < needed) scratch = new char[ArrayUtil.oversize(needed, Character.BYTES)];
        int written = normalizer.normalize(termAtt.buffer(), length, scratch);
        termAtt.copyBuffer(scratch, 0, written);
        return true;
    }
}
