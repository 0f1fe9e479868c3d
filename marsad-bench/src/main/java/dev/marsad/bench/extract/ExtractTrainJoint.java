package dev.marsad.bench.extract;

import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.BlockModel;
import dev.marsad.extract.EdgeModel;
import dev.marsad.extract.NodeModel;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench extract-train-joint}: the settings of the three learned parts chosen together
 * by leave-one-set-out on the development sets (aeb-scrapinghub's half B is never read). 1. Every
 * set's training examples are built as each part's own command builds them ({@code extract-train},
 * {@code extract-train-node}, {@code extract-train-edge}); 2. for each held-out set, the three models
 * are trained on the five other sets; 3. the held-out set is scored with every combination of the
 * block veto's threshold, the node model's margin and the edge cut's threshold (each also off), as
 * the change against all three off; 4. the combination with the highest mean gain where no set
 * falls by more than {@link HeldOutTable#MAX_FALL} against the shipped settings is named. Writes
 * no model: the part commands do, with the settings chosen here.
 */
@Command(
        name = "extract-train-joint",
        mixinStandardHelpOptions = true,
        description = "Choose the veto threshold, node margin and edge threshold together, leave-one-set-out.")
public final class ExtractTrainJoint implements Callable<Integer> {

    /** Veto thresholds tried (NaN: no veto). */
    static final double[] VETO = {Double.NaN, 0.2, 0.3, 0.4};

    /** Node margins tried (NaN: the rules' container). */
    static final double[] MARGIN = {Double.NaN, 1.5, 3};

    /** Edge thresholds tried (NaN: no cut). */
    static final double[] EDGE = {Double.NaN, 0.7, 0.8, 0.9};

    /** The shipped settings, the reference of the "no set falls" rule. */
    static final double[] SHIPPED = {0.3, 1.5, 0.8};

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataFolder data;

    @Option(
            names = "--rounds",
            description = "boosted stumps of the block model (default: ${DEFAULT-VALUE}, as shipped)",
            defaultValue = "100")
    int rounds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<DevSet> sets = DevSet.load(data.data);
        if (sets.size() < 2) {
            out.println("skipped: fewer than two development sets under " + data.data);
            return 0;
        }
        ArticleExtractor rules = new ArticleExtractor(BlockModel.none(), NodeModel.none());
        ArticleExtractor nodeProbe = new ArticleExtractor(BlockModel.bundled(), NodeModel.none());
        ArticleExtractor edgeProbe = new ArticleExtractor(BlockModel.bundled(), NodeModel.bundled(), EdgeModel.none());
        Map<String, List<BlockModel.Example>> blocks = new LinkedHashMap<>();
        Map<String, List<NodeModel.Ranking>> nodes = new LinkedHashMap<>();
        Map<String, List<EdgeModel.Example>> edges = new LinkedHashMap<>();
        for (DevSet set : sets) { // 1.
            blocks.put(set.name(), ExtractTrain.examples(set, rules));
            nodes.put(set.name(), ExtractTrainNode.probe(set, nodeProbe).rankings());
            edges.put(set.name(), ExtractTrainEdge.examples(set, edgeProbe));
            out.printf(Locale.ROOT, "%-7s examples built%n", set.name());
            out.flush();
        }
        int combos = VETO.length * MARGIN.length * EDGE.length;
        double[][] gain = new double[sets.size()][combos];
        for (int s = 0; s < sets.size(); s++) {
            DevSet held = sets.get(s);
            BlockModel block = BlockModel.fit(others(blocks, held), 0.3, rounds); // 2.
            NodeModel node = NodeModel.fit(others(nodes, held), 0);
            EdgeModel edge = EdgeModel.fit(others(edges, held), 0.8, 0);
            double none = held.score(new ArticleExtractor(BlockModel.none(), NodeModel.none(), EdgeModel.none()));
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-7s none %.4f", held.name(), none));
            for (int c = 0; c < combos; c++) { // 3.
                double[] k = setting(c);
                ArticleExtractor x = new ArticleExtractor(
                        Double.isNaN(k[0]) ? BlockModel.none() : block.withThreshold(k[0]),
                        Double.isNaN(k[1]) ? NodeModel.none() : node.withMargin(k[1]),
                        Double.isNaN(k[2]) ? EdgeModel.none() : edge.withThreshold(k[2]));
                gain[s][c] = held.score(x) - none;
                row.append(String.format(Locale.ROOT, " %+.4f", gain[s][c]));
            }
            out.println(row);
            out.flush();
        }
        report(sets, gain, out); // 4.
        return 0;
    }

    private static <E> List<E> others(Map<String, List<E>> bySet, DevSet held) {
        List<E> train = new ArrayList<>();
        bySet.forEach((name, list) -> {
            if (!name.equals(held.name())) train.addAll(list);
        });
        return train;
    }

    /** Combination {@code c}: veto threshold, node margin, edge threshold. */
    static double[] setting(int c) {
        int e = c % EDGE.length;
        int m = (c / EDGE.length) % MARGIN.length;
        int v = c / (EDGE.length * MARGIN.length);
        return new double[] {VETO[v], MARGIN[m], EDGE[e]};
    }

    private static int shippedIndex() {
        for (int c = 0; c < VETO.length * MARGIN.length * EDGE.length; c++)
            if (java.util.Arrays.equals(setting(c), SHIPPED)) return c;
        throw new IllegalStateException("the shipped settings are not among the combinations tried");
    }

    /** Every combination's per-set gains and mean, best first, and the chosen one. */
    private static void report(List<DevSet> sets, double[][] gain, PrintWriter out) {
        int combos = gain[0].length;
        int shipped = shippedIndex();
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < combos; c++) order.add(c);
        order.sort((a, b) -> Double.compare(mean(gain, b), mean(gain, a)));
        StringBuilder header = new StringBuilder("veto  margin edge ");
        for (DevSet s : sets) header.append(String.format(Locale.ROOT, " %7s", s.name()));
        out.println(header.append("    mean  worst vs shipped"));
        int chosen = -1;
        for (int c : order) {
            double[] k = setting(c);
            double worst = 0;
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%4s  %5s  %4s ", k[0], k[1], k[2]));
            for (int s = 0; s < sets.size(); s++) {
                row.append(String.format(Locale.ROOT, " %+7.4f", gain[s][c]));
                worst = Math.min(worst, gain[s][c] - gain[s][shipped]);
            }
            row.append(String.format(Locale.ROOT, " %+7.4f %+7.4f", mean(gain, c), worst));
            if (chosen < 0 && worst >= -HeldOutTable.MAX_FALL) chosen = c;
            out.println(row);
        }
        double[] k = setting(chosen);
        out.printf(
                Locale.ROOT,
                "chosen: veto %s, margin %s, edge %s (highest mean held-out gain with no set more than %.3f below the shipped settings; NaN = off)%n",
                k[0],
                k[1],
                k[2],
                HeldOutTable.MAX_FALL);
    }

    private static double mean(double[][] gain, int c) {
        double sum = 0;
        for (double[] g : gain) sum += g[c];
        return sum / gain.length;
    }
}
