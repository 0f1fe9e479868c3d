package dev.marsad.analyze;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The averaged structured perceptron (Collins 2002) over numbered features and the tags of {@link
 * NerModel}: for each sentence, decode with Viterbi under the current weights; where the best
 * sequence differs from the gold one, add the gold sequence's features and subtract the predicted
 * one's; keep the average of the weights over all steps. Used by {@link NerTrainer} for both passes.
 */
final class Perceptron {

    private final Consumer<String> progress;

    /** A perceptron that tells {@code progress} about each pass over the sentences. */
    Perceptron(Consumer<String> progress) {
        this.progress = progress;
    }

    /** One sentence ready for training: feature ids and gold tag per word. */
    record Example(int[][] features, int[] gold) {}

    /** Weights learnt by {@link #learn}: {@code features × tags}, and {@code (tags + 1) × tags} transitions. */
    record Learnt(float[] weights, float[] transitions) {}

    /**
     * The average of {@code settings.runs()} averaged perceptrons whose feature weights start at
     * {@code start} (one per feature and tag) rather than at zero.
     */
    Learnt learn(List<Example> examples, float[] start, NerTrainer.Settings settings, String label) {
        int t = NerModel.TAGS.size();
        float[] weights = new float[start.length];
        float[] transitions = new float[(t + 1) * t];
        for (int run = 0; run < settings.runs(); run++) {
            var w = new Weights(start, transitions.length);
            var random = new Random(settings.seed() + run);
            var order = new ArrayList<>(examples);
            for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
                Collections.shuffle(order, random);
                int mistakes = 0;
                for (Example e : order) mistakes += w.learn(e);
                progress.accept(label + (settings.runs() > 1 ? "run " + (run + 1) + ", " : "") + "epoch " + epoch
                        + ": " + mistakes + " words wrong of "
                        + order.stream().mapToInt(e -> e.gold().length).sum());
            }
            w.addAveraged(weights, transitions, 1f / settings.runs());
        }
        return new Learnt(weights, transitions);
    }

    /** The transition weights of a flat array as rows: one per previous tag, the last for the start. */
    static float[][] transitions(float[] flat) {
        int t = NerModel.TAGS.size();
        float[][] transitions = new float[t + 1][t];
        for (int p = 0; p <= t; p++) System.arraycopy(flat, p * t, transitions[p], 0, t);
        return transitions;
    }

    /** Each word's tag scores: the sum of its features' weights ({@code tags} per feature). */
    static double[][] emission(int[][] features, float[] w, int tags) {
        double[][] emission = new double[features.length][tags];
        for (int i = 0; i < emission.length; i++)
            for (int f : features[i]) for (int k = 0; k < tags; k++) emission[i][k] += w[f * tags + k];
        return emission;
    }

    /** Perceptron weights with the sums needed for averaging (the lazy-update trick). */
    private static final class Weights {
        private final float[] w;
        private final float[] sum;
        private final float[] trans;
        private final float[] transSum;
        private int step = 1;

        Weights(float[] start, int transitions) {
            w = start.clone();
            sum = new float[start.length];
            trans = new float[transitions];
            transSum = new float[transitions];
        }

        int learn(Example e) {
            int t = NerModel.TAGS.size();
            int[] predicted = NerModel.viterbi(emission(e.features(), w, t), transitions(trans));
            int wrong = 0;
            for (int i = 0; i < predicted.length; i++) {
                int gold = e.gold()[i];
                int guess = predicted[i];
                int goldPrevious = i == 0 ? t : e.gold()[i - 1];
                int guessPrevious = i == 0 ? t : predicted[i - 1];
                if (gold != guess) {
                    wrong++;
                    for (int f : e.features()[i]) {
                        update(w, sum, f * t + gold, 1);
                        update(w, sum, f * t + guess, -1);
                    }
                }
                if (gold != guess || goldPrevious != guessPrevious) {
                    update(trans, transSum, goldPrevious * t + gold, 1);
                    update(trans, transSum, guessPrevious * t + guess, -1);
                }
            }
            step++;
            return wrong;
        }

        private void update(float[] weights, float[] sums, int index, float delta) {
            weights[index] += delta;
            sums[index] += step * delta;
        }

        private float averaged(float[] weights, float[] sums, int index) {
            return weights[index] - sums[index] / step;
        }

        /** Adds {@code share} times the averaged weights to {@code weights} and {@code transitions}. */
        void addAveraged(float[] weights, float[] transitions, float share) {
            for (int i = 0; i < weights.length; i++) weights[i] += share * averaged(w, sum, i);
            for (int i = 0; i < transitions.length; i++) transitions[i] += share * averaged(trans, transSum, i);
        }
    }
}
