package dev.marsad.bench.extract;

import dev.marsad.cli.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench extract-dump}: the whole outcome of Marsad's extractor (every field, the
 * warnings, or the rejection) as JSON for every page of the shared extraction sets, one file per
 * set, so that a change meant to keep the output (a speed-up) can be checked byte for byte with
 * {@code diff -r}. With {@code --passes N} it instead times Marsad alone over the aeb pages, N
 * times, for a profiler run.
 */
@Command(
        name = "extract-dump",
        mixinStandardHelpOptions = true,
        description = "Marsad's full extraction outcome as JSON for every page of the five sets (output check),"
                + " or a timed loop over the aeb pages (--passes) for profiling.")
public final class ExtractDump implements Callable<Integer> {

    /** The sets dumped, by folder name under --data. */
    static final List<String> SETS =
            List.of("aeb-scrapinghub", "wcxb-articles", "trafilatura-eval", "arabic-news-html", "fundus-news");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--data",
            description = "root of the shared data sets (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data")
    Path data;

    @Option(names = "--out", description = "the folder to write <set>.json into")
    Path outDir;

    @Option(
            names = "--passes",
            description =
                    "time Marsad and boilerpipe (page by page, wall and thread CPU time) over the aeb pages this many times instead of dumping")
    int passes;

    private final BodyExtractor.Marsad marsad = new BodyExtractor.Marsad();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (passes > 0) return loop(out);
        if (outDir == null) {
            out.println("extract-dump: give --out DIR (or --passes N)");
            return 2;
        }
        Files.createDirectories(outDir);
        for (String set : SETS) {
            Path dir = data.resolve(set);
            if (!Files.isDirectory(dir)) {
                out.println("skipped: " + dir + " not found");
                continue;
            }
            List<GoldPage> pages = pages(dir);
            StringBuilder text = new StringBuilder();
            for (GoldPage p : pages)
                text.append("== ")
                        .append(p.id())
                        .append('\n')
                        .append(Json.pretty(marsad.outcome(p)))
                        .append('\n');
            Files.writeString(outDir.resolve(set + ".json"), text, StandardCharsets.UTF_8);
            out.printf(Locale.ROOT, "%-18s %4d pages -> %s%n", set, pages.size(), outDir.resolve(set + ".json"));
        }
        return 0;
    }

    private int loop(PrintWriter out) {
        Path aeb = data.resolve("aeb-scrapinghub");
        if (!Files.isDirectory(aeb)) {
            out.println("skipped: " + aeb + " not found");
            return 0;
        }
        List<GoldPage> pages = GoldFiles.scrapinghub(aeb);
        List<BodyExtractor> extractors = List.of(marsad, new BodyExtractor.Boilerpipe());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean allocation = threads instanceof com.sun.management.ThreadMXBean t ? t : null;
        long sink = 0;
        for (int pass = 0; pass < passes; pass++) {
            long[] wall = new long[extractors.size()];
            long[] cpu = new long[extractors.size()];
            long[] bytes = new long[extractors.size()];
            for (GoldPage p : pages) {
                for (int i = 0; i < extractors.size(); i++) {
                    long a0 = allocation == null ? 0 : allocation.getCurrentThreadAllocatedBytes();
                    long c0 = threads.getCurrentThreadCpuTime();
                    long w0 = System.nanoTime();
                    sink += extractors.get(i).body(p).length();
                    wall[i] += System.nanoTime() - w0;
                    cpu[i] += threads.getCurrentThreadCpuTime() - c0;
                    bytes[i] += allocation == null ? 0 : allocation.getCurrentThreadAllocatedBytes() - a0;
                }
            }
            out.printf(
                    Locale.ROOT,
                    "pass %d: marsad %.1f pages/s (cpu %.1f, %.2f MB/page), boilerpipe %.1f (cpu %.1f, %.2f MB/page):"
                            + " ratio wall %.2f, cpu %.2f%n",
                    pass + 1,
                    pages.size() / (wall[0] / 1e9),
                    pages.size() / (cpu[0] / 1e9),
                    bytes[0] / 1e6 / pages.size(),
                    pages.size() / (wall[1] / 1e9),
                    pages.size() / (cpu[1] / 1e9),
                    bytes[1] / 1e6 / pages.size(),
                    (double) wall[1] / wall[0],
                    (double) cpu[1] / cpu[0]);
        }
        out.println("chars " + sink);
        return 0;
    }

    /** The pages of one set, in a fixed order (by id), with the URL each set's gold gives. */
    static List<GoldPage> pages(Path dir) {
        return FieldSets.read(dir).stream().map(FieldGold::page).toList();
    }
}
