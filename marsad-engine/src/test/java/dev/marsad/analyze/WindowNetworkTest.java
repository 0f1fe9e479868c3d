package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The neural second pass's network (issue 11): its gradient, its training and its file form. */
class WindowNetworkTest {

    private static final int T = NerModel.TAGS.size();
    private static final String[] GROUPS = {"embed", "project", "linear", "window", "hiddenBias", "output", "outputBias"
    };

    /** A small network with every parameter random, so that no part of the gradient is trivially zero. */
    private static WindowNetwork randomNetwork(long seed) {
        var network = WindowNetwork.initial(new WindowNetwork.Shape(7, 3, 4, 1, T, 2), 0.5, seed);
        var random = new Random(seed + 1);
        for (double[] values : network.parameters())
            for (int i = 0; i < values.length; i++) values[i] = random.nextGaussian() * 0.7;
        return network;
    }

    private static final int[][] SENTENCE = {{0, 3}, {1, 2, 6}, {4}, {5, 0, 2}, {}};
    private static final float[][] VECTORS = {{0.6f, -0.8f}, {}, {1f, 0f}, {-0.3f, 0.2f}, {}};
    private static final int[] GOLD = {1, 2, 0, 5, 6};

    private static double loss(WindowNetwork network) {
        double loss = 0;
        double[][] logP = network.logProbabilities(SENTENCE, VECTORS);
        for (int i = 0; i < GOLD.length; i++) loss -= logP[i][GOLD[i]];
        return loss;
    }

    @Test
    void gradientAgreesWithFiniteDifferencesForEveryParameter() {
        WindowNetwork network = randomNetwork(3);
        WindowNetwork gradient = network.zeros();
        double loss = network.gradient(SENTENCE, VECTORS, GOLD, gradient, 0, new Random(0));
        assertThat(loss).as("loss returned = loss computed").isCloseTo(loss(network), within(1e-9));
        double h = 1e-5;
        double[][] params = network.parameters();
        double[][] grads = gradient.parameters();
        for (int g = 0; g < params.length; g++)
            for (int i = 0; i < params[g].length; i++) {
                double kept = params[g][i];
                params[g][i] = kept + h;
                double up = loss(network);
                params[g][i] = kept - h;
                double down = loss(network);
                params[g][i] = kept;
                double numeric = (up - down) / (2 * h);
                assertThat(grads[g][i])
                        .as(GROUPS[g] + "[" + i + "]")
                        .isCloseTo(numeric, within(1e-6 + 1e-5 * Math.abs(numeric)));
            }
    }

    @Test
    void featuresOfNoWordInTheSentenceGetNoGradient() {
        WindowNetwork network = randomNetwork(5);
        WindowNetwork gradient = network.zeros();
        network.gradient(
                new int[][] {{0}, {1}}, new float[][] {{}, {}}, new int[] {1, 0}, gradient, 0.3, new Random(1));
        for (int c = 0; c < 3; c++)
            assertThat(gradient.embed[6 * 3 + c]).as("embed of feature 6").isZero();
        for (int k = 0; k < T; k++)
            assertThat(gradient.linear[6 * T + k]).as("linear of feature 6").isZero();
    }

    @Test
    void learnsATagThatOnlyTheNeighbourTells() {
        // the second word's only feature (0) is always the same; it is B-PER after a word of feature 3
        // and O after one of feature 4: only the window, reading the word before, can tell.
        var examples = new ArrayList<NetworkTrainer.Example>();
        var random = new Random(9);
        for (int s = 0; s < 200; s++) {
            boolean person = random.nextBoolean();
            examples.add(new NetworkTrainer.Example(
                    new int[][] {{person ? 3 : 4}, {0}}, new float[][] {{}, {}}, new int[] {0, person ? 1 : 0}));
        }
        var settings = new NetworkTrainer.Settings(8, 8, 1, 0.1, 0, 0.01, 8, 10, 2, 1, 7L, 0, 0);
        NetworkTrainer.Learnt learnt = new NetworkTrainer(settings, m -> {}).train(examples, List.of(), 5, 2);
        List<NetworkTrainer.Example> renumbered = NetworkTrainer.renumbered(examples, learnt.rows());
        assertThat(SpanScore.f1(renumbered, learnt.network())).isEqualTo(1.0);
    }

    @Test
    void trainingIsDeterministic() {
        var examples = new ArrayList<NetworkTrainer.Example>();
        for (int s = 0; s < 30; s++)
            examples.add(new NetworkTrainer.Example(
                    new int[][] {{s % 3, 3}, {4}}, new float[][] {{s % 2, 1}, {}}, new int[] {s % 3 == 0 ? 1 : 0, 0}));
        var settings = new NetworkTrainer.Settings(4, 5, 1, 0.2, 0.2, 0.01, 4, 3, 2, 1, 11L, 0, 0);
        WindowNetwork a = new NetworkTrainer(settings, m -> {})
                .train(examples, List.of(), 5, 2)
                .network();
        WindowNetwork b = new NetworkTrainer(settings, m -> {})
                .train(examples, List.of(), 5, 2)
                .network();
        for (int g = 0; g < GROUPS.length; g++)
            assertThat(a.parameters()[g]).as(GROUPS[g]).isEqualTo(b.parameters()[g]);
    }

    @Test
    void writtenNetworkReadsBackWithTheSameProbabilities() throws Exception {
        WindowNetwork network = randomNetwork(8);
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            network.write(out);
        }
        WindowNetwork read = WindowNetwork.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        double[][] before = network.logProbabilities(SENTENCE, VECTORS);
        double[][] after = read.logProbabilities(SENTENCE, VECTORS);
        for (int i = 0; i < before.length; i++)
            for (int k = 0; k < T; k++) assertThat(after[i][k]).isCloseTo(before[i][k], within(1e-4));
    }

    private static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }
}
