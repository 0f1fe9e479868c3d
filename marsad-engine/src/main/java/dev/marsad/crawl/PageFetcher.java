package dev.marsad.crawl;

import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fetches one page named directly (the {@code extract URL} and {@code analyze URL} commands) through
 * the crawler's own {@link HttpFetcher}: the same address guard on every redirect hop, the same body
 * size limit and time limit, the same decoding. Nothing is stored and robots.txt is not asked: a person
 * asked for this one page. Redirects are followed up to {@link CrawlConfig#maxRedirects()}.
 *
 * <pre>{@code
 * try (var fetcher = new PageFetcher(CrawlConfig.builder(data).build())) {
 *     Page page = fetcher.fetch(URI.create("https://example.com/a"));
 * }
 * }</pre>
 */
public final class PageFetcher implements AutoCloseable {

    private final HttpFetcher http;
    private final int maxRedirects;
    private final UrlNormalizer normalizer = new UrlNormalizer();

    /**
     * Uses the fetch settings of {@code config} (timeouts, body limit, allowed addresses, redirects).
     *
     * @throws IllegalStateException when the DNS pinning resolver is not installed
     */
    public PageFetcher(CrawlConfig config) {
        this.http = new HttpFetcher(config.fetchSettings());
        this.maxRedirects = config.maxRedirects();
    }

    /**
     * The page at {@code url} after redirects; any final status is a page (an extractor rejects a 404).
     *
     * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL, or its address
     *     (or a redirect's) is refused
     * @throws UncheckedIOException when it cannot be fetched: unreachable, too slow, larger than the
     *     body limit, a redirect loop; the message names the URL and the reason
     * @throws InterruptedException when interrupted; the request is abandoned
     */
    public Page fetch(URI url) throws InterruptedException {
        URI current = normalizer
                .normalize(Objects.requireNonNull(url, "url"))
                .orElseThrow(() -> new IllegalArgumentException("'" + url + "' is not an absolute http(s) URL"));
        List<URI> chain = new ArrayList<>(List.of(current));
        while (true) {
            FetchOutcome outcome = http.fetch(current, Validators.NONE);
            switch (outcome) {
                case FetchOutcome.Fetched f -> {
                    return f.captured().toPage();
                }
                case FetchOutcome.NotModified n -> {
                    return n.captured().toPage();
                }
                case FetchOutcome.Redirected r -> {
                    current = next(r, chain);
                    chain.add(current);
                }
                case FetchOutcome.Failed f -> {
                    return failedPage(f);
                }
            }
        }
    }

    private URI next(FetchOutcome.Redirected r, List<URI> chain) {
        URI target = normalizer
                .normalize(r.location())
                .orElseThrow(() -> new IllegalArgumentException(
                        r.url() + " redirects to '" + r.location() + "', which is not an http(s) URL"));
        if (chain.contains(target))
            throw failure(r.url() + " redirects in a loop: "
                    + String.join(" → ", chain.stream().map(URI::toString).toList()));
        if (chain.size() > maxRedirects)
            throw failure(chain.getFirst() + " redirects more than " + maxRedirects + " times");
        return target;
    }

    /** A 4xx or 5xx with its body is a page; every other failure is an exception naming it. */
    private static Page failedPage(FetchOutcome.Failed f) {
        return switch (f.kind()) {
            case CLIENT_ERROR, SERVER_ERROR ->
                f.captured().orElseThrow(() -> failure(f.detail())).toPage();
            case INVALID_URL, ADDRESS_REFUSED -> throw new IllegalArgumentException(f.detail());
            default -> throw failure(f.detail());
        };
    }

    private static UncheckedIOException failure(String detail) {
        return new UncheckedIOException(detail, new java.io.IOException(detail));
    }

    @Override
    public void close() {
        http.close();
    }
}
