package dev.marsad.crawl;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The first half of a run: reads every source's feeds, sitemaps and start pages (conditional GET, so
 * an unchanged listing costs one 304) and adds the article URLs they list to the frontier. Sources
 * are read in parallel, one virtual thread each; {@link HostGate} keeps each host serial.
 */
final class DiscoveryPass {

    /** A sitemap index may list an index (against the protocol, but seen): follow one such level, no more. */
    static final int MAX_SITEMAP_DEPTH = 2;
    /** An index of news sitemaps lists a handful; beyond this it is an archive, not news. */
    static final int MAX_CHILD_SITEMAPS = 50;

    /** What the pass did. */
    record Result(int listingsRead, int discovered) {}

    private final Retriever retriever;
    private final CrawlState state;
    private final FeedReader feeds;
    private final SitemapReader sitemaps;
    private final StartPageLinks startPages;
    private final CrawlListener listener;
    private final AtomicInteger listingsRead = new AtomicInteger();
    private final AtomicInteger discovered = new AtomicInteger();

    DiscoveryPass(
            Retriever retriever,
            CrawlState state,
            FeedReader feeds,
            SitemapReader sitemaps,
            StartPageLinks startPages,
            CrawlListener listener) {
        this.retriever = retriever;
        this.state = state;
        this.feeds = feeds;
        this.sitemaps = sitemaps;
        this.startPages = startPages;
        this.listener = listener;
    }

    /** Reads the listings of all {@code sources}, one thread per source; returns when all are read. */
    Result run(List<Source> sources) throws InterruptedException {
        var workers = new Workers();
        for (Source source : sources) workers.start("marsad-discover-" + source.id(), () -> readSource(source));
        workers.joinAll();
        return new Result(listingsRead.get(), discovered.get());
    }

    private void readSource(Source source) {
        try {
            for (URI feed : source.feeds()) readListing(source, feed, DocumentKind.FEED, 0);
            for (URI sitemap : source.sitemaps()) readListing(source, sitemap, DocumentKind.SITEMAP, 0);
            for (URI page : source.startPages()) readListing(source, page, DocumentKind.START_PAGE, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readListing(Source source, URI url, DocumentKind kind, int depth) throws InterruptedException {
        listingsRead.incrementAndGet();
        Retriever.Retrieval retrieval;
        try {
            retrieval = retriever.retrieve(
                    url,
                    new RecordLabels(kind, source.id(), Optional.of(source.name()), Hints.NONE),
                    state.validators(url),
                    source.delay());
        } catch (RuntimeException e) {
            record(
                    source,
                    url,
                    kind,
                    new Retriever.Retrieval.Stopped(
                            UrlState.FAILED,
                            Stage.STORE,
                            "cannot retrieve " + url + ": " + e.getMessage(),
                            0,
                            Optional.empty(),
                            true));
            return;
        }
        switch (retrieval) {
            case Retriever.Retrieval.Got got -> readBody(source, url, kind, depth, got);
            case Retriever.Retrieval.Unchanged unchanged -> {
                state.log(new FetchRecord(
                        url,
                        source.id(),
                        kind,
                        unchanged.response().fetchedAt(),
                        UrlState.UNCHANGED,
                        Stage.FETCH,
                        "not modified since the last run",
                        304,
                        Optional.of(unchanged.warc())));
                listener.onEvent(new CrawlEvent.ListingRead(source.id(), url, kind.label(), "unchanged"));
                // An unchanged sitemap index says nothing about its children: they are asked for one by one.
                if (kind == DocumentKind.SITEMAP) readChildSitemaps(source, state.childSitemaps(url), depth);
            }
            case Retriever.Retrieval.Stopped stopped -> record(source, url, kind, stopped);
        }
    }

    private void readBody(Source source, URI url, DocumentKind kind, int depth, Retriever.Retrieval.Got got)
            throws InterruptedException {
        CapturedResponse response = got.response();
        switch (parse(kind, response)) {
            case Listing.Broken broken ->
                record(
                        source,
                        url,
                        kind,
                        new Retriever.Retrieval.Stopped(
                                UrlState.FAILED,
                                Stage.DISCOVER,
                                broken.detail(),
                                response.status(),
                                Optional.of(got.warc()),
                                false));
            case Listing.Found found -> {
                String outcome = enqueue(source, url, kind, found);
                state.saveValidators(url, validatorsOf(response));
                state.log(new FetchRecord(
                        url,
                        source.id(),
                        kind,
                        response.fetchedAt(),
                        UrlState.FETCHED,
                        Stage.DISCOVER,
                        outcome,
                        response.status(),
                        Optional.of(got.warc())));
                listener.onEvent(new CrawlEvent.ListingRead(source.id(), url, kind.label(), outcome));
                if (kind == DocumentKind.SITEMAP) state.saveChildSitemaps(url, found.sitemaps());
                readChildSitemaps(source, found.sitemaps(), depth);
            }
        }
    }

    private Listing parse(DocumentKind kind, CapturedResponse response) {
        return switch (kind) {
            case FEED -> feeds.read(response.url(), response.body());
            case SITEMAP ->
                sitemaps.read(
                        response.url(),
                        response.body(),
                        response.header("Content-Type").orElse(""));
            case START_PAGE -> startPages.read(response.url(), response.body());
            case ROBOTS, PAGE -> throw new IllegalArgumentException(kind + " is not a listing: " + response.url());
        };
    }

    /** Adds the listing's articles to the frontier; returns the outcome line ("found 3 new of 10"). */
    private String enqueue(Source source, URI url, DocumentKind kind, Listing.Found found) {
        int added = state.enqueue(source.id(), kind.label() + " " + url, found.articles());
        discovered.addAndGet(added);
        String children =
                found.sitemaps().isEmpty() ? "" : ", " + found.sitemaps().size() + " child sitemaps";
        return "found " + added + " new of " + found.articles().size() + children;
    }

    private void readChildSitemaps(Source source, List<URI> children, int depth) throws InterruptedException {
        if (children.isEmpty()) return;
        if (depth + 1 >= MAX_SITEMAP_DEPTH) return;
        for (URI child : children.subList(0, Math.min(children.size(), MAX_CHILD_SITEMAPS))) {
            readListing(source, child, DocumentKind.SITEMAP, depth + 1);
        }
    }

    private void record(Source source, URI url, DocumentKind kind, Retriever.Retrieval.Stopped stopped) {
        state.log(new FetchRecord(
                url,
                source.id(),
                kind,
                java.time.Instant.now(),
                stopped.state(),
                stopped.stage(),
                stopped.reason(),
                stopped.httpStatus(),
                stopped.warc()));
        listener.onEvent(new CrawlEvent.ListingRead(
                source.id(),
                url,
                kind.label(),
                stopped.state().name().toLowerCase(java.util.Locale.ROOT) + ": " + stopped.reason()));
    }

    private static Validators validatorsOf(CapturedResponse response) {
        return new Validators(response.header("ETag"), response.header("Last-Modified"));
    }
}
