package dev.marsad.cli;

import picocli.CommandLine.Command;

/** The root command: lists the sub-commands. */
@Command(
        name = "marsad",
        mixinStandardHelpOptions = true,
        version = "marsad 0.1.0",
        description = "Marsad (مرصد): Arabic news aggregation and analysis.%n"
                + "Add --debug to any command to see stack traces.",
        subcommands = {
            DemoCommand.class,
            ServeCommand.class,
            CrawlCommand.class,
            SourcesCommand.class,
            IngestCommand.class,
            RebuildCommand.class,
            RunCommand.class,
            SolrCommand.class,
            ExtractCommand.class,
            AnalyzeCommand.class,
            SearchCommand.class,
            TextCommand.class,
            TrainCommand.class
        })
final class MarsadCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
