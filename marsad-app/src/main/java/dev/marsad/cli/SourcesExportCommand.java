package dev.marsad.cli;

import dev.marsad.crawl.Opml;
import dev.marsad.crawl.Source;
import dev.marsad.crawl.SourceList;
import dev.marsad.crawl.SourceRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad sources export [--format opml|json] [FILE]}. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export the sources as a JSON sources file (everything) or as OPML (feeds only: OPML has no"
                + " place for sitemaps and start pages), to FILE or standard output.")
final class SourcesExportCommand implements Callable<Integer> {

    /** The export formats. */
    enum Format {
        JSON,
        OPML
    }

    /** The title of an exported OPML file. */
    static final String OPML_TITLE = "Marsad sources";

    @Option(
            names = "--format",
            description = "json or opml (default: from FILE's extension, else json)",
            converter = FormatConverter.class)
    Format format;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "where to write (default: standard output)")
    Path file;

    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    /** Reads "json" or "opml" in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) if (f.name().equalsIgnoreCase(value.strip())) return f;
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not json or opml");
        }
    }

    @Override
    public Integer call() {
        List<Source> sources = new SourceRegistry(data.directory().sources()).sources();
        Format chosen = format != null ? format : formatOf(file);
        byte[] bytes = switch (chosen) {
            case JSON -> new SourceList(sources).toJson();
            case OPML -> Opml.write(sources, OPML_TITLE);
        };
        if (file == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(new String(bytes, StandardCharsets.UTF_8));
            out.println();
            out.flush();
        } else {
            try {
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }
        List<String> left = sources.stream()
                .filter(s -> s.feeds().isEmpty())
                .map(Source::id)
                .toList();
        if (chosen == Format.OPML && !left.isEmpty())
            spec.commandLine()
                    .getErr()
                    .println("left out of the OPML, having no feed (export --format json keeps them): "
                            + String.join(", ", left));
        return 0;
    }

    private static Format formatOf(Path file) {
        if (file == null) return Format.JSON;
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".opml") || name.endsWith(".xml") ? Format.OPML : Format.JSON;
    }
}
