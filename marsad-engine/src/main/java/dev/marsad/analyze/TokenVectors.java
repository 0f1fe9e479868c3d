package dev.marsad.analyze;

import java.util.List;
import java.util.Objects;

/**
 * The dense vectors the neural second pass ({@link WindowNetwork}) reads for each word of a
 * sentence: the word's own vector ({@link WordVectors}, the same wherever the word is) followed by
 * its contextual vector ({@link ContextualCharVectors}, made from the sentence around it). Either
 * may be absent ({@code NONE}); a word without a word vector gets zeros in its place when the
 * contextual part follows, so that each part keeps its columns.
 *
 * @param words the word vectors
 * @param context the contextual vectors
 */
record TokenVectors(WordVectors words, ContextualCharVectors context) {

    /** No vectors at all. */
    static final TokenVectors NONE = new TokenVectors(WordVectors.NONE, ContextualCharVectors.NONE);

    TokenVectors {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(context, "context");
    }

    /** The width of a word's vector: both parts. */
    int dimensions() {
        return words.dimensions() + context.dimensions();
    }

    /** The vector of each word of one sentence; an empty array for a word with none. */
    float[][] of(List<Word> sentence) {
        float[][] own = words.of(sentence);
        if (context.dimensions() == 0) return own;
        float[][] around = context.of(sentence);
        float[][] out = new float[sentence.size()][dimensions()];
        for (int i = 0; i < out.length; i++) {
            System.arraycopy(own[i], 0, out[i], 0, own[i].length);
            System.arraycopy(around[i], 0, out[i], words.dimensions(), around[i].length);
        }
        return out;
    }
}
