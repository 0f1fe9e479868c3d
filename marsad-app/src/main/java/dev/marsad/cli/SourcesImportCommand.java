package dev.marsad.cli;

import dev.marsad.crawl.Opml;
import dev.marsad.crawl.Source;
import dev.marsad.crawl.SourceList;
import dev.marsad.crawl.SourceRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad sources import FILE.opml|FILE.json}. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import sources from an OPML file (a feed reader's subscriptions: .opml or .xml) or a JSON"
                + " sources file (.json). A source whose id is already known gains the feeds, sitemaps and start"
                + " pages it lacks.")
final class SourcesImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "an .opml/.xml or .json file")
    Path file;

    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<Source> sources;
        List<String> skipped = List.of();
        if (name.endsWith(".opml") || name.endsWith(".xml")) {
            Opml.Imported imported = Opml.read(file);
            sources = imported.sources();
            skipped = imported.skipped();
        } else if (name.endsWith(".json")) {
            sources = SourceList.read(file).sources();
        } else {
            throw new IllegalArgumentException(
                    "cannot tell the format of " + file + ": name it .opml, .xml (OPML) or .json (sources file)");
        }
        SourceRegistry.Merged merged = new SourceRegistry(data.directory().sources()).merge(sources);
        out.printf(
                Locale.ROOT,
                "imported %d sources from %s: %d added, %d extended, %d unchanged%n",
                sources.size(),
                file,
                merged.added().size(),
                merged.extended().size(),
                merged.unchanged().size());
        skipped.forEach(line -> out.println("  skipped " + line));
        return 0;
    }
}
