package dev.marsad.bench.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Body-text evaluation on a gold set: Marsad and the in-process peers on the same pages, plus the
 * stored outputs of other peers ({@code peer-outputs/<tool>.json}) when the folder has them.
 */
final class ScrapinghubEval {

    private ScrapinghubEval() {}

    /** Which metric a set uses. */
    enum Metric {
        SHINGLES,
        WORDS
    }

    static void run(String label, List<GoldPage> pages, Path peerDir, Metric metric, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%n== %s: %d pages (%s metric)%n",
                label,
                pages.size(),
                metric == Metric.SHINGLES ? "scrapinghub 4-shingle" : "WCXB word-bag");
        out.printf(Locale.ROOT, "%-22s %7s %7s %7s %9s %10s%n", "extractor", "F1", "P", "R", "accuracy", "pages/s");
        List<String> gold = pages.stream().map(GoldPage::goldBody).toList();
        for (BodyExtractor extractor : BodyExtractor.all()) {
            List<String> predicted = new ArrayList<>();
            long start = System.nanoTime();
            for (GoldPage page : pages) predicted.add(extractor.body(page));
            double seconds = (System.nanoTime() - start) / 1e9;
            print(out, extractor.name(), score(metric, gold, predicted), pages.size() / seconds);
        }
        if (peerDir != null && Files.isDirectory(peerDir)) storedPeers(pages, peerDir, metric, gold, out);
    }

    static BodyMetrics.Scores score(Metric metric, List<String> gold, List<String> predicted) {
        return metric == Metric.SHINGLES
                ? BodyMetrics.scrapinghub(gold, predicted)
                : BodyMetrics.wordLevel(gold, predicted);
    }

    private static void storedPeers(
            List<GoldPage> pages, Path peerDir, Metric metric, List<String> gold, PrintWriter out) {
        try (Stream<Path> files = Files.list(peerDir)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode output = GoldFiles.readJson(f).path("output");
                List<String> predicted = pages.stream()
                        .map(p -> output.path(p.id()).path("articleBody").asText(""))
                        .toList();
                String name = f.getFileName().toString().replaceFirst("\\.json$", "") + " (stored)";
                print(out, name, score(metric, gold, predicted), Double.NaN);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + peerDir, e);
        }
    }

    static void print(PrintWriter out, String name, BodyMetrics.Scores s, double pagesPerSecond) {
        String speed = Double.isNaN(pagesPerSecond) ? "-" : String.format(Locale.ROOT, "%.1f", pagesPerSecond);
        out.printf(
                Locale.ROOT,
                "%-22s %7.3f %7.3f %7.3f %9.3f %10s%n",
                name,
                s.f1(),
                s.precision(),
                s.recall(),
                s.accuracy(),
                speed);
    }
}
