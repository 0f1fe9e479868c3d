package dev.marsad.bench.extract;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs the extraction evaluations of one {@code marsad bench extract} call, each on its own set,
 * and says "skipped" for a set that is not there.
 */
public final class ExtractEvaluations {

    private final PrintWriter out;

    public ExtractEvaluations(PrintWriter out) {
        this.out = out;
    }

    /**
     * What to run; a null folder is not run.
     *
     * @param scrapinghub a folder in the scrapinghub layout
     * @param wcxb a folder in the WCXB layout
     * @param snippets a folder in the trafilatura-eval layout
     * @param fields folders for field-by-field accuracy (fundus-news, arabic-news-html)
     * @param speedOnly only the speed run, on the scrapinghub pages
     * @param withNode include Mozilla Readability.js (node) in the speed run
     * @param nodeCache where npm installs the node peer
     */
    public record Plan(
            Path scrapinghub,
            Path wcxb,
            Path snippets,
            List<Path> fields,
            boolean speedOnly,
            boolean withNode,
            Path nodeCache) {}

    public void run(Plan plan) {
        out.printf(
                Locale.ROOT,
                "marsad bench extract — JDK %s, %d cores%n",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        if (plan.scrapinghub() != null && present(plan.scrapinghub(), "ground-truth.json")) {
            List<GoldPage> pages = GoldFiles.scrapinghub(plan.scrapinghub());
            if (!plan.speedOnly())
                ScrapinghubEval.run(
                        plan.scrapinghub().getFileName().toString(),
                        pages,
                        plan.scrapinghub().resolve("peer-outputs"),
                        ScrapinghubEval.Metric.SHINGLES,
                        out);
            new SpeedRun(out).run(pages, plan.withNode(), plan.nodeCache());
        }
        if (plan.speedOnly()) return;
        if (plan.wcxb() != null && present(plan.wcxb(), "ground-truth")) {
            List<GoldPage> pages = GoldFiles.wcxb(plan.wcxb());
            ScrapinghubEval.run(
                    plan.wcxb().getFileName() + " (converted)", pages, null, ScrapinghubEval.Metric.WORDS, out);
            ScrapinghubEval.run(
                    plan.wcxb().getFileName() + " (converted)", pages, null, ScrapinghubEval.Metric.SHINGLES, out);
        }
        if (plan.snippets() != null && present(plan.snippets(), "evaldata.json"))
            new SnippetEval(out).run(plan.snippets());
        for (Path dir : plan.fields()) {
            if (present(dir, "SOURCE.md")) new FieldEval(out).run(dir);
        }
    }

    private boolean present(Path dir, String child) {
        if (Files.exists(dir.resolve(child))) return true;
        out.println("skipped: " + dir.resolve(child) + " not found");
        return false;
    }
}
