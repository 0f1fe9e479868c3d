package dev.marsad.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores section-model settings on articles the model did not learn from, by groups: the articles
 * of each group are classified by a model trained on all the other groups. With the groups the
 * folds of a fixed split this is k-fold cross-validation (every choice rests on every article, not
 * on one small development part); with the groups the publishers it tells whether the model learnt
 * the section or the publisher's way of writing.
 *
 * <p>The features of every article are read once, when this is built, and shared by all runs.
 */
public final class SectionCrossValidation {

    private final List<Map<String, Integer>> features;
    private final List<Section> gold;
    private final int[] group;
    private final int groups;

    /**
     * @param examples the labelled articles
     * @param group the group of each example, 0 … groups - 1, in the order of {@code examples}
     * @throws IllegalArgumentException when the sizes differ or a group number is negative
     */
    public SectionCrossValidation(List<SectionTrainer.Example> examples, int[] group) {
        Objects.requireNonNull(examples, "examples");
        if (group.length != examples.size())
            throw new IllegalArgumentException(
                    "cross-validation: " + examples.size() + " examples but " + group.length + " groups given");
        if (Arrays.stream(group).anyMatch(g -> g < 0))
            throw new IllegalArgumentException("cross-validation: a group number is negative");
        this.features = examples.stream().map(SectionTrainer.Example::features).toList();
        this.gold = examples.stream().map(SectionTrainer.Example::section).toList();
        this.group = group.clone();
        this.groups = Arrays.stream(group).max().orElse(-1) + 1;
    }

    /**
     * Every article classified by a model trained with {@code settings} on the other groups; a
     * group whose complement holds fewer than two sections is left unclassified (UNKNOWN at
     * confidence 0).
     */
    public Predictions run(SectionTrainer.Settings settings) {
        Section[] top = new Section[gold.size()];
        double[] confidence = new double[gold.size()];
        Arrays.fill(top, Section.UNKNOWN);
        for (int g = 0; g < groups; g++) {
            var trainFeatures = new ArrayList<Map<String, Integer>>();
            var trainGold = new ArrayList<Section>();
            for (int i = 0; i < gold.size(); i++) {
                if (group[i] == g) continue;
                trainFeatures.add(features.get(i));
                trainGold.add(gold.get(i));
            }
            if (trainGold.stream().distinct().count() < 2) continue;
            SectionModel model = SectionTrainer.train(trainFeatures, trainGold, settings);
            for (int i = 0; i < gold.size(); i++) {
                if (group[i] != g) continue;
                double[] p = model.probabilities(features.get(i));
                int best = SectionModel.argMax(p);
                top[i] = model.sections().get(best);
                confidence[i] = p[best];
            }
        }
        return new Predictions(gold, List.of(top), confidence);
    }

    /**
     * What a classifier answered for each article before any threshold.
     *
     * @param gold the gold section of each article
     * @param top the most probable section of each
     * @param confidence its probability
     */
    public record Predictions(List<Section> gold, List<Section> top, double[] confidence) {
        public Predictions {
            gold = List.copyOf(gold);
            top = List.copyOf(top);
            confidence = confidence.clone();
            if (gold.size() != top.size() || gold.size() != confidence.length)
                throw new IllegalArgumentException("predictions: sizes differ");
        }

        /** The scores when only answers of at least {@code threshold} are given, the rest UNKNOWN. */
        public SectionScores scores(double threshold) {
            var scores = new SectionScores();
            for (int i = 0; i < gold.size(); i++)
                scores.add(gold.get(i), confidence[i] >= threshold ? top.get(i) : Section.UNKNOWN);
            return scores;
        }

        /**
         * The highest of {@link SectionTrainer#THRESHOLDS} whose macro-F1 is within {@link
         * SectionTrainer#THRESHOLD_TOLERANCE} of the best: "unknown" where the text is unclear, as
         * long as that costs (almost) nothing.
         */
        public double threshold() {
            double[] macro = new double[SectionTrainer.THRESHOLDS.length];
            double best = 0;
            for (int t = 0; t < macro.length; t++) {
                macro[t] = scores(SectionTrainer.THRESHOLDS[t]).macroF1();
                best = Math.max(best, macro[t]);
            }
            double chosen = 0;
            for (int t = 0; t < macro.length; t++)
                if (macro[t] >= best - SectionTrainer.THRESHOLD_TOLERANCE) chosen = SectionTrainer.THRESHOLDS[t];
            return chosen;
        }
    }
}
