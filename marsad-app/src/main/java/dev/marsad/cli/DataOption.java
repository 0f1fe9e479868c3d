package dev.marsad.cli;

import dev.marsad.ingest.DataFolder;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --data option of every command that reads or writes the data folder: a picocli mixin. */
final class DataOption {

    @Option(
            names = "--data",
            description = "Data folder (default: ${DEFAULT-VALUE}).",
            defaultValue = DataFolder.DEFAULT)
    Path data;

    /** The data folder, created when missing. */
    DataFolder directory() {
        return new DataFolder(data);
    }
}
