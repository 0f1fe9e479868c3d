package dev.marsad.bench.extract;

import dev.marsad.crawl.Page;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.BlockModel;
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
 * {@code marsad bench extract-train}: trains the block model (the learned veto on the body's
 * blocks) on the development sets and validates it leave-one-set-out: for each set, a model
 * trained on the other sets is scored on it at each threshold, against the rules alone. The
 * threshold is then chosen on those held-out scores alone (the highest mean gain with no set
 * falling by more than {@link HeldOutTable#MAX_FALL}), the final model is trained on all the sets, and with
 * {@code --out} it is written as a model file. aeb-scrapinghub's half B is never read.
 */
@Command(
        name = "extract-train",
        mixinStandardHelpOptions = true,
        description = "Train the block model on the development sets, leave-one-set-out validation, write it.")
public final class ExtractTrain implements Callable<Integer> {

    /** Thresholds tried. */
    static final double[] THRESHOLDS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5};

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    TrainingFiles files;

    @Option(names = "--skip-validation", description = "train and write only, without leave-one-set-out")
    boolean skipValidation;

    @Option(
            names = "--rounds",
            description = "boosted stumps after the regression (0: the regression alone; default: ${DEFAULT-VALUE})",
            defaultValue = "100")
    int rounds;

    @Option(names = "--threshold", description = "use this threshold instead of the one validation chooses")
    Double fixedThreshold;

    @Option(
            names = "--production-container",
            description = "train and validate on the blocks of the bundled node model's container, as production"
                    + " chooses it, not the rules' container")
    boolean productionContainer;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<DevSet> sets = DevSet.load(files.data);
        if (sets.size() < 2) {
            out.println("skipped: fewer than two development sets under " + files.data);
            return 0;
        }
        ArticleExtractor rules = new ArticleExtractor(BlockModel.none(), node());
        Map<String, List<BlockModel.Example>> examples = new LinkedHashMap<>();
        for (DevSet set : sets) {
            List<BlockModel.Example> list = examples(set, rules);
            examples.put(set.name(), list);
            long content = list.stream().filter(BlockModel.Example::content).count();
            out.printf(
                    Locale.ROOT,
                    "%-7s pages %3d  blocks %5d (text %5d, not %4d)%n",
                    set.name(),
                    set.pages().size() + set.snippets().size(),
                    list.size(),
                    content,
                    list.size() - content);
        }
        double threshold = fixedThreshold != null ? fixedThreshold : 0.3;
        if (!skipValidation) {
            double chosen = validate(sets, examples, rules, out);
            if (fixedThreshold == null) threshold = chosen;
        }
        List<BlockModel.Example> all = new ArrayList<>();
        examples.values().forEach(all::addAll);
        BlockModel model = BlockModel.fit(all, threshold, rounds);
        out.printf(
                Locale.ROOT,
                "final model: %d examples from %d sets, threshold %.2f%n",
                all.size(),
                sets.size(),
                threshold);
        files.write(
                model.write(List.of()),
                List.of(
                        "Marsad's block model: logistic regression over the features of dev.marsad.extract.BlockFeatures.",
                        "Written by `marsad bench extract-train --out ...`; see docs/benchmarks/extract-generalise.md."),
                all.size() + " labelled blocks",
                sets);
        return 0;
    }

    /**
     * The body's container the blocks are taken from: the rules' choice (the bundled block model was
     * trained so), or the bundled node model's choice as production makes it with {@code
     * --production-container}.
     */
    private NodeModel node() {
        return productionContainer ? NodeModel.bundled() : NodeModel.none();
    }

    static List<BlockModel.Example> examples(DevSet set, ArticleExtractor rules) {
        List<BlockModel.Example> list = new ArrayList<>();
        for (GoldPage page : set.pages())
            list.addAll(BlockLabels.fromGold(rules.blockSamples(page(page)), page.goldBody()));
        for (SnippetEval.Entry e : set.snippets())
            list.addAll(BlockLabels.fromSnippets(rules.blockSamples(page(e.page())), e.with(), e.without()));
        return list;
    }

    private static Page page(GoldPage page) {
        return Page.of(page.url(), page.html(), "text/html");
    }

    /** Leave-one-set-out: prints each held-out set's score per threshold; returns the chosen threshold. */
    private double validate(
            List<DevSet> sets,
            Map<String, List<BlockModel.Example>> examples,
            ArticleExtractor rules,
            PrintWriter out) {
        int best = HeldOutTable.validate(
                "t=",
                THRESHOLDS,
                sets,
                examples,
                train -> BlockModel.fit(train, THRESHOLDS[0], rounds),
                (model, t) -> new ArticleExtractor(model.withThreshold(t), node()),
                rules,
                out);
        double chosen = best < 0 ? 0 : THRESHOLDS[best];
        out.printf(
                Locale.ROOT,
                "chosen threshold %.2f (highest mean held-out gain with no set falling by more than %.3f; 0 = rules alone)%n",
                chosen,
                HeldOutTable.MAX_FALL);
        return chosen;
    }
}
