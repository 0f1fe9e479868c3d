package dev.marsad.bench.extract;

import dev.marsad.crawl.Page;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.BlockModel;
import dev.marsad.extract.BlockSample;
import dev.marsad.extract.EdgeModel;
import dev.marsad.extract.NodeModel;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
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
 * {@code marsad bench extract-train-edge}: trains the edge model (the learned cut of a run of
 * blocks at the start or the end of the body) on the development sets and validates it
 * leave-one-set-out. 1. Every page is extracted as shipped before the cut (the bundled node choice
 * and block veto) and the blocks the veto kept are labelled from the set's gold as the block model's
 * are ({@link BlockLabels}); 2. each candidate run at an edge is an example: it goes when none of
 * its blocks is text and one at least is labelled not text, it stays when one is text, every run
 * weighing alike (weighing a run by its share of the body did worse, see the benchmarks doc); 3. for each set, a model trained on the other sets cuts on it at each
 * threshold, scored against no cut; 4. the threshold is chosen on those held-out scores alone (the
 * highest mean gain with no set falling by more than {@link HeldOutTable#MAX_FALL}); 5. the final
 * model is trained on all the sets and, with {@code --out}, written. aeb-scrapinghub's half B is
 * never read.
 */
@Command(
        name = "extract-train-edge",
        mixinStandardHelpOptions = true,
        description =
                "Train the cut at the body's edges on the development sets, leave-one-set-out validation, write it.")
public final class ExtractTrainEdge implements Callable<Integer> {

    /** Thresholds tried: the probability of not being text from which a run goes. */
    static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.9, 0.95};

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    TrainingFiles files;

    @Option(names = "--threshold", description = "use this threshold instead of the one validation chooses")
    Double fixedThreshold;

    @Option(
            names = "--rounds",
            description = "boosted stumps after the regression (0: the regression alone; default: ${DEFAULT-VALUE})",
            defaultValue = "0")
    int rounds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<DevSet> sets = DevSet.load(files.data);
        if (sets.size() < 2) {
            out.println("skipped: fewer than two development sets under " + files.data);
            return 0;
        }
        ArticleExtractor shipped = new ArticleExtractor(BlockModel.bundled(), NodeModel.bundled(), EdgeModel.none());
        Map<String, List<EdgeModel.Example>> examples = new LinkedHashMap<>();
        for (DevSet set : sets) { // 1. and 2.
            List<EdgeModel.Example> list = examples(set, shipped);
            examples.put(set.name(), list);
            long goes = list.stream().filter(EdgeModel.Example::goes).count();
            out.printf(
                    Locale.ROOT,
                    "%-7s pages %3d  runs %5d (go %4d, stay %5d)%n",
                    set.name(),
                    set.allPages().size(),
                    list.size(),
                    goes,
                    list.size() - goes);
            out.flush();
        }
        double threshold = fixedThreshold != null ? fixedThreshold : validate(sets, examples, shipped, out);
        List<EdgeModel.Example> all = new ArrayList<>();
        examples.values().forEach(all::addAll);
        EdgeModel model = EdgeModel.fit(all, threshold, rounds); // 5.
        out.printf(
                Locale.ROOT, "final model: %d runs from %d sets, threshold %.2f%n", all.size(), sets.size(), threshold);
        out.print(model.write(List.of("weights (mean, scale, weight per feature):")));
        out.flush();
        files.write(
                model.write(List.of()),
                List.of(
                        "Marsad's edge model: logistic regression over the runs of blocks at the body's edges",
                        "(dev.marsad.extract.EdgeModel). Written by `marsad bench extract-train-edge --out ...`;",
                        "see docs/benchmarks/extract-generalise.md."),
                all.size() + " labelled runs",
                sets);
        return 0;
    }

    /** 1. and 2.: the labelled runs of every page of {@code set}. */
    static List<EdgeModel.Example> examples(DevSet set, ArticleExtractor shipped) {
        List<EdgeModel.Example> out = new ArrayList<>();
        for (GoldPage page : set.pages()) {
            EdgeModel.Body body = shipped.edgeBody(Page.of(page.url(), page.html(), "text/html"));
            out.addAll(label(body, BlockLabels.fromGold(body.blocks(), page.goldBody())));
        }
        for (SnippetEval.Entry e : set.snippets()) {
            GoldPage page = e.page();
            EdgeModel.Body body = shipped.edgeBody(Page.of(page.url(), page.html(), "text/html"));
            out.addAll(label(body, BlockLabels.fromSnippets(body.blocks(), e.with(), e.without())));
        }
        return out;
    }

    /** 2. The runs of one body, labelled from its blocks' labels. */
    static List<EdgeModel.Example> label(EdgeModel.Body body, List<BlockModel.Example> blockLabels) {
        Map<BlockSample, Boolean> text = new IdentityHashMap<>();
        for (BlockModel.Example e : blockLabels) text.put(e.sample(), e.content());
        List<EdgeModel.Example> out = new ArrayList<>();
        List<BlockSample> blocks = body.blocks();
        for (EdgeModel.Run run : body.runs()) {
            int from = run.trailing() ? blocks.size() - run.blocks() : 0;
            boolean anyText = false;
            boolean anyNot = false;
            for (BlockSample b : blocks.subList(from, from + run.blocks())) {
                Boolean t = text.get(b);
                if (t == null) continue;
                anyText |= t;
                anyNot |= !t;
            }
            if (!anyText && !anyNot) continue;
            out.add(new EdgeModel.Example(run, !anyText, 1));
        }
        return out;
    }

    /** 3. and 4.: leave-one-set-out; prints each held-out set's gain per threshold, returns the chosen one. */
    private double validate(
            List<DevSet> sets,
            Map<String, List<EdgeModel.Example>> examples,
            ArticleExtractor shipped,
            PrintWriter out) {
        int best = HeldOutTable.validate(
                "t=",
                THRESHOLDS,
                sets,
                examples,
                train -> EdgeModel.fit(train, THRESHOLDS[0], rounds),
                (model, t) -> new ArticleExtractor(BlockModel.bundled(), NodeModel.bundled(), model.withThreshold(t)),
                shipped,
                out);
        double chosen = best < 0 ? 2 : THRESHOLDS[best];
        out.printf(
                Locale.ROOT,
                "chosen threshold %.2f (highest mean held-out gain with no set falling by more than %.3f; 2 = no cut)%n",
                chosen,
                HeldOutTable.MAX_FALL);
        return chosen;
    }
}
