package dev.marsad.ingest;

import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.analyze.TrainedModels;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * A data folder's index opened for writing with the pipeline in front of it: what every writing
 * entry point holds while it runs. Closing finishes what was submitted, commits and closes the index.
 *
 * <pre>{@code
 * try (var ingestion = Ingestion.open(folder)) {
 *     crawl.run(sources, ingestion.pipeline().pageHandler());
 * }
 * }</pre>
 */
public final class Ingestion implements AutoCloseable {

    private final ArticleIndex index;
    private final IngestPipeline pipeline;

    private Ingestion(ArticleIndex index, IngestPipeline pipeline) {
        this.index = index;
        this.pipeline = pipeline;
    }

    /**
     * Opens the folder's index ({@link DataFolder#indexLocation()}: the embedded one, or SolrCloud)
     * for writing and starts a pipeline with the default settings, analysing with the models of the
     * folder's {@code models/}.
     *
     * @throws IllegalStateException when another Marsad process writes the embedded index
     */
    public static Ingestion open(DataFolder folder) {
        return open(folder, IngestSettings.defaults());
    }

    /** As {@link #open(DataFolder)}, with the given settings. */
    public static Ingestion open(DataFolder folder, IngestSettings settings) {
        return open(folder, settings, folder.indexLocation());
    }

    /** As {@link #open(DataFolder, IngestSettings)}, writing the index at {@code location}. */
    static Ingestion open(DataFolder folder, IngestSettings settings, IndexLocation location) {
        ArticleIndex index = location.open(IndexLocation.Access.READ_WRITE);
        try {
            // the data folder's trained models (sections, keyphrase frequencies, the NER tagger) when present
            var analyzer = new ArticleAnalyzer(TrainedModels.load(folder.models()));
            return new Ingestion(index, IngestPipeline.start(index, settings, Clock.systemUTC(), analyzer));
        } catch (RuntimeException e) {
            try {
                index.close();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The index, for reading (and for serving while the pipeline writes). */
    public ArticleIndex index() {
        return index;
    }

    public IngestPipeline pipeline() {
        return pipeline;
    }

    /**
     * Finishes what was submitted, commits and closes the index. The calling thread's interrupt flag
     * (a stop signal) is set aside meanwhile: an interrupted thread cannot write files (Java closes a
     * channel that an interrupted thread uses), and the commit must happen.
     */
    @Override
    public void close() {
        boolean interrupted = Thread.interrupted();
        try (index) {
            pipeline.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index: " + e.getMessage(), e);
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
