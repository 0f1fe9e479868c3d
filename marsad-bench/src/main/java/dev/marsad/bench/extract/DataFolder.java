package dev.marsad.bench.extract;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The root of the shared data sets, as a command reads it from {@code --data} (a picocli mixin). */
final class DataFolder {

    @Option(
            names = "--data",
            description = "root of the shared data sets (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data")
    Path data;
}
