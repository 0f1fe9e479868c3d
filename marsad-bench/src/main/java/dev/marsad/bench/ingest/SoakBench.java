package dev.marsad.bench.ingest;

import dev.marsad.bench.TempFolder;
import dev.marsad.demo.DemoNewsroom;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench soak}: crash safety under many kills, as marsad-app's CrashSafetyTest but
 * bounded by {@code --kills}. The demo newsroom is crawled once in this JVM; then {@code marsad
 * ingest <crawl>/warc} and {@code marsad crawl} run as child JVMs, killed with SIGKILL at seeded
 * random moments, in rounds: each round starts from an empty data folder, kills its runs up to
 * {@code --kills-per-round} times (until a run ends before its kill), resumes to completion and
 * compares with a clean run. {@code --kills 0} or {@code --crawl-kills 0} leaves that soak out.
 */
@Command(
        name = "soak",
        mixinStandardHelpOptions = true,
        description = {
            "Crash soak. The demo newsroom is crawled once in process; then child JVMs are killed with SIGKILL"
                    + " at seeded random moments (between 0.2 and 1.1 times a clean run's time), in rounds from an"
                    + " empty data folder (up to --kills-per-round kills, fewer when a run ends before its kill),"
                    + " each round resumed to completion:",
            "  ingest soak: 'marsad ingest <crawl>/warc' killed --kills times; every round must end with the"
                    + " clean run's index (same article ids, site names, duplicateOf and storyId for every demo"
                    + " article).",
            "  crawl soak: 'marsad crawl --sources …' against the demo sites in this JVM, killed --crawl-kills"
                    + " times; no demo article may be lost.",
            "Prints kills survived, articles lost and whether every index equals the clean run's."
        })
public final class SoakBench implements Callable<Integer> {

    @Option(
            names = "--kills",
            defaultValue = "100",
            description = "Ingest runs to kill; 0 leaves the ingest soak out (default: ${DEFAULT-VALUE}).")
    int kills;

    @Option(
            names = "--crawl-kills",
            description = "Crawl runs to kill; 0 leaves the crawl soak out (default: as --kills).")
    Optional<Integer> crawlKills;

    @Option(
            names = "--kills-per-round",
            defaultValue = "5",
            description = "Kills before a round is resumed to completion and checked (default: ${DEFAULT-VALUE}).")
    int killsPerRound;

    @Option(
            names = "--seed",
            defaultValue = "20261206",
            description = "Seed of the kill moments (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (kills < 0 || crawlKills.orElse(kills) < 0 || killsPerRound < 1)
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--kills and --crawl-kills must not be negative, --kills-per-round at least 1");
        out.println("soak bench: " + RunInfo.describe());
        try (var newsroom = DemoNewsroom.start();
                var tmp = TempFolder.create("marsad-soak")) {
            Path live = tmp.path().resolve("live");
            Path sources = tmp.path().resolve("demo-sources.json");
            DemoDecisions crawled = InProcessCrawl.demo(newsroom, sources, live, out);
            var children = new ChildMarsad(tmp.path().resolve("children.log"));
            var rounds =
                    new KillRounds(children, new Random(seed), killsPerRound, tmp.path(), newsroom.articles(), out);
            KillRounds.Outcome ingest =
                    kills > 0 ? ingestSoak(out, children, rounds, tmp.path(), live, newsroom) : KillRounds.Outcome.NONE;
            KillRounds.Outcome crawl = crawlKills.orElse(kills) > 0
                    ? crawlSoak(
                            out,
                            children,
                            rounds,
                            tmp.path(),
                            sources,
                            InProcessCrawl.allowing(InProcessCrawl.sitesOf(newsroom)),
                            crawled)
                    : KillRounds.Outcome.NONE;
            out.printf(
                    Locale.ROOT,
                    "kills survived: %d (ingest %d, crawl %d), articles lost: %d, index equal to the clean run: %s%n",
                    ingest.killed() + crawl.killed(),
                    ingest.killed(),
                    crawl.killed(),
                    ingest.lost() + crawl.lost(),
                    kills == 0
                            ? "not checked (no ingest kills)"
                            : ingest.failedRounds() == 0 ? "yes" : "no (" + ingest.failedRounds() + " rounds differ)");
            return ingest.failedRounds() + crawl.failedRounds() == 0 ? 0 : 1;
        }
    }

    private KillRounds.Outcome ingestSoak(
            PrintWriter out, ChildMarsad children, KillRounds rounds, Path tmp, Path live, DemoNewsroom newsroom)
            throws InterruptedException {
        String warc = live.resolve("warc").toString();
        Path clean = tmp.resolve("clean");
        Duration cleanRun = children.run(List.of(0), "ingest", warc, "--data", clean.toString());
        DemoDecisions expected = DemoDecisions.read(clean.resolve("index"), newsroom.articles());
        out.printf(Locale.ROOT, "ingest soak: clean run %.1f s%n", cleanRun.toMillis() / 1e3);
        return rounds.soak(
                "ingest",
                kills,
                cleanRun,
                folder -> new KillRounds.Round(
                        new String[] {"ingest", warc, "--data", folder.toString()},
                        List.of(0),
                        expected,
                        KillRounds.Check.SAME_DECISIONS));
    }

    private KillRounds.Outcome crawlSoak(
            PrintWriter out,
            ChildMarsad children,
            KillRounds rounds,
            Path tmp,
            Path sources,
            List<String> allow,
            DemoDecisions crawled)
            throws InterruptedException {
        Path probe = tmp.resolve("probe");
        Duration cleanRun = children.run(List.of(0), crawl(sources, probe, allow));
        TempFolder.delete(probe);
        out.printf(Locale.ROOT, "crawl soak: clean run %.1f s%n", cleanRun.toMillis() / 1e3);
        // a resumed crawl that finds nothing left to fetch exits with 1
        return rounds.soak(
                "crawl",
                crawlKills.orElse(kills),
                cleanRun,
                folder -> new KillRounds.Round(
                        crawl(sources, folder, allow), List.of(0, 1), crawled, KillRounds.Check.NOTHING_LOST));
    }

    /** The arguments of a crawl of the demo's sources into {@code folder}, allowed to reach the demo's sites. */
    private static String[] crawl(Path sources, Path folder, List<String> allow) {
        List<String> args = new java.util.ArrayList<>(
                List.of("crawl", "--sources", sources.toString(), "--data", folder.toString()));
        args.addAll(allow);
        return args.toArray(String[]::new);
    }
}
