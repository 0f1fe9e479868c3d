package dev.marsad.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The first half of a run: reads the sources' feeds, sitemaps and start pages (all of them, or the
 * ones due) with a conditional GET, so an unchanged listing costs one 304, and adds the article URLs
 * they list to the frontier. Each poll is recorded in the listing's schedule as it ends (new URLs,
 * nothing new, failed), which sets when it is due next. Sources are read in parallel, one virtual
 * thread each; {@link HostGate} keeps each host serial.
 */
final class DiscoveryPass {

    /** A sitemap index may list an index (against the protocol, but seen): follow one such level, no more. */
    static final int MAX_SITEMAP_DEPTH = 2;
    /** An index of news sitemaps lists a handful; beyond this it is an archive, not news. */
    static final int MAX_CHILD_SITEMAPS = 50;

    /**
     * What the pass did.
     *
     * @param listingsRead documents fetched, child sitemaps included
     * @param discovered URLs new to the frontier
     * @param polls the polls of the listings asked for, in the order they ended
     */
    record Result(int listingsRead, int discovered, List<ListingPoll> polls) {
        Result {
            polls = List.copyOf(polls);
        }
    }

    /** How reading one document (and its child sitemaps) ended. */
    private record Read(boolean failed, int added) {
        static final Read FAILED = new Read(true, 0);

        PollResult result() {
            if (failed) return PollResult.FAILED;
            return added > 0 ? PollResult.NEW_URLS : PollResult.NOTHING_NEW;
        }
    }

    private final Retriever retriever;
    private final CrawlState state;
    private final FeedReader feeds;
    private final SitemapReader sitemaps;
    private final StartPageLinks startPages;
    private final CrawlListener listener;
    private final PollPolicy policy;
    private final Shield shield;
    private final AtomicInteger listingsRead = new AtomicInteger();
    private final AtomicInteger discovered = new AtomicInteger();
    private final ConcurrentLinkedQueue<ListingPoll> polls = new ConcurrentLinkedQueue<>();

    DiscoveryPass(
            Retriever retriever,
            CrawlState state,
            FeedReader feeds,
            SitemapReader sitemaps,
            StartPageLinks startPages,
            CrawlListener listener,
            PollPolicy policy,
            Shield shield) {
        this.retriever = retriever;
        this.state = state;
        this.feeds = feeds;
        this.sitemaps = sitemaps;
        this.startPages = startPages;
        this.listener = listener;
        this.policy = policy;
        this.shield = shield;
    }

    /**
     * Reads the listings of {@code sources} that {@code due} selects, one thread per source; returns
     * when all are read. On an interrupt the listings not yet read stay as due as they were. A listing
     * whose host asks for a pause beyond {@code until} (Retry-After, back-off) is not requested; its poll
     * counts as failed, which puts it off.
     */
    Result run(List<Source> sources, Predicate<ListingUrl> due, Instant until) throws InterruptedException {
        var workers = new Workers(shield);
        for (Source source : sources) {
            List<ListingUrl> listings = source.listings().stream().filter(due).toList();
            if (!listings.isEmpty())
                workers.start("marsad-discover-" + source.id(), () -> readSource(source, listings, until));
        }
        workers.joinAll();
        return new Result(listingsRead.get(), discovered.get(), List.copyOf(polls));
    }

    private void readSource(Source source, List<ListingUrl> listings, Instant until) {
        try {
            for (ListingUrl listing : listings) {
                if (shield.stopping()) return;
                PollResult result;
                try {
                    result = readListing(source, listing.url(), listing.kind(), 0, until)
                            .result();
                } catch (RuntimeException e) {
                    // The crawl database failed: the poll counts as failed, so the listing is not re-read at once.
                    result = PollResult.FAILED;
                }
                var poll = new ListingPoll(listing, result, Instant.now());
                state.recordPoll(poll, policy);
                polls.add(poll);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Read readListing(Source source, URI url, DocumentKind kind, int depth, Instant until)
            throws InterruptedException {
        listingsRead.incrementAndGet();
        Retriever.Retrieval retrieval;
        try {
            retrieval = retriever.retrieve(
                    url,
                    new RecordLabels(kind, source.id(), Optional.of(source.name()), Hints.NONE),
                    state.validators(url),
                    source.delay(),
                    until);
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
            return Read.FAILED;
        }
        return switch (retrieval) {
            case Retriever.Retrieval.Got got -> readBody(source, url, kind, depth, got, until);
            case Retriever.Retrieval.Deferred deferred -> {
                record(
                        source,
                        url,
                        kind,
                        new Retriever.Retrieval.Stopped(
                                UrlState.FAILED, Stage.FETCH, deferred.reason(), 0, Optional.empty(), true));
                yield Read.FAILED;
            }
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
                int added = kind == DocumentKind.SITEMAP
                        ? readChildSitemaps(source, state.childSitemaps(url), depth, until)
                        : 0;
                yield new Read(false, added);
            }
            case Retriever.Retrieval.Stopped stopped -> {
                record(source, url, kind, stopped);
                yield Read.FAILED;
            }
        };
    }

    private Read readBody(
            Source source, URI url, DocumentKind kind, int depth, Retriever.Retrieval.Got got, Instant until)
            throws InterruptedException {
        CapturedResponse response = got.response();
        return switch (parse(kind, response)) {
            case Listing.Broken broken -> {
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
                yield Read.FAILED;
            }
            case Listing.Found found -> {
                int added = state.enqueue(source.id(), kind.label() + " " + url, found.articles());
                discovered.addAndGet(added);
                String outcome = outcome(found, added);
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
                yield new Read(false, added + readChildSitemaps(source, found.sitemaps(), depth, until));
            }
        };
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

    /** The outcome line of a listing that yielded {@code added} new URLs ("found 3 new of 10"). */
    private static String outcome(Listing.Found found, int added) {
        String children =
                found.sitemaps().isEmpty() ? "" : ", " + found.sitemaps().size() + " child sitemaps";
        String cut = found.leftOut() == 0 ? "" : " (" + found.leftOut() + " more items left out: over the item limit)";
        return "found " + added + " new of " + found.articles().size() + children + cut;
    }

    /** Reads the child sitemaps of an index; returns how many new URLs they yielded together. */
    private int readChildSitemaps(Source source, List<URI> children, int depth, Instant until)
            throws InterruptedException {
        if (children.isEmpty() || depth + 1 >= MAX_SITEMAP_DEPTH) return 0;
        int added = 0;
        for (URI child : children.subList(0, Math.min(children.size(), MAX_CHILD_SITEMAPS))) {
            if (shield.stopping()) break; // a stopping crawl starts no listing, a child sitemap included
            added += readListing(source, child, DocumentKind.SITEMAP, depth + 1, until)
                    .added();
        }
        return added;
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
