package dev.marsad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --data option of every command that reads or writes the data folder: a picocli mixin. */
final class DataOption {

    @Option(
            names = "--data",
            description = "Data folder (default: ${DEFAULT-VALUE}).",
            defaultValue = DataDirectory.DEFAULT)
    Path data;

    /** The data folder, created when missing. */
    DataDirectory directory() {
        return new DataDirectory(data);
    }
}
