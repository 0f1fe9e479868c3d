package dev.marsad.link;

import dev.marsad.analyze.AnalyzedArticle;
import java.util.Arrays;

/**
 * The features of a pair of articles that the copy decision reads, as numbers in [0, 1]: how much
 * of each text is shared in order, whether the shared part holds a beginning, whether the shorter
 * is the longer's beginning, whether the headlines are about the same names, and how far the two
 * agree on the entities they name. For evaluating and fitting the decision (benches) on pairs the
 * linker never met; the linker itself compares profiles it has stored.
 *
 * @param sharedOfShorter share of the shorter text's word pairs found in order in the other
 * @param sharedOfLonger share of the longer text's word pairs found in order in the other
 * @param shorterIsLead whether the shorter is the longer's beginning or opens with its lead
 * @param leadShared whether the beginning of either text is in the shared part
 * @param longerLeadKept whether the beginning of the longer text is in the shorter
 * @param sameSubject false when each headline names someone the other article never names
 * @param namesShared Jaccard similarity of the entities the two name (1 when neither names any)
 * @param matchedOfShorter share of the shorter text's words in the two texts' matching blocks
 * @param matchedAtBeginning the same with the longer's beginning only (its first 1.25 × the
 *     shorter's length + 10 words)
 * @param lengthRatio the shorter text's length over the longer's, in words
 */
public record CopyPairFeatures(
        double sharedOfShorter,
        double sharedOfLonger,
        boolean shorterIsLead,
        boolean leadShared,
        boolean longerLeadKept,
        boolean sameSubject,
        double namesShared,
        double matchedOfShorter,
        double matchedAtBeginning,
        double lengthRatio) {

    /** The names of the features of {@link #vector()}, in order. */
    public static final java.util.List<String> NAMES = java.util.List.of(
            "shared of shorter",
            "shared of longer",
            "shorter is lead",
            "lead shared",
            "longer's lead kept",
            "same subject",
            "names shared",
            "matched of shorter",
            "matched at beginning",
            "length ratio");

    /** What a word is when texts are compared. */
    public enum Words {
        /** Its light stem (a reworded wire text lines up more). */
        STEMS,
        /** Its normalised form, as the labelled sets' near-duplicate rule and the linker compare. */
        FORMS
    }

    /** The features of two analysed articles (order does not matter), compared as the linker does. */
    public static CopyPairFeatures of(AnalyzedArticle a, AnalyzedArticle b) {
        return of(a, b, Words.FORMS);
    }

    /** The features of two analysed articles, their words compared as {@code compared} says. */
    public static CopyPairFeatures of(AnalyzedArticle a, AnalyzedArticle b, Words compared) {
        CopyText x = CopyText.of(a, compared);
        CopyText y = CopyText.of(b, compared);
        return of(x, y);
    }

    /**
     * The features of every pair of the given articles, in the order (0, 1), (0, 2), …, (1, 2), …:
     * each article's text is prepared once.
     */
    public static java.util.List<CopyPairFeatures> ofAllPairs(
            java.util.List<AnalyzedArticle> articles, Words compared) {
        java.util.List<CopyText> texts =
                articles.stream().map(a -> CopyText.of(a, compared)).toList();
        var result = new java.util.ArrayList<CopyPairFeatures>();
        for (int i = 0; i < texts.size(); i++)
            for (int j = i + 1; j < texts.size(); j++) result.add(of(texts.get(i), texts.get(j)));
        return result;
    }

    private static CopyPairFeatures of(CopyText a, CopyText b) {
        CopyOverlap overlap = CopyOverlap.of(a, b);
        CopyOverlap.PairOverlap pairs = CopyOverlap.PairOverlap.of(a, b);
        return new CopyPairFeatures(
                Math.max(pairs.sharedOfA(), pairs.sharedOfB()),
                Math.min(pairs.sharedOfA(), pairs.sharedOfB()),
                pairs.shorterIsLead(),
                pairs.leadShared(),
                overlap.longerLeadKept(),
                overlap.sameSubject(),
                namesShared(a.names, b.names),
                overlap.sharedOfShorter(),
                overlap.atBeginning(),
                overlap.lengthRatio());
    }

    /** The features as numbers, in the order of {@link #NAMES}. */
    public double[] vector() {
        return new double[] {
            sharedOfShorter,
            sharedOfLonger,
            flag(shorterIsLead),
            flag(leadShared),
            flag(longerLeadKept),
            flag(sameSubject),
            namesShared,
            matchedOfShorter,
            matchedAtBeginning,
            lengthRatio
        };
    }

    /** Whether the linker calls the pair near-duplicates ({@link CopyOverlap#isNearDuplicate()}). */
    public boolean isNearDuplicate() {
        return new CopyOverlap(
                        matchedOfShorter,
                        matchedOfShorter * lengthRatio,
                        matchedAtBeginning,
                        longerLeadKept,
                        sameSubject)
                .isNearDuplicate();
    }

    /** Whether the linker's previous rule, on word-pair subsequences, called them near-duplicates. */
    public boolean isNearDuplicateBefore() {
        return new CopyOverlap.PairOverlap(sharedOfShorter, sharedOfLonger, shorterIsLead, leadShared)
                .isNearDuplicate(sameSubject);
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }

    /** |a ∩ b| / |a ∪ b| of two ascending distinct arrays; 1 when both are empty ({@link MinHash#jaccard}). */
    static double namesShared(int[] a, int[] b) {
        // widened, order kept: the names are a handful of entity hashes per article
        return MinHash.jaccard(
                Arrays.stream(a).asLongStream().toArray(),
                Arrays.stream(b).asLongStream().toArray());
    }
}
