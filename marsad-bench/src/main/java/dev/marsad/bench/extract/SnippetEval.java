package dev.marsad.bench.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * trafilatura's evaluation (tests/evaluate.py): each page lists snippets the extraction must
 * contain ("with") and boilerplate it must not ("without"). A found "with" is a true positive, a
 * missing one a false negative; a found "without" a false positive, a missing one a true negative.
 * Precision, recall, accuracy and F-score over all snippets. White space is collapsed on both sides.
 */
final class SnippetEval {

    private final PrintWriter out;

    SnippetEval(PrintWriter out) {
        this.out = out;
    }

    /** One page of the set: its page (id = the entry's URL key), file name and snippets. */
    record Entry(GoldPage page, String file, List<String> with, List<String> without) {}

    void run(Path dir) {
        List<Entry> entries = load(dir);
        out.printf(Locale.ROOT, "%n== %s: %d pages (with/without snippets)%n", dir.getFileName(), entries.size());
        out.printf(Locale.ROOT, "%-22s %7s %7s %7s %9s %10s%n", "extractor", "F", "P", "R", "accuracy", "pages/s");
        for (BodyExtractor extractor : BodyExtractor.all()) {
            int tp = 0, fn = 0, fp = 0, tn = 0;
            long start = System.nanoTime();
            for (Entry e : entries) {
                String text = collapse(extractor.body(e.page()));
                for (String s : e.with())
                    if (!text.isEmpty() && text.contains(collapse(s))) tp++;
                    else fn++;
                for (String s : e.without())
                    if (!text.isEmpty() && text.contains(collapse(s))) fp++;
                    else tn++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            double acc = (double) (tp + tn) / Math.max(1, tp + tn + fp + fn);
            out.printf(
                    Locale.ROOT,
                    "%-22s %7.3f %7.3f %7.3f %9.3f %10.1f%n",
                    extractor.name(),
                    f,
                    p,
                    r,
                    acc,
                    entries.size() / seconds);
        }
    }

    /** The entries of a trafilatura-eval folder whose page is there, in the file's order. */
    static List<Entry> load(Path dir) {
        List<Entry> entries = new ArrayList<>();
        forEachPage(dir, (key, file, e, url, html) -> {
            List<String> with = new ArrayList<>();
            List<String> without = new ArrayList<>();
            e.path("with").forEach(s -> with.add(s.asText()));
            e.path("without").forEach(s -> without.add(s.asText()));
            entries.add(new Entry(new GoldPage(key, url, html, ""), file, with, without));
        });
        return entries;
    }

    /** What is read of one entry of evaldata.json whose page is in the folder. */
    interface PageVisitor {
        void visit(String key, String file, JsonNode entry, URI url, byte[] html);
    }

    /**
     * Visits the entries of a trafilatura-eval folder whose page is there, in the file's order; the
     * key is the page's URL (a placeholder URL when the key is none).
     */
    static void forEachPage(Path dir, PageVisitor visitor) {
        JsonNode eval = GoldFiles.readJson(dir.resolve("evaldata.json"));
        eval.fieldNames().forEachRemaining(key -> {
            JsonNode e = eval.get(key);
            String file = e.path("file").asText();
            Optional<Path> html = GoldFiles.htmlFile(dir.resolve("html"), file);
            if (html.isEmpty()) return;
            URI url = key.startsWith("http") ? GoldFiles.uri(key) : URI.create("https://example.invalid/page");
            visitor.visit(key, file, e, url, GoldFiles.read(html.get()));
        });
    }

    static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
