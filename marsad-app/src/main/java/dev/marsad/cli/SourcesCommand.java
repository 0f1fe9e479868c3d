package dev.marsad.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code marsad sources …}: the sources of a data folder, kept in {@code <data>/sources.json}, which
 * a running crawl re-reads (so a source added here is crawled without a restart).
 */
@Command(
        name = "sources",
        mixinStandardHelpOptions = true,
        description = "List, add, remove, import and export the sources of the data folder (<data>/sources.json).",
        subcommands = {
            SourcesListCommand.class,
            SourcesAddCommand.class,
            SourcesRemoveCommand.class,
            SourcesImportCommand.class,
            SourcesExportCommand.class
        })
final class SourcesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
