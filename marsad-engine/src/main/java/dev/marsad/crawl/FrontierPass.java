package dev.marsad.crawl;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The second half of a run: fetches the frontier URLs that are due (new ones, and transient failures
 * of earlier runs), hands each page to the {@link PageHandler} as a {@link Capture} and records every
 * URL's final state. Hosts are crawled in parallel, one virtual thread each; a host's URLs are fetched
 * one after the other, so the handler is called from several threads at once. Budgets (per run, per
 * source) are applied before fetching starts; what is over budget stays pending for the next run.
 *
 * <p>A page is recorded as fetched only when the handler's verdict says it is durable in the store;
 * the verdict also goes into the WARC files, next to the response, so that a rebuild can replay it.
 *
 * <p>A pass may be cut short ({@link Limits#until()}): hosts then stop taking new URLs, the pages in
 * flight finish, the rest stays due. An interrupt stops it the same way, except that requests still
 * on the wire are abandoned (their URLs stay due too); the handler is never interrupted.
 */
final class FrontierPass {

    /** What the pass did. */
    record Result(Map<UrlState, Integer> finished, int leftPending) {}

    private final Retriever retriever;
    private final CrawlState state;
    private final PageHandler handler;
    private final CrawlListener listener;
    private final CrawlConfig config;
    private final WarcCapture warc;
    private final Shield shield;

    private final Map<UrlState, AtomicInteger> finished = new EnumMap<>(UrlState.class);
    private final AtomicInteger done = new AtomicInteger();

    FrontierPass(
            Retriever retriever,
            CrawlState state,
            PageHandler handler,
            CrawlListener listener,
            CrawlConfig config,
            WarcCapture warc,
            Shield shield) {
        this.retriever = retriever;
        this.state = state;
        this.handler = handler;
        this.listener = listener;
        this.config = config;
        this.warc = warc;
        this.shield = shield;
        for (UrlState s : UrlState.values()) finished.put(s, new AtomicInteger());
    }

    /** What the pass needs to know of a source: its display name (if any) and politeness delay. */
    record SourceTerms(Optional<String> name, Duration delay) {

        /** The terms of each of {@code sources}, by id. */
        static Map<String, SourceTerms> of(List<Source> sources) {
            Map<String, SourceTerms> terms = new LinkedHashMap<>();
            sources.forEach(s -> terms.put(s.id(), new SourceTerms(Optional.of(s.name()), s.delay())));
            return terms;
        }
    }

    /**
     * How far one pass goes.
     *
     * @param until no URL is started at or after this time
     * @param retryDelay how long a transiently failed URL waits after its last attempt
     */
    record Limits(Instant until, Duration retryDelay) {
        /** No time limit, and failed URLs retried at once (one pass per run). */
        static final Limits NONE = new Limits(Instant.MAX, Duration.ZERO);
    }

    /**
     * Fetches what is due for the sources in {@code sources} (by id) within {@code limits}; returns
     * when every URL started has a final state.
     */
    Result run(Map<String, SourceTerms> sources, Limits limits) throws InterruptedException {
        List<FrontierEntry> due = state.due(config.maxAttempts(), limits.retryDelay(), Instant.now()).stream()
                .filter(e -> sources.containsKey(e.sourceId()))
                .toList();
        List<FrontierEntry> selected = withinBudget(due);
        // One worker per politeness key (registrable domain): its URLs go one after the other anyway.
        Map<String, List<FrontierEntry>> byKey = new LinkedHashMap<>();
        selected.forEach(e -> byKey.computeIfAbsent(PolitenessKey.of(e.url()), h -> new ArrayList<>())
                .add(e));
        var workers = new Workers(shield);
        byKey.forEach((key, entries) -> workers.start(
                "marsad-crawl-" + key, () -> crawlHost(entries, sources, selected.size(), limits.until())));
        workers.joinAll();
        Map<UrlState, Integer> counts = new EnumMap<>(UrlState.class);
        finished.forEach((s, n) -> counts.put(s, n.get()));
        return new Result(counts, due.size() - done.get());
    }

    private List<FrontierEntry> withinBudget(List<FrontierEntry> due) {
        Map<String, Integer> perSource = new HashMap<>();
        List<FrontierEntry> selected = new ArrayList<>();
        for (FrontierEntry entry : due) {
            if (selected.size() == config.maxPages()) break;
            int taken = perSource.merge(entry.sourceId(), 1, Integer::sum);
            if (taken <= config.maxPagesPerSource()) selected.add(entry);
        }
        return selected;
    }

    private void crawlHost(List<FrontierEntry> entries, Map<String, SourceTerms> sources, int total, Instant until) {
        for (FrontierEntry entry : entries) {
            if (shield.stopping() || !Instant.now().isBefore(until)) return;
            Outcome outcome;
            try {
                Optional<Outcome> crawled = crawl(entry, sources.get(entry.sourceId()), until);
                if (crawled.isEmpty()) {
                    // The host asked for a longer pause than this pass lasts: its URLs stay due. A pass with
                    // an end waits for it, so a continuous crawl does not spin on a paused host.
                    waitFor(until);
                    return;
                }
                outcome = crawled.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The WARC file or the database failed: the URL stays due for a later run.
                outcome = new Outcome(
                        UrlState.FAILED,
                        Stage.STORE.label(),
                        "cannot store " + entry.url() + ": " + e.getMessage(),
                        0,
                        Optional.empty(),
                        true,
                        Optional.empty());
            }
            record(entry, outcome, total);
        }
    }

    /** How one frontier URL ended, and the final URL of its redirect chain when that differs. */
    private record Outcome(
            UrlState state,
            String stage,
            String reason,
            int httpStatus,
            Optional<WarcLocation> warc,
            boolean retryable,
            Optional<URI> finalUrl) {}

    /** How {@code entry} ended, or empty when its host is paused beyond {@code until} (nothing was sent). */
    private Optional<Outcome> crawl(FrontierEntry entry, SourceTerms source, Instant until)
            throws InterruptedException {
        var labels = new RecordLabels(DocumentKind.PAGE, entry.sourceId(), source.name(), entry.hints());
        Retriever.Retrieval retrieval = retriever.retrieve(entry.url(), labels, Validators.NONE, source.delay(), until);
        if (retrieval instanceof Retriever.Retrieval.Deferred) return Optional.empty();
        return Optional.of(outcome(entry, retrieval, labels));
    }

    private Outcome outcome(FrontierEntry entry, Retriever.Retrieval retrieval, RecordLabels labels)
            throws InterruptedException {
        return switch (retrieval) {
            case Retriever.Retrieval.Got got -> handle(entry.url(), got, labels);
            case Retriever.Retrieval.Deferred d ->
                throw new IllegalArgumentException("a deferred URL has no outcome: " + entry.url());
            case Retriever.Retrieval.Unchanged u ->
                new Outcome(
                        UrlState.UNCHANGED,
                        Stage.FETCH.label(),
                        "not modified",
                        304,
                        Optional.of(u.warc()),
                        false,
                        Optional.empty());
            case Retriever.Retrieval.Stopped s ->
                new Outcome(
                        s.state(),
                        s.stage().label(),
                        s.reason(),
                        s.httpStatus(),
                        s.warc(),
                        s.retryable(),
                        Optional.empty());
        };
    }

    private Outcome handle(URI requested, Retriever.Retrieval.Got got, RecordLabels labels)
            throws InterruptedException {
        CapturedResponse response = got.response();
        Optional<URI> finalUrl = response.url().equals(requested) ? Optional.empty() : Optional.of(response.url());
        String via = finalUrl.map(u -> " (via redirect to " + u + ")").orElse("");
        var capture = new Capture(
                response.toPage(), labels.sourceId(), labels.sourceName(), labels.hints(), Optional.of(got.warc()));
        PageVerdict verdict;
        try {
            verdict = shield.run(() -> handler.handle(capture));
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            return new Outcome(
                    UrlState.FAILED,
                    Stage.HANDLE.label(),
                    "page handler failed: " + e + via,
                    response.status(),
                    Optional.of(got.warc()),
                    false,
                    finalUrl);
        }
        PageVerdict decided = verdict;
        shield.run(() -> {
            warc.writeVerdict(response.url(), got.warc(), decided);
            return decided;
        });
        return switch (decided) {
            case PageVerdict.Accepted a ->
                new Outcome(
                        UrlState.FETCHED,
                        Stage.HANDLE.label(),
                        a.detail() + via,
                        response.status(),
                        Optional.of(got.warc()),
                        false,
                        finalUrl);
            case PageVerdict.Rejected r ->
                new Outcome(
                        UrlState.REJECTED,
                        r.stage(),
                        r.reason() + via,
                        response.status(),
                        Optional.of(got.warc()),
                        false,
                        finalUrl);
        };
    }

    private static void waitFor(Instant until) throws InterruptedException {
        if (until.equals(Instant.MAX)) return;
        Duration left = Duration.between(Instant.now(), until);
        if (left.isPositive()) Thread.sleep(left);
    }

    private void record(FrontierEntry entry, Outcome o, int total) {
        Instant now = Instant.now();
        state.finish(
                new FetchRecord(
                        entry.url(),
                        entry.sourceId(),
                        DocumentKind.PAGE,
                        now,
                        o.state(),
                        o.stage(),
                        o.reason(),
                        o.httpStatus(),
                        o.warc()),
                o.retryable());
        // The page also stands under its final URL, so a feed listing that URL does not fetch it again.
        o.finalUrl()
                .ifPresent(u -> state.finish(
                        new FetchRecord(
                                u,
                                entry.sourceId(),
                                DocumentKind.PAGE,
                                now,
                                o.state(),
                                o.stage(),
                                o.reason() + " (reached from " + entry.url() + ")",
                                o.httpStatus(),
                                o.warc()),
                        o.retryable()));
        finished.get(o.state()).incrementAndGet();
        listener.onEvent(new CrawlEvent.UrlFinished(
                entry.sourceId(), entry.url(), o.state(), o.reason(), done.incrementAndGet(), total));
    }
}
