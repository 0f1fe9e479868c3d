package dev.marsad.bench.extract;

import dev.marsad.crawl.Page;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.BlockModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench extract-train}: trains the block model (the learned veto on the body's
 * blocks) on the development sets and validates it leave-one-set-out: for each set, a model
 * trained on the other sets is scored on it at each threshold, against the rules alone. The
 * threshold is then chosen on those held-out scores alone (the highest mean gain with no set
 * falling by more than {@link #MAX_FALL}), the final model is trained on all the sets, and with
 * {@code --out} it is written as a model file. aeb-scrapinghub's half B is never read.
 */
@Command(
        name = "extract-train",
        mixinStandardHelpOptions = true,
        description = "Train the block model on the development sets, leave-one-set-out validation, write it.")
public final class ExtractTrain implements Callable<Integer> {

    /** Thresholds tried. */
    static final double[] THRESHOLDS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5};

    /** A threshold is acceptable only if no held-out set falls by more than this. */
    static final double MAX_FALL = 0.002;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--data",
            description = "root of the shared data sets (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data")
    Path data;

    @Option(names = "--out", description = "write the model trained on all sets to this file")
    Path outFile;

    @Option(names = "--skip-validation", description = "train and write only, without leave-one-set-out")
    boolean skipValidation;

    @Option(
            names = "--rounds",
            description = "boosted stumps after the regression (0: the regression alone; default: ${DEFAULT-VALUE})",
            defaultValue = "100")
    int rounds;

    @Option(names = "--threshold", description = "use this threshold instead of the one validation chooses")
    Double fixedThreshold;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<DevSet> sets = DevSet.load(data);
        if (sets.size() < 2) {
            out.println("skipped: fewer than two development sets under " + data);
            return 0;
        }
        ArticleExtractor rules = new ArticleExtractor(BlockModel.none());
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
        if (outFile != null) write(model, sets, all.size());
        return 0;
    }

    private static List<BlockModel.Example> examples(DevSet set, ArticleExtractor rules) {
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
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-7s %8s", "held out", "rules"));
        for (double t : THRESHOLDS) header.append(String.format(Locale.ROOT, " %7s", "t=" + t));
        out.println(header);
        double[] gainSum = new double[THRESHOLDS.length];
        double[] worst = new double[THRESHOLDS.length];
        for (DevSet held : sets) {
            List<BlockModel.Example> train = new ArrayList<>();
            examples.forEach((name, list) -> {
                if (!name.equals(held.name())) train.addAll(list);
            });
            BlockModel model = BlockModel.fit(train, THRESHOLDS[0], rounds);
            double base = held.score(rules);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-7s %8.4f", held.name(), base));
            for (int i = 0; i < THRESHOLDS.length; i++) {
                double s = held.score(new ArticleExtractor(model.withThreshold(THRESHOLDS[i])));
                row.append(String.format(Locale.ROOT, " %+7.4f", s - base));
                gainSum[i] += s - base;
                worst[i] = Math.min(worst[i], s - base);
            }
            out.println(row);
            out.flush();
        }
        int best = -1;
        for (int i = 0; i < THRESHOLDS.length; i++)
            if (worst[i] >= -MAX_FALL && (best < 0 || gainSum[i] > gainSum[best])) best = i;
        StringBuilder mean = new StringBuilder(String.format(Locale.ROOT, "%-7s %8s", "mean", ""));
        for (double g : gainSum) mean.append(String.format(Locale.ROOT, " %+7.4f", g / sets.size()));
        out.println(mean);
        double chosen = best < 0 ? 0 : THRESHOLDS[best];
        out.printf(
                Locale.ROOT,
                "chosen threshold %.2f (highest mean held-out gain with no set falling by more than %.3f; 0 = rules alone)%n",
                chosen,
                MAX_FALL);
        return chosen;
    }

    private void write(BlockModel model, List<DevSet> sets, int examples) {
        List<String> comment = List.of(
                "Marsad's block model: logistic regression over the features of dev.marsad.extract.BlockFeatures.",
                "Written by `marsad bench extract-train --out ...`; see docs/benchmarks/extract-generalise.md.",
                "Trained on " + examples + " labelled blocks of the development sets "
                        + String.join(", ", sets.stream().map(DevSet::name).toList()) + ":",
                "aeb-scrapinghub half A (MIT, Scrapinghub), WCXB (CC-BY-4.0, Murrough Foley, \"WCXB: A Multi-Type",
                "Web Content Extraction Benchmark\", 2026), trafilatura-eval (Apache-2.0), fundus-news (MIT),",
                "arabic-news-html (Apache-2.0), newspaper4k fixtures (MIT). Only weights are stored, no text.");
        try {
            Files.writeString(outFile, model.write(comment), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + outFile, e);
        }
    }
}
