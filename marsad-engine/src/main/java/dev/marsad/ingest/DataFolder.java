package dev.marsad.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where Marsad keeps its state: one folder holding the index, the WARC captures, the crawl database
 * the sources and the models trained from the user's data. The index can be rebuilt from the WARC files ({@link Rebuild}).
 *
 * @param root the folder; created when missing
 */
public record DataFolder(Path root) {

    /** The default data folder, relative to the working directory. */
    public static final String DEFAULT = "marsad-data";

    public DataFolder {
        Objects.requireNonNull(root, "root");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data folder " + root + ": " + e.getMessage(), e);
        }
    }

    /** The Lucene index of articles and stories. */
    public Path index() {
        return root.resolve("index");
    }

    /** The WARC captures of every HTTP exchange. */
    public Path warc() {
        return root.resolve("warc");
    }

    /** The crawl database (SQLite): sources, frontier, fetch log. */
    public Path crawlDatabase() {
        return root.resolve("crawl.db");
    }

    /**
     * The models {@code marsad train} built from the user's data ({@code models/}); the analyzer
     * uses what it finds there.
     */
    public Path models() {
        return root.resolve("models");
    }

    /**
     * The picture cache ({@code images/}): lead images and site icons fetched at ingest, scaled, and
     * served by the web server from its own path.
     */
    public Path images() {
        return root.resolve("images");
    }

    /** The sources registry ({@code sources.json}). */
    public Path sources() {
        return root.resolve("sources.json");
    }
}
