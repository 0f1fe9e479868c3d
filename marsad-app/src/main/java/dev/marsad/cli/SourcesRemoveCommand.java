package dev.marsad.cli;

import dev.marsad.crawl.Source;
import dev.marsad.crawl.SourceRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad sources remove ID}. */
@Command(
        name = "remove",
        mixinStandardHelpOptions = true,
        description = "Remove a source. What was crawled from it stays in the index and the archive.")
final class SourcesRemoveCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "the source's id, as `marsad sources list` shows it")
    String id;

    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Source removed = new SourceRegistry(data.directory().sources()).remove(id);
        spec.commandLine().getOut().println("removed " + removed.id() + " (" + removed.name() + ")");
        return 0;
    }
}
