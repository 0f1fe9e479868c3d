package dev.marsad.bench.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Speed, single-threaded, in one run on the same pages: Marsad, Readability4J and boilerpipe in
 * this JVM, and Mozilla Readability.js (with jsdom) in one node process that reads every page
 * itself, so that start-up is not counted. The in-JVM extractors get {@link #WARM_UP_PASSES}
 * warm-up passes (until the JIT compiler has compiled their hot code, as JMH's default of five
 * warm-up iterations), then {@link #TIMED_PASSES} timed passes in which they take turns page by
 * page. Readability.js gets one warm-up pass and {@link #NODE_TIMED_PASSES} timed passes in node
 * (at about 5 pages/s more passes would take minutes).
 */
final class SpeedRun {

    /** Untimed passes over all pages before the in-JVM extractors are timed. */
    static final int WARM_UP_PASSES = 5;

    /** Passes timed after the warm-up passes. */
    static final int TIMED_PASSES = 5;

    /** Passes the node peer times after its one warm-up pass. */
    static final int NODE_TIMED_PASSES = 3;

    /** The node peer's packages, installed from the npm registry into the cache on first use. */
    private static final List<String> NODE_PACKAGES = List.of("@mozilla/readability@0.6.0", "jsdom@29.1.1");

    private static final String NODE_SCRIPT = "readability-bench.js";

    private final PrintWriter out;

    SpeedRun(PrintWriter out) {
        this.out = out;
    }

    void run(List<GoldPage> pages, boolean withNode, Path nodeCache) {
        out.printf(
                Locale.ROOT,
                "%n== speed: %d pages, single thread, %d warm-up + %d timed passes (node: 1 + %d)%n",
                pages.size(),
                WARM_UP_PASSES,
                TIMED_PASSES,
                NODE_TIMED_PASSES);
        List<String> gold = pages.stream().map(GoldPage::goldBody).toList();
        List<BodyExtractor> extractors = BodyExtractor.all();
        double[] rates = pagesPerSecond(extractors, pages);
        double marsad = rates[0];
        for (int i = 0; i < extractors.size(); i++) {
            out.printf(
                    Locale.ROOT,
                    "%-22s %10.1f pages/s  (Marsad is %.2fx)%n",
                    extractors.get(i).name(),
                    rates[i],
                    marsad / rates[i]);
        }
        if (!withNode) return;
        try {
            NodeResult node = runNode(pages, nodeCache);
            out.printf(
                    Locale.ROOT,
                    "%-22s %10.1f pages/s  (Marsad is %.2fx)%n",
                    "readability.js (node)",
                    node.pagesPerSecond(),
                    marsad / node.pagesPerSecond());
            ScrapinghubEval.print(
                    out, "readability.js (ours)", BodyMetrics.scrapinghub(gold, node.texts()), node.pagesPerSecond());
        } catch (IOException | RuntimeException e) {
            out.println("skipped: readability.js (node): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("skipped: readability.js (node): interrupted");
        }
    }

    /**
     * Pages per second of each extractor. Extractors take turns page by page, so that a change in
     * machine load (other processes) hits all of them alike.
     */
    private static double[] pagesPerSecond(List<BodyExtractor> extractors, List<GoldPage> pages) {
        long sink = 0;
        for (int pass = 0; pass < WARM_UP_PASSES; pass++)
            for (GoldPage p : pages)
                for (BodyExtractor e : extractors) sink += e.body(p).length();
        long[] nanos = new long[extractors.size()];
        for (int pass = 0; pass < TIMED_PASSES; pass++) {
            for (GoldPage p : pages) {
                for (int i = 0; i < extractors.size(); i++) {
                    long start = System.nanoTime();
                    sink += extractors.get(i).body(p).length();
                    nanos[i] += System.nanoTime() - start;
                }
            }
        }
        if (sink < 0) throw new IllegalStateException("unreachable");
        double[] rates = new double[extractors.size()];
        for (int i = 0; i < rates.length; i++) rates[i] = pages.size() * TIMED_PASSES / (nanos[i] / 1e9);
        return rates;
    }

    private record NodeResult(double pagesPerSecond, List<String> texts) {}

    private NodeResult runNode(List<GoldPage> pages, Path cache) throws IOException, InterruptedException {
        installNodePeer(cache);
        Path work = Files.createTempDirectory("marsad-speed");
        try {
            List<String> list = new ArrayList<>();
            for (GoldPage p : pages) {
                Path f = work.resolve(p.id() + ".html");
                Files.write(f, p.html());
                list.add(f.toString());
            }
            Path listFile = work.resolve("pages.txt");
            Files.write(listFile, list, StandardCharsets.UTF_8);
            Path script = cache.resolve(NODE_SCRIPT);
            try (InputStream in = SpeedRun.class.getResourceAsStream(NODE_SCRIPT)) {
                if (in == null) throw new IllegalStateException("missing resource " + NODE_SCRIPT);
                Files.write(script, in.readAllBytes());
            }
            Path result = work.resolve("result.json");
            run(
                    List.of(
                            "node",
                            script.toString(),
                            listFile.toString(),
                            result.toString(),
                            String.valueOf(NODE_TIMED_PASSES)),
                    cache);
            JsonNode json = new ObjectMapper().readTree(result.toFile());
            List<String> texts = new ArrayList<>();
            json.path("texts").forEach(t -> texts.add(t.asText("")));
            double seconds = json.path("timedMillis").asDouble() / 1000;
            return new NodeResult(pages.size() * NODE_TIMED_PASSES / seconds, texts);
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private void installNodePeer(Path cache) throws IOException, InterruptedException {
        if (Files.isDirectory(cache.resolve("node_modules/@mozilla/readability"))
                && Files.isDirectory(cache.resolve("node_modules/jsdom"))) return;
        Files.createDirectories(cache);
        out.println("installing " + NODE_PACKAGES + " into " + cache + " (npm) ...");
        List<String> cmd = new ArrayList<>(
                List.of("npm", "install", "--no-audit", "--no-fund", "--silent", "--prefix", cache.toString()));
        cmd.addAll(NODE_PACKAGES);
        run(cmd, cache);
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(command.getFirst() + " timed out");
        }
        if (process.exitValue() != 0)
            throw new IOException(command.getFirst() + " failed (" + process.exitValue() + "): " + output.strip());
    }
}
