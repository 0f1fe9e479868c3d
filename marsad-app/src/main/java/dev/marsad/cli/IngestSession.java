package dev.marsad.cli;

import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.crawl.Page;
import dev.marsad.crawl.PageHandler;
import dev.marsad.crawl.PageVerdict;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.link.ArticleLinker;
import dev.marsad.link.LinkResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * An open index with the stages wired in front of it: pages go in, stored articles come out.
 * Counts what happened to every page. Closing it commits the index.
 */
final class IngestSession implements AutoCloseable {

    private final LuceneArticleIndex index;
    private final PagePipeline pipeline;
    private final Map<LinkResult.Outcome, Integer> stored = new EnumMap<>(LinkResult.Outcome.class);
    private final Map<String, Integer> rejected = new TreeMap<>();

    private IngestSession(LuceneArticleIndex index, SiteNames siteNames) {
        this.index = index;
        this.pipeline = new PagePipeline(
                new ArticleExtractor(), new ArticleAnalyzer(), new ArticleLinker(index, Clock.systemUTC()), siteNames);
    }

    static IngestSession open(DataDirectory data) {
        return open(data, SiteNames.NONE);
    }

    /** A session that names sites without a stated name after the crawl sources they belong to. */
    static IngestSession open(DataDirectory data, SiteNames siteNames) {
        return new IngestSession(LuceneArticleIndex.open(data.index()), siteNames);
    }

    ArticleIndex index() {
        return index;
    }

    /** Runs one page through the stages; thread-safe by being serial. */
    synchronized PagePipeline.Result ingest(Page page) {
        PagePipeline.Result result = pipeline.process(page);
        switch (result) {
            case PagePipeline.Stored s -> stored.merge(s.link().outcome(), 1, Integer::sum);
            case PagePipeline.Rejected r -> rejected.merge(r.reason().name(), 1, Integer::sum);
        }
        return result;
    }

    /** This session as the crawl's page handler: stored pages are accepted, the others rejected with the reason. */
    PageHandler handler() {
        return capture -> switch (ingest(capture.page())) {
            case PagePipeline.Stored s -> new PageVerdict.Accepted(0, "stored");
            case PagePipeline.Rejected r ->
                new PageVerdict.Rejected("extract", r.reason().name().toLowerCase(java.util.Locale.ROOT), r.detail());
        };
    }

    /** One line saying what this session stored and rejected. */
    synchronized String summary() {
        int articles = stored.values().stream().mapToInt(Integer::intValue).sum();
        int copies = stored.getOrDefault(LinkResult.Outcome.COPY, 0)
                + stored.getOrDefault(LinkResult.Outcome.ORIGINAL_OF_COPY, 0);
        return String.format(
                java.util.Locale.ROOT,
                "%d articles stored (%d new stories, %d joined a story, %d copies folded, %d updated); %d pages rejected %s",
                articles,
                stored.getOrDefault(LinkResult.Outcome.NEW_STORY, 0),
                stored.getOrDefault(LinkResult.Outcome.JOINED_STORY, 0),
                copies,
                stored.getOrDefault(LinkResult.Outcome.UPDATED, 0),
                rejected.values().stream().mapToInt(Integer::intValue).sum(),
                rejected.isEmpty() ? "" : rejected.toString());
    }

    synchronized int storedCount() {
        return stored.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index: " + e.getMessage(), e);
        }
    }
}
