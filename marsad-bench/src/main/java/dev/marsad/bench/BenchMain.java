package dev.marsad.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code marsad bench …}: benchmarks and evaluations. Each reads its data from {@code
 * ../shared/data} (or a folder given on the command line) and says so and exits 0 when it is
 * absent.
 */
@Command(
        name = "marsad bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks and evaluations against peers, measured in the same run.",
        subcommands = {
            StoriesBench.class,
            CopyModelBench.class,
            DemoStoriesBench.class,
            dev.marsad.bench.arabic.StemsCommand.class,
            dev.marsad.bench.arabic.NamesCommand.class,
            dev.marsad.bench.arabic.SearchCommand.class,
            dev.marsad.bench.arabic.SuggestCommand.class,
            dev.marsad.bench.arabic.AnalyzerSpeedCommand.class,
            DatesBench.class,
            CrawlBench.class,
            ExtractBench.class,
            dev.marsad.bench.extract.ExtractCheck.class,
            dev.marsad.bench.extract.FieldCheck.class,
            dev.marsad.bench.extract.ExtractDump.class,
            dev.marsad.bench.extract.ExtractTrain.class,
            dev.marsad.bench.extract.ExtractTrainNode.class,
            dev.marsad.bench.extract.ExtractTrainEdge.class,
            dev.marsad.bench.extract.ExtractTrainJoint.class,
            dev.marsad.bench.extract.ExtractPeers.class,
            dev.marsad.bench.extract.ExtractConventions.class,
            dev.marsad.bench.extract.ExtractLosses.class,
            NerBench.class,
            SectionBench.class,
            AnalyzeLinesBench.class,
            FactsBench.class,
            WebBench.class,
            ImagesBench.class,
            DemoSitesBench.class,
            DemoIngestBench.class,
            dev.marsad.bench.ingest.PipelineBench.class,
            dev.marsad.bench.ingest.GrowthBench.class,
            dev.marsad.bench.ingest.SoakBench.class,
            dev.marsad.bench.ingest.HostileBench.class,
            dev.marsad.bench.ingest.SolrBench.class,
            dev.marsad.bench.ingest.RecallBench.class,
            dev.marsad.bench.load.LoadBench.class,
            FreshnessBench.class
        })
public final class BenchMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CommandLine cli = new CommandLine(new BenchMain()).setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("marsad bench " + commandLine.getCommandName() + ": " + e);
            if (java.util.Arrays.asList(args).contains("--debug")) e.printStackTrace(err);
            return 1;
        });
        System.exit(cli.execute(
                java.util.Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new)));
    }
}
