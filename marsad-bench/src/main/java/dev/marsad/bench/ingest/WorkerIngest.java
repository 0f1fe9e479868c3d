package dev.marsad.bench.ingest;

import dev.marsad.crawl.Capture;
import dev.marsad.crawl.WorkerShare;
import dev.marsad.index.ArticleIndex;
import dev.marsad.ingest.IngestPipeline;
import dev.marsad.ingest.IngestSettings;
import dev.marsad.ingest.Verdict;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ingest as N {@code marsad run --worker K/N} processes do it: the captures split by the domain of
 * their URL ({@link WorkerShare}), each share through a pipeline of its own (default settings) into
 * its own index object, all at once; timed from the first capture submitted until every worker's
 * last commit. Index objects that reach one store (SolrCloud nodes, or one embedded index given N
 * times) make one newsroom.
 */
final class WorkerIngest {

    private WorkerIngest() {}

    /**
     * What a run gave.
     *
     * @param seconds wall time
     * @param stored articles stored (all workers)
     * @param other captures rejected or failed
     * @param shares captures per worker
     */
    /**
     * @param others the verdicts that are not "stored", counted by stage and reason
     *     ("EXTRACT/NOT_AN_ARTICLE", "LINK/failed"), so that two backends' counts can be compared
     */
    record Result(double seconds, long stored, long other, List<Integer> shares, Map<String, Long> others) {
        double perSecond(int captures) {
            return captures / seconds;
        }
    }

    /** Ingests {@code captures}, split over as many workers as {@code indexes} has, worker K writing to index K. */
    static Result run(List<Capture> captures, List<ArticleIndex> indexes) {
        int workers = indexes.size();
        var shares = new ArrayList<List<Capture>>();
        for (int k = 0; k < workers; k++) shares.add(new ArrayList<>());
        var split = new WorkerShare(1, workers);
        for (Capture c : captures)
            shares.get(split.ownerOf(WorkerShare.domainOf(c.page().url())) - 1).add(c);
        var pipelines = new ArrayList<IngestPipeline>();
        for (ArticleIndex index : indexes)
            pipelines.add(IngestPipeline.start(index, IngestSettings.defaults(), Clock.systemUTC()));
        try (ExecutorService submitters = Executors.newFixedThreadPool(
                workers, Thread.ofPlatform().name("bench-submit-", 1).factory())) {
            long start = System.nanoTime();
            var done = new ArrayList<Future<List<Verdict>>>();
            for (int k = 0; k < workers; k++) {
                IngestPipeline pipeline = pipelines.get(k);
                List<Capture> share = shares.get(k);
                done.add(submitters.submit(() -> ingest(pipeline, share)));
            }
            long stored = 0;
            long other = 0;
            var others = new TreeMap<String, Long>();
            for (Future<List<Verdict>> f : done)
                for (Verdict v : f.get()) {
                    switch (v) {
                        case Verdict.Stored s -> stored++;
                        case Verdict.Rejected r -> others.merge(r.stage() + "/" + r.reason(), 1L, Long::sum);
                        case Verdict.Failed x -> others.merge(x.stage() + "/failed", 1L, Long::sum);
                        default -> others.merge(v.getClass().getSimpleName(), 1L, Long::sum);
                    }
                    if (!(v instanceof Verdict.Stored)) other++;
                }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(
                    seconds, stored, other, shares.stream().map(List::size).toList(), others);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ingesting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
        } finally {
            pipelines.forEach(IngestPipeline::close);
        }
    }

    private static List<Verdict> ingest(IngestPipeline pipeline, List<Capture> share) throws InterruptedException {
        var verdicts = new ArrayList<CompletableFuture<Verdict>>(share.size());
        for (Capture c : share) verdicts.add(pipeline.submit(c));
        pipeline.flush();
        return verdicts.stream().map(CompletableFuture::join).toList();
    }
}
