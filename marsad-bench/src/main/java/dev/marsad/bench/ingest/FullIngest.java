package dev.marsad.bench.ingest;

import dev.marsad.crawl.Capture;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.ingest.IngestPipeline;
import dev.marsad.ingest.IngestSettings;
import dev.marsad.ingest.IngestTally;
import dev.marsad.ingest.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The whole ingest pipeline ({@link IngestPipeline}, default settings: a worker per core, group
 * commit) into a fresh on-disk Lucene index, timed from the first capture submitted until every
 * verdict is durable and the final commit is done. Starting the pipeline (loading the extractor's
 * and the analyzer's resources) is not timed.
 */
final class FullIngest {

    /**
     * What one run gave.
     *
     * @param span the pages submitted, the wall and CPU time
     * @param tally what became of them: stored by link outcome, rejected by reason, failed
     */
    record Result(Span span, IngestTally tally) {}

    private FullIngest() {}

    /** Ingests {@code captures} in order into a new index in {@code indexDir}; failures are counted in the tally. */
    static Result run(List<Capture> captures, Path indexDir) {
        try (var index = LuceneArticleIndex.open(indexDir)) {
            var pipeline = IngestPipeline.start(index, IngestSettings.defaults(), Clock.systemUTC());
            Stopwatch watch = Stopwatch.start();
            List<CompletableFuture<Verdict>> verdicts = new ArrayList<>(captures.size());
            try {
                for (Capture c : captures) verdicts.add(pipeline.submit(c));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while submitting", e);
            } finally {
                pipeline.close(); // finishes everything submitted and commits
            }
            Span span = watch.stop(captures.size());
            verdicts.forEach(CompletableFuture::join); // all done: close() waited for them
            return new Result(span, pipeline.tally());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index in " + indexDir + ": " + e.getMessage(), e);
        }
    }
}
