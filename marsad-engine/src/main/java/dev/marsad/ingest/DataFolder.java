package dev.marsad.ingest;

import dev.marsad.index.IndexLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Where Marsad keeps its state: one folder holding the index, the WARC captures, the crawl database
 * the sources and the models trained from the user's data. The index can be rebuilt from the WARC files ({@link Rebuild}).
 *
 * <p>The index is the embedded one in {@code index/} unless the folder's {@value #CONFIG} says
 * {@code index=solr:<url>,…} (or another {@link IndexLocation}), or a command's {@code --index}
 * overrides both.
 *
 * @param root the folder; created when missing
 * @param indexOverride the index to use instead of the folder's configured one ({@code --index})
 */
public record DataFolder(Path root, Optional<IndexLocation> indexOverride) {

    /** The folder's settings file (Java properties, UTF-8); optional. */
    public static final String CONFIG = "marsad.properties";
    /** The key of {@value #CONFIG} that names the index ({@link IndexLocation#parse}). */
    public static final String INDEX_KEY = "index";

    /** A data folder whose index is the one its settings name. */
    public DataFolder(Path root) {
        this(root, Optional.empty());
    }

    /** The default data folder, relative to the working directory. */
    public static final String DEFAULT = "marsad-data";

    public DataFolder {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(indexOverride, "indexOverride");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data folder " + root + ": " + e.getMessage(), e);
        }
    }

    /** The folder of the embedded Lucene index of articles and stories, the default index. */
    public Path index() {
        return root.resolve("index");
    }

    /**
     * Where the index of this folder lives: {@code --index} if given, else the {@value #INDEX_KEY}
     * of {@value #CONFIG}, else the embedded index in {@link #index()}.
     *
     * @throws IllegalArgumentException when the settings file names a malformed index
     * @throws UncheckedIOException when the settings file cannot be read
     */
    public IndexLocation indexLocation() {
        if (indexOverride.isPresent()) return indexOverride.get();
        Path config = root.resolve(CONFIG);
        if (!Files.isRegularFile(config)) return IndexLocation.lucene(index());
        var settings = new Properties();
        try (var in = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + config + ": " + e.getMessage(), e);
        }
        String spec = settings.getProperty(INDEX_KEY);
        if (spec == null || spec.isBlank()) return IndexLocation.lucene(index());
        try {
            return IndexLocation.parse(spec.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(config + ": " + e.getMessage(), e);
        }
    }

    /** This folder with its index at {@code location} instead of the configured one. */
    public DataFolder withIndex(IndexLocation location) {
        return new DataFolder(root, Optional.of(location));
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
