package dev.marsad.ingest;

import dev.marsad.crawl.ContinuousCrawl;
import dev.marsad.crawl.CrawlConfig;
import dev.marsad.crawl.CrawlListener;
import dev.marsad.crawl.CrawlState;
import dev.marsad.crawl.SourceRegistry;
import dev.marsad.crawl.WorkerShare;
import dev.marsad.index.ArticleIndex;
import java.util.Objects;

/**
 * A data folder kept fresh: the continuous crawl of its registered sources ({@code sources.json},
 * re-read while running) feeding the ingest pipeline, whose commits make new articles visible to
 * readers of {@link #index()} within the pipeline's commit linger. This is {@code marsad run} and
 * {@code marsad demo} without the web server and the console.
 *
 * <pre>{@code
 * try (var service = LiveService.start(folder, CrawlConfig.builder(folder.root()).build(), listener)) {
 *     WebServer.start(service.index(), address, config, service::status);
 *     … until stopped …
 * }
 * }</pre>
 */
public final class LiveService implements AutoCloseable {

    private final Ingestion ingestion;
    private final CrawlState state;
    private final ContinuousCrawl crawl;

    private LiveService(Ingestion ingestion, CrawlState state, ContinuousCrawl crawl) {
        this.ingestion = ingestion;
        this.state = state;
        this.crawl = crawl;
    }

    /**
     * Opens the folder's index and crawl database and starts crawling its registered sources on a
     * thread of its own.
     *
     * @throws IllegalStateException when another process writes the folder's index
     */
    public static LiveService start(DataFolder folder, CrawlConfig config, CrawlListener listener) {
        return start(folder, config, WorkerShare.ALL, listener);
    }

    /**
     * As {@link #start(DataFolder, CrawlConfig, CrawlListener)}, crawling only this worker's share of
     * the registered sources ({@link WorkerShare#select}), worked out again whenever the registry is
     * re-read.
     */
    public static LiveService start(DataFolder folder, CrawlConfig config, WorkerShare share, CrawlListener listener) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(share, "share");
        var registry = SourceRegistry.inDataFolder(folder.root());
        Ingestion ingestion = Ingestion.openFetchingImages(folder, config);
        CrawlState state = null;
        try {
            state = CrawlState.open(folder.crawlDatabase());
            var crawl = new ContinuousCrawl(
                    config,
                    state,
                    () -> share.select(registry.sources()),
                    ingestion.pipeline().pageHandler(),
                    listener);
            crawl.start();
            return new LiveService(ingestion, state, crawl);
        } catch (RuntimeException e) {
            if (state != null) state.close();
            ingestion.close();
            throw e;
        }
    }

    /** The index as the pipeline writes it; a reader sees each commit. */
    public ArticleIndex index() {
        return ingestion.index();
    }

    /** What the service is doing now. Cheap; safe from any thread. */
    public ServiceStatus status() {
        IngestTally tally = ingestion.pipeline().tally();
        return new ServiceStatus(
                crawl.stats(), index().articleCount(), tally.storedCount(), tally.rejectedCount(), tally.failedCount());
    }

    /**
     * Stops crawling (pages in flight finish and are recorded), commits what was stored and closes the
     * crawl database and the index.
     */
    @Override
    public void close() {
        try (ingestion;
                state) {
            crawl.close();
        }
    }
}
