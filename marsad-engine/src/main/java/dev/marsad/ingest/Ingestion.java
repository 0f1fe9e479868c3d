package dev.marsad.ingest;

import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.analyze.TrainedModels;
import dev.marsad.crawl.CrawlConfig;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexLocation;
import dev.marsad.media.ArticleImages;
import dev.marsad.media.ImageFetcher;
import dev.marsad.media.ImageStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;

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
    private final ArticleImages images;
    private final Optional<ImageFetcher> fetcher;

    private Ingestion(
            ArticleIndex index, IngestPipeline pipeline, ArticleImages images, Optional<ImageFetcher> fetcher) {
        this.index = index;
        this.pipeline = pipeline;
        this.images = images;
        this.fetcher = fetcher;
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

    /**
     * As {@link #open(DataFolder)}, and fetches the pictures of the stored articles (lead images, site
     * icons) into the folder's {@link DataFolder#images()} with the fetch rules of {@code crawl} (its
     * address guard, time and size limits): what the crawl, {@code run} and {@code demo} use.
     */
    public static Ingestion openFetchingImages(DataFolder folder, CrawlConfig crawl) {
        return open(folder, IngestSettings.defaults(), folder.indexLocation(), Optional.of(crawl));
    }

    /** As {@link #open(DataFolder, IngestSettings)}, writing the index at {@code location}. */
    static Ingestion open(DataFolder folder, IngestSettings settings, IndexLocation location) {
        return open(folder, settings, location, Optional.empty());
    }

    private static Ingestion open(
            DataFolder folder, IngestSettings settings, IndexLocation location, Optional<CrawlConfig> crawl) {
        if (location.equals(IndexLocation.lucene(folder.index()))) Rebuild.finishInterruptedSwap(folder);
        ArticleIndex index = location.open(IndexLocation.Access.READ_WRITE);
        Optional<ImageFetcher> fetcher = Optional.empty();
        try {
            // the data folder's trained models (sections, keyphrase frequencies, the NER tagger) when present
            var analyzer = new ArticleAnalyzer(TrainedModels.load(folder.models()));
            fetcher = crawl.map(c -> new ImageFetcher(c, ImageStore.open(folder.images()), Clock.systemUTC()));
            ArticleImages images =
                    fetcher.map(f -> ArticleImages.start(f, Clock.systemUTC())).orElseGet(ArticleImages::none);
            return new Ingestion(
                    index, IngestPipeline.start(index, settings, Clock.systemUTC(), analyzer, images), images, fetcher);
        } catch (RuntimeException e) {
            fetcher.ifPresent(ImageFetcher::close);
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

    /** The pictures of the stored articles, fetched beside the pipeline (none for a plain {@link #open}). */
    public ArticleImages images() {
        return images;
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
            images.close(); // the pictures of what was stored, then their fetcher
            fetcher.ifPresent(ImageFetcher::close);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index: " + e.getMessage(), e);
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
