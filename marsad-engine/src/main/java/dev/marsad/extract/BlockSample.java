package dev.marsad.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One body block as {@link BlockModel} sees it: its text and its features ({@link #featureNames()}
 * in order). {@link ArticleExtractor#blockSamples} gives them for a page, so that a model can be
 * trained on pages whose article text is known.
 *
 * @param text the block's plain text
 * @param features the block's feature values, one per name
 * @param judged false for a block the model does not judge (one that did not come from the page's
 *     markup, such as a body taken from JSON-LD)
 */
public record BlockSample(String text, double[] features, boolean judged) {
    public BlockSample {
        Objects.requireNonNull(text, "text");
        if (features.length != BlockFeatures.NAMES.size())
            throw new IllegalArgumentException(
                    "block sample has " + features.length + " features, expected " + BlockFeatures.NAMES.size());
        features = features.clone();
    }

    @Override
    public double[] features() {
        return features.clone();
    }

    /** The names of the features, in the order of {@link #features()}. */
    public static List<String> featureNames() {
        return BlockFeatures.NAMES;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlockSample s
                && s.text.equals(text)
                && Arrays.equals(s.features, features)
                && s.judged == judged;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, Arrays.hashCode(features), judged);
    }

    @Override
    public String toString() {
        return "BlockSample[" + text.length() + " chars, judged=" + judged + "]";
    }
}
