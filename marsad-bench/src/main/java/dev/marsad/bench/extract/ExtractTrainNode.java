package dev.marsad.bench.extract;

import dev.marsad.crawl.Page;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.BlockModel;
import dev.marsad.extract.NodeModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench extract-train-node}: trains the node model (the learned choice of the body's
 * container) on the development sets and validates it leave-one-set-out. 1. For every page, each
 * candidate container the finder considers is extracted as the body in turn (the bundled block
 * veto after it, as shipped) and scored against the page's gold by the set's metric; 2. the rules'
 * score and the best candidate's (the ceiling) are printed per set; 3. for each set, a model
 * trained on the other sets chooses on it at each margin, scored against the rules' choice; 4. the
 * margin is chosen on those held-out scores alone (the highest mean gain with no set falling by
 * more than {@link HeldOutTable#MAX_FALL}); 5. the final model is trained on all the sets and, with
 * {@code --out}, written. aeb-scrapinghub's half B is never read.
 */
@Command(
        name = "extract-train-node",
        mixinStandardHelpOptions = true,
        description =
                "Train the body-container choice on the development sets, leave-one-set-out validation, write it.")
public final class ExtractTrainNode implements Callable<Integer> {

    /** Margins tried: how far above the rules' choice a candidate must rank. */
    static final double[] MARGINS = {0, 0.5, 1, 1.5, 2, 3, 4};

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    TrainingFiles files;

    @Option(names = "--margin", description = "use this margin instead of the one validation chooses")
    Double fixedMargin;

    @Option(
            names = "--dump",
            description = "write each page's candidates (kind, page score) to this file, development sets only")
    Path dumpFile;

    /** One page's candidates: their features, the texts they give and those texts' page scores. */
    record Probed(List<double[]> features, List<String> texts, double[] quality) {}

    /** One set's pages, probed. */
    record ProbedSet(DevSet set, List<Probed> pages) {
        List<NodeModel.Ranking> rankings() {
            return pages.stream()
                    .filter(p -> p.features().size() > 1)
                    .map(p -> new NodeModel.Ranking(p.features(), p.quality()))
                    .toList();
        }

        /** The set's score when {@code pick} chooses each page's candidate. */
        double score(java.util.function.ToIntFunction<Probed> pick) {
            return set.score(
                    pages.stream().map(p -> p.texts().get(pick.applyAsInt(p))).toList());
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<DevSet> sets = DevSet.load(files.data);
        if (sets.size() < 2) {
            out.println("skipped: fewer than two development sets under " + files.data);
            return 0;
        }
        ArticleExtractor rules = new ArticleExtractor(BlockModel.bundled(), NodeModel.none());
        List<ProbedSet> probed = new ArrayList<>();
        out.printf(
                Locale.ROOT,
                "%-7s %5s %10s %8s %8s %8s%n",
                "set",
                "pages",
                "candidates",
                "rules",
                "ceiling",
                "changed");
        for (DevSet set : sets) { // 1. and 2.
            ProbedSet p = probe(set, rules);
            probed.add(p);
            long candidates =
                    p.pages().stream().mapToLong(x -> x.features().size()).sum();
            long better = p.pages().stream().filter(x -> best(x) != 0).count();
            out.printf(
                    Locale.ROOT,
                    "%-7s %5d %10d %8.4f %8.4f %8d%n",
                    set.name(),
                    p.pages().size(),
                    candidates,
                    p.score(x -> 0),
                    p.score(ExtractTrainNode::best),
                    better);
            out.flush();
        }
        if (dumpFile != null) dump(probed);
        double margin = fixedMargin != null ? fixedMargin : validate(probed, out); // 3. and 4.
        List<NodeModel.Ranking> all = new ArrayList<>();
        probed.forEach(p -> all.addAll(p.rankings()));
        NodeModel model = NodeModel.fit(all, margin); // 5.
        out.printf(Locale.ROOT, "final model: %d pages from %d sets, margin %.2f%n", all.size(), sets.size(), margin);
        out.print(model.write(List.of("weights (mean, scale, weight per feature):")));
        out.flush();
        files.write(
                model.write(List.of()),
                List.of(
                        "Marsad's node model: a pairwise logistic ranking of the body's candidate containers",
                        "(dev.marsad.extract.NodeCandidates). Written by `marsad bench extract-train-node --out ...`;",
                        "see docs/benchmarks/extract-generalise.md."),
                all.size() + " pages with two candidates or more",
                sets);
        return 0;
    }

    /** Per page: set, id, the rules' score, and per candidate its relation to the rules' choice and score. */
    private void dump(List<ProbedSet> probed) {
        int ancestor = NodeModel.featureNames().indexOf("ancestor");
        int descendant = NodeModel.featureNames().indexOf("descendant");
        StringBuilder text = new StringBuilder();
        for (ProbedSet p : probed) {
            List<GoldPage> pages = p.set().allPages();
            for (int i = 0; i < pages.size(); i++) {
                Probed page = p.pages().get(i);
                text.append(String.format(
                        Locale.ROOT,
                        "%s\t%s\t%.4f\t%+.4f",
                        p.set().name(),
                        pages.get(i).id(),
                        page.quality()[0],
                        page.quality()[best(page)] - page.quality()[0]));
                for (int c = 1; c < page.features().size(); c++) {
                    double[] f = page.features().get(c);
                    String kind = f[ancestor] > 0 ? "up" : f[descendant] > 0 ? "down" : "other";
                    text.append(String.format(Locale.ROOT, "\t%s:%+.3f", kind, page.quality()[c] - page.quality()[0]));
                }
                text.append('\n');
            }
        }
        try {
            Files.writeString(dumpFile, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dumpFile, e);
        }
    }

    /** 1. Every page of {@code set} with each of its candidates as the body. */
    static ProbedSet probe(DevSet set, ArticleExtractor rules) {
        List<Probed> pages = new ArrayList<>();
        List<GoldPage> all = set.allPages();
        for (int i = 0; i < all.size(); i++) {
            Page page = Page.of(all.get(i).url(), all.get(i).html(), "text/html");
            List<double[]> features = rules.nodeCandidates(page);
            List<String> texts = new ArrayList<>();
            if (features.isEmpty()) texts.add(set.text(rules.extract(page)));
            for (int c = 0; c < features.size(); c++) texts.add(set.text(rules.extractWithNode(page, c)));
            double[] quality = new double[texts.size()];
            for (int c = 0; c < texts.size(); c++) quality[c] = set.pageScore(i, texts.get(c));
            pages.add(new Probed(features, texts, quality));
        }
        return new ProbedSet(set, pages);
    }

    /** The candidate whose text scores best on the page (the rules' choice on a tie). */
    private static int best(Probed p) {
        int best = 0;
        for (int c = 1; c < p.quality().length; c++) if (p.quality()[c] > p.quality()[best] + 1e-9) best = c;
        return best;
    }

    /** 3. and 4.: leave-one-set-out; prints each held-out set's gain per margin, returns the chosen margin. */
    private static double validate(List<ProbedSet> probed, PrintWriter out) {
        HeldOutTable table = new HeldOutTable("m=", MARGINS, out);
        for (ProbedSet held : probed) {
            List<NodeModel.Ranking> train = new ArrayList<>();
            for (ProbedSet p : probed) if (p != held) train.addAll(p.rankings());
            NodeModel model = NodeModel.fit(train, 0);
            double[] scores = new double[MARGINS.length];
            for (int i = 0; i < MARGINS.length; i++) {
                NodeModel m = model.withMargin(MARGINS[i]);
                scores[i] = held.score(x -> x.features().isEmpty() ? 0 : m.choose(x.features()));
            }
            table.row(held.set().name(), held.score(x -> 0), scores);
        }
        int best = table.choose();
        double chosen = best < 0 ? Double.POSITIVE_INFINITY : MARGINS[best];
        out.printf(
                Locale.ROOT,
                "chosen margin %.2f (highest mean held-out gain with no set falling by more than %.3f; Infinity = rules alone)%n",
                chosen,
                HeldOutTable.MAX_FALL);
        return chosen;
    }
}
