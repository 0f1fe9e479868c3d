package dev.marsad.cli;

import dev.marsad.index.IndexLocation;
import dev.marsad.ingest.DataFolder;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --data and --index options of every command that reads or writes the data folder: a picocli mixin. */
final class DataOption {

    @Option(
            names = "--data",
            description = "Data folder (default: ${DEFAULT-VALUE}).",
            defaultValue = DataFolder.DEFAULT)
    Path data;

    @Option(
            names = "--index",
            paramLabel = "INDEX",
            description = "The index: lucene:<folder> (default: the data folder's index/, or what its "
                    + DataFolder.CONFIG + " names as index=…) or solr:<url>[,<url>…] (SolrCloud nodes).")
    String index;

    /** The data folder, created when missing, with the index --index names, if any. */
    DataFolder directory() {
        var folder = new DataFolder(data);
        return index == null ? folder : folder.withIndex(IndexLocation.parse(index));
    }
}
