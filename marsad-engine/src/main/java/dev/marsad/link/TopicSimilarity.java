package dev.marsad.link;

/**
 * How strongly two articles are about the same event, from 0 to 1: a weighted mix of the named
 * entities they share (people and organisations weigh more than places, which many unrelated
 * stories share), the tags they share, and the cosine of their title-and-body word vectors.
 * Computed on {@link LinkProfile}s, in integer arithmetic up to the last division, so the score of
 * two profiles is the same however they were obtained.
 */
final class TopicSimilarity {

    /** Weight of each signal in the score; they sum to 1. */
    static final double ENTITY_WEIGHT = 0.35;

    static final double TAG_WEIGHT = 0.15;
    static final double TEXT_WEIGHT = 0.50;

    /** The entity weight of a place. */
    private static final int PLACE_WEIGHT = 1;

    private TopicSimilarity() {}

    /** The similarity of two articles, from 0 to 1. */
    static double score(LinkProfile a, LinkProfile b) {
        return ENTITY_WEIGHT * weightedJaccard(a.entities, b.entities)
                + TAG_WEIGHT * jaccard(a.tags, b.tags)
                + TEXT_WEIGHT * cosine(a, b);
    }

    static double cosine(LinkProfile first, LinkProfile second) {
        HashWeights a = first.words;
        HashWeights b = second.words;
        if (a.size() == 0 || b.size() == 0) return 0;
        long dot = 0;
        for (int i = 0, j = 0; i < a.size() && j < b.size(); ) {
            if (a.keys[i] < b.keys[j]) i++;
            else if (a.keys[i] > b.keys[j]) j++;
            else dot += (long) a.weights[i++] * b.weights[j++];
        }
        return dot / (Math.sqrt(a.norm2()) * Math.sqrt(b.norm2()));
    }

    /**
     * Whether two articles name a common person or organisation (an entity weighing more than a
     * place, {@link LinkProfile#weightOf}).
     */
    static boolean sharesActor(LinkProfile first, LinkProfile second) {
        HashWeights a = first.entities;
        HashWeights b = second.entities;
        for (int i = 0, j = 0; i < a.size() && j < b.size(); ) {
            if (a.keys[i] < b.keys[j]) i++;
            else if (a.keys[i] > b.keys[j]) j++;
            else {
                if (a.weights[i] > PLACE_WEIGHT && b.weights[j] > PLACE_WEIGHT) return true;
                i++;
                j++;
            }
        }
        return false;
    }

    /** Sum of the smaller weights over sum of the larger ones, over the keys of either. */
    private static double weightedJaccard(HashWeights first, HashWeights second) {
        long[] a = first.keys;
        long[] b = second.keys;
        int[] aWeights = first.weights;
        int[] bWeights = second.weights;
        if (a.length == 0 || b.length == 0) return 0;
        long common = 0;
        long all = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || (i < a.length && a[i] < b[j])) all += aWeights[i++];
            else if (i == a.length || a[i] > b[j]) all += bWeights[j++];
            else {
                common += Math.min(aWeights[i], bWeights[j]);
                all += Math.max(aWeights[i++], bWeights[j++]);
            }
        }
        return (double) common / all;
    }

    private static double jaccard(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) return 0;
        int common = MinHash.intersection(a, b);
        return (double) common / (a.length + b.length - common);
    }
}
