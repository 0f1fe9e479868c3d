package dev.marsad.bench.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench extract-check}: Marsad alone on the three main-text sets, quickly, for work on
 * the extractor. Each set can be cut into two fixed halves (by a hash of the page id) so that a
 * change made while looking at half A is checked on half B; {@code --dump} writes every page's
 * score and text so that the worst pages can be read. The newspaper4k fixtures (expected text is
 * newspaper4k's own output, a regression reference, not human gold) are scored last, as a set the
 * extractor is not developed on.
 */
@Command(
        name = "extract-check",
        mixinStandardHelpOptions = true,
        description =
                "Marsad only, on aeb, WCXB and trafilatura-eval: scores per set and half, optional per-page dump.")
public final class ExtractCheck implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--data",
            description = "root of the shared data sets (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data")
    Path data;

    @Option(
            names = "--half",
            description = "all, a or b: which fixed half of each set (default: ${DEFAULT-VALUE})",
            defaultValue = "all",
            converter = Half.Converter.class)
    Half half;

    @Option(names = "--dump", description = "a folder to write per-page scores and texts into")
    Path dump;

    @Option(
            names = "--body-only",
            description = "score the body's blocks alone, without the embedded posts' texts at their places")
    boolean bodyOnly;

    private BodyExtractor.Marsad marsad;

    @Override
    public Integer call() {
        marsad = new BodyExtractor.Marsad(bodyOnly);
        PrintWriter out = spec.commandLine().getOut();
        Path aeb = data.resolve("aeb-scrapinghub");
        if (Files.exists(aeb.resolve("ground-truth.json")))
            body(out, "aeb", GoldFiles.scrapinghub(aeb), ScrapinghubEval.Metric.SHINGLES);
        else out.println("skipped: " + aeb + " not found");
        Path wcxb = data.resolve("wcxb-articles");
        if (Files.exists(wcxb.resolve("ground-truth")))
            body(out, "wcxb", GoldFiles.wcxb(wcxb), ScrapinghubEval.Metric.WORDS);
        else out.println("skipped: " + wcxb + " not found");
        Path traf = data.resolve("trafilatura-eval");
        if (Files.exists(traf.resolve("evaldata.json"))) snippets(out, traf);
        else out.println("skipped: " + traf + " not found");
        Path np4k = data.resolve("newspaper4k-fixtures");
        if (Files.exists(np4k.resolve("txt")))
            body(out, "np4k", GoldFiles.newspaperFixtures(np4k), ScrapinghubEval.Metric.SHINGLES);
        else out.println("skipped: " + np4k + " not found");
        return 0;
    }

    private void body(PrintWriter out, String set, List<GoldPage> all, ScrapinghubEval.Metric metric) {
        List<GoldPage> pages = all.stream().filter(p -> half.keeps(p.id())).toList();
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (GoldPage page : pages) {
            String text = marsad.body(page);
            gold.add(page.goldBody());
            predicted.add(text);
            var s = ScrapinghubEval.score(metric, List.of(page.goldBody()), List.of(text));
            rows.add(String.format(
                    Locale.ROOT, "%.3f\t%.3f\t%.3f\t%s\t%s", s.f1(), s.precision(), s.recall(), page.id(), page.url()));
            write(set, page.id() + ".out.txt", text);
            write(set, page.id() + ".gold.txt", page.goldBody());
        }
        var s = ScrapinghubEval.score(metric, gold, predicted);
        out.printf(
                Locale.ROOT,
                "%-5s half=%-3s pages=%3d F1 %.4f  P %.4f  R %.4f  exact %.3f%n",
                set,
                half,
                pages.size(),
                s.f1(),
                s.precision(),
                s.recall(),
                s.accuracy());
        rows.sort(Comparator.naturalOrder());
        write(set, "scores.tsv", String.join("\n", rows) + "\n");
    }

    private void snippets(PrintWriter out, Path dir) {
        int tp = 0, fn = 0, fp = 0, tn = 0, pages = 0;
        List<String> rows = new ArrayList<>();
        for (SnippetEval.Entry e : SnippetEval.load(dir)) {
            if (!half.keeps(e.page().id())) continue;
            pages++;
            String text = SnippetEval.collapse(marsad.body(e.page()));
            StringBuilder why = new StringBuilder();
            for (String s : e.with()) {
                if (!text.isEmpty() && text.contains(SnippetEval.collapse(s))) tp++;
                else {
                    fn++;
                    why.append("MISSING: ").append(s).append('\n');
                }
            }
            for (String s : e.without()) {
                if (!text.isEmpty() && text.contains(SnippetEval.collapse(s))) {
                    fp++;
                    why.append("KEPT: ").append(s).append('\n');
                } else tn++;
            }
            String name = e.file().replaceAll("[^A-Za-z0-9._-]", "_");
            if (!why.isEmpty()) rows.add(name + "\t" + why.toString().replace("\n", " | "));
            write("traf", name + ".out.txt", why + "\n----\n" + text);
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        out.printf(
                Locale.ROOT,
                "traf  half=%-3s pages=%3d F  %.4f  P %.4f  R %.4f  (tp %d fn %d fp %d tn %d)%n",
                half,
                pages,
                p + r == 0 ? 0 : 2 * p * r / (p + r),
                p,
                r,
                tp,
                fn,
                fp,
                tn);
        rows.sort(Comparator.naturalOrder());
        write("traf", "errors.tsv", String.join("\n", rows) + "\n");
    }

    private void write(String set, String name, String text) {
        if (dump == null) return;
        try {
            Path dir = dump.resolve(set);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
