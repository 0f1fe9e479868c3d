package dev.marsad.bench;

import dev.marsad.crawl.WorkerShare;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.link.ArticleIds;
import dev.marsad.link.SharedLinker;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Several workers linking one labelled set into one index at the same moment, as {@code marsad run
 * --worker K/N} processes do: the articles are split by the politeness domain of their URL ({@link
 * WorkerShare}), each worker links its share in publication order with its own {@link
 * SharedLinker}, taking the index's link turn for {@code perTurn} articles at a time and making them
 * visible before giving it back (the ingest pipeline's protocol, a turn per commit group).
 */
final class ConcurrentLinking {

    private ConcurrentLinking() {}

    /**
     * What the workers left.
     *
     * @param story each article's story id, by the set's article id
     * @param sizes how many articles each worker linked
     * @param turns how many turns the workers took in all
     */
    record Outcome(Map<String, String> story, List<Integer> sizes, long turns, double seconds) {}

    /** Links the articles (in publication order) with {@code workers} threads into a fresh in-memory index. */
    static Outcome link(List<StoriesData.Labelled> articles, int workers, int perTurn) throws IOException {
        try (var index = LuceneArticleIndex.inMemory()) {
            return link(articles, java.util.Collections.nCopies(workers, index), perTurn);
        }
    }

    /**
     * Links the articles (in publication order) with one thread per index object, worker K writing
     * through {@code indexes.get(K - 1)}; the objects reach one empty store (one embedded index, or
     * one SolrCloud cluster through connections of their own, each its own link-turn holder).
     */
    static Outcome link(List<StoriesData.Labelled> articles, List<? extends ArticleIndex> indexes, int perTurn) {
        int workers = indexes.size();
        List<List<StoriesData.Labelled>> shares = shares(articles, workers);
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newFixedThreadPool(
                workers, Thread.ofPlatform().name("bench-worker-", 1).factory())) {
            var barrier = new CyclicBarrier(workers);
            var done = new ArrayList<Future<Long>>();
            for (int k = 0; k < workers; k++) {
                ArticleIndex index = indexes.get(k);
                List<StoriesData.Labelled> share = shares.get(k);
                done.add(threads.submit(() -> work(index, share, perTurn, barrier)));
            }
            long turns = 0;
            for (Future<Long> f : done) turns += f.get();
            ArticleIndex index = indexes.getFirst();
            index.refresh();
            var story = new HashMap<String, String>();
            for (StoriesData.Labelled a : articles) {
                String id = ArticleIds.of(a.analyzed().article().canonicalUrl());
                story.put(
                        a.id(),
                        index.article(id)
                                .orElseThrow(() -> new IllegalStateException("article " + a.id() + " was not stored"))
                                .storyId());
            }
            return new Outcome(
                    story, shares.stream().map(List::size).toList(), turns, (System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the workers linked", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
        }
    }

    private static long work(ArticleIndex index, List<StoriesData.Labelled> share, int perTurn, CyclicBarrier barrier)
            throws Exception {
        var linker = new SharedLinker(index, Clock.systemUTC());
        barrier.await();
        for (int i = 0; i < share.size(); i++) {
            linker.link(share.get(i).analyzed(), Instant.now());
            if ((i + 1) % perTurn == 0 || i == share.size() - 1) {
                index.refresh();
                if (!linker.endTurn()) throw new IllegalStateException("lost the link turn");
            }
        }
        return linker.turnCount();
    }

    /** The articles of each worker, by the domain of their URL, in the given order. */
    private static List<List<StoriesData.Labelled>> shares(List<StoriesData.Labelled> articles, int workers) {
        var split = new WorkerShare(1, workers);
        var shares = new ArrayList<List<StoriesData.Labelled>>();
        for (int k = 0; k < workers; k++) shares.add(new ArrayList<>());
        for (StoriesData.Labelled a : articles)
            shares.get(split.ownerOf(WorkerShare.domainOf(a.analyzed().article().canonicalUrl())) - 1)
                    .add(a);
        return shares;
    }
}
