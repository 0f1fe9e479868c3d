package dev.marsad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where Marsad keeps its state: one folder holding the index, the WARC captures and the crawl
 * database. Everything but the WARC files can be rebuilt from them.
 *
 * @param root the folder ({@code --data}); created when missing
 */
record DataDirectory(Path root) {

    /** The default data folder, relative to the working directory. */
    static final String DEFAULT = "marsad-data";

    DataDirectory {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data folder " + root + ": " + e.getMessage(), e);
        }
    }

    Path index() {
        return root.resolve("index");
    }

    Path warc() {
        return root.resolve("warc");
    }

    Path crawlDatabase() {
        return root.resolve("crawl.db");
    }
}
