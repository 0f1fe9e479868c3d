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
     * @param linkCpuNanos CPU time of the one thread that links and stores
     * @param workerCpuNanos CPU time of the threads that extract and analyze
     * @param tally what became of them: stored by link outcome, rejected by reason, failed
     */
    record Result(Span span, long linkCpuNanos, long workerCpuNanos, IngestTally tally) {

        /**
         * "link and store 31.2 ms, extract and analyze 5.1 ms, other 1.9 ms CPU per page; the linking
         * thread alone allows 32 pages/s": where the CPU went, and the rate the serial part bounds.
         */
        String describeCpu() {
            double pages = span.pages();
            double link = linkCpuNanos / 1e6 / pages;
            double workers = workerCpuNanos / 1e6 / pages;
            return String.format(
                    java.util.Locale.ROOT,
                    "CPU per page: link and store (one thread) %.2f ms, extract and analyze (workers) %.2f ms,"
                            + " other (GC, JIT, Lucene merges, submitting) %.2f ms; the linking thread alone allows"
                            + " at most %.1f pages/s",
                    link,
                    workers,
                    span.cpuMillisPerPage() - link - workers,
                    1000 / link);
        }
    }

    private FullIngest() {}

    /** Ingests {@code captures} in order into a new index in {@code indexDir}; failures are counted in the tally. */
    static Result run(List<Capture> captures, Path indexDir) {
        try (var index = LuceneArticleIndex.open(indexDir)) {
            var pipeline = IngestPipeline.start(index, IngestSettings.defaults(), Clock.systemUTC());
            long link = ThreadCpu.nanos(ThreadCpu.LINK);
            long workers = ThreadCpu.nanos(ThreadCpu.WORKERS);
            Stopwatch watch = Stopwatch.start();
            List<CompletableFuture<Verdict>> verdicts = new ArrayList<>(captures.size());
            try {
                for (Capture c : captures) verdicts.add(pipeline.submit(c));
                pipeline.flush(); // every verdict given, the last commit done
                link = ThreadCpu.nanos(ThreadCpu.LINK) - link; // read while the threads live
                workers = ThreadCpu.nanos(ThreadCpu.WORKERS) - workers;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while ingesting", e);
            } finally {
                pipeline.close();
            }
            Span span = watch.stop(captures.size());
            verdicts.forEach(CompletableFuture::join); // all done: flush() waited for them
            return new Result(span, link, workers, pipeline.tally());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index in " + indexDir + ": " + e.getMessage(), e);
        }
    }
}
