package dev.marsad.crawl;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one URL with one GET (no redirect following: a 3xx comes back as {@link
 * FetchOutcome.Redirected} so the caller can check robots.txt and politeness for every hop).
 *
 * <p>Before each request the host is resolved, pinned and checked ({@link AddressGuard}): loopback,
 * private, link-local and other special addresses are refused unless the settings allow them.
 * Requests carry Marsad's User-Agent, Accept-Encoding gzip/deflate and the validators of the
 * previous fetch (conditional GET). The body is read up to a size limit and decoded. Every failure is
 * an outcome, never an exception; an interrupt abandons the request.
 */
final class HttpFetcher implements AutoCloseable {

    private final FetchSettings settings;
    private final ExecutorService executor;
    private final HttpClient client;
    private final AddressGuard guard;

    /** @throws IllegalStateException when the DNS pinning resolver is not installed ({@link PinnedNames}) */
    HttpFetcher(FetchSettings settings) {
        this.settings = settings;
        this.guard = new AddressGuard(new AddressPolicy(settings.allowedAddresses()));
        this.executor = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("marsad-http-", 0).factory());
        this.client = HttpClient.newBuilder()
                .executor(executor)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * Fetches {@code url}, sending {@code validators} as a conditional request when present.
     *
     * @throws InterruptedException when the thread is interrupted before the response is complete:
     *     the request is cancelled, and the URL has no outcome (a stopping crawl leaves it due)
     */
    FetchOutcome fetch(URI url, Validators validators) throws InterruptedException {
        return switch (guard.admit(url)) {
            case AddressGuard.Admission.Refused refused ->
                new FetchOutcome.Failed(url, refused.kind(), refused.detail());
            case AddressGuard.Admission.Admitted admitted -> {
                // The name stays pinned to the checked addresses until the response is complete or abandoned.
                try (admitted) {
                    yield send(url, validators);
                }
            }
        };
    }

    private FetchOutcome send(URI url, Validators validators) throws InterruptedException {
        Map<String, List<String>> requestHeaders = requestHeaders(validators);
        HttpRequest request;
        try {
            var builder = HttpRequest.newBuilder(url).GET().timeout(settings.readTimeout());
            requestHeaders.forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
            request = builder.build();
        } catch (IllegalArgumentException e) {
            return new FetchOutcome.Failed(
                    url, FailureKind.INVALID_URL, "cannot request '" + url + "': " + e.getMessage());
        }
        CompletableFuture<HttpResponse<BoundedBody.Bytes>> future =
                client.sendAsync(request, info -> new BoundedBody(settings.maxBodyBytes()));
        try {
            HttpResponse<BoundedBody.Bytes> response =
                    future.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return classify(url, requestHeaders, response);
        } catch (TimeoutException e) {
            future.cancel(true);
            return timeout(url);
        } catch (ExecutionException e) {
            return failure(url, e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }

    private Map<String, List<String>> requestHeaders(Validators validators) {
        var headers = new LinkedHashMap<String, List<String>>();
        headers.put("User-Agent", List.of(settings.userAgent()));
        headers.put("Accept", List.of("*/*"));
        headers.put("Accept-Encoding", List.of(ContentDecoder.ACCEPTED));
        validators.etag().ifPresent(tag -> headers.put("If-None-Match", List.of(tag)));
        validators.lastModified().ifPresent(date -> headers.put("If-Modified-Since", List.of(date)));
        return headers;
    }

    private FetchOutcome classify(
            URI url, Map<String, List<String>> requestHeaders, HttpResponse<BoundedBody.Bytes> response) {
        Instant at = Instant.now();
        int status = response.statusCode();
        Map<String, List<String>> headers = response.headers().map();
        Optional<String> coding = response.headers().firstValue("Content-Encoding");
        BoundedBody.Bytes wire = response.body();
        ContentDecoder.Decoded decoded;
        try {
            decoded = ContentDecoder.decode(coding.orElse(""), wire.bytes(), wire.truncated(), settings.maxBodyBytes());
        } catch (IOException e) {
            var raw = new CapturedResponse(
                    url, requestHeaders, at, status, headers, wire.bytes(), Optional.empty(), wire.truncated());
            return new FetchOutcome.Failed(
                    url,
                    FailureKind.BAD_CONTENT_ENCODING,
                    "cannot decode Content-Encoding '" + coding.orElse("") + "' of " + url + ": " + e.getMessage(),
                    at,
                    Optional.of(raw));
        }
        var captured = new CapturedResponse(
                url, requestHeaders, at, status, headers, decoded.bytes(), coding, decoded.truncated());
        return outcome(captured);
    }

    private FetchOutcome outcome(CapturedResponse captured) {
        URI url = captured.url();
        int status = captured.status();
        if (status == 304) return new FetchOutcome.NotModified(captured);
        if (status >= 300 && status < 400) return redirect(captured);
        if (status >= 200 && status < 300) {
            if (!captured.truncated()) return new FetchOutcome.Fetched(captured);
            return failed(
                    captured,
                    FailureKind.BODY_TOO_LARGE,
                    "body of " + url + " exceeds " + settings.maxBodyBytes() + " bytes; stored truncated");
        }
        FailureKind kind = status >= 500 || status == 429 ? FailureKind.SERVER_ERROR : FailureKind.CLIENT_ERROR;
        return failed(captured, kind, "HTTP " + status + " from " + url);
    }

    private FetchOutcome redirect(CapturedResponse captured) {
        Optional<String> location = captured.header("Location");
        if (location.isEmpty() || location.get().isBlank())
            return failed(
                    captured,
                    FailureKind.BAD_REDIRECT,
                    "HTTP " + captured.status() + " from " + captured.url() + " without a Location header");
        try {
            URI target = captured.url().resolve(new URI(location.get().strip()));
            return new FetchOutcome.Redirected(captured, target);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return failed(
                    captured,
                    FailureKind.BAD_REDIRECT,
                    "HTTP " + captured.status() + " from " + captured.url() + " with a bad Location '" + location.get()
                            + "'");
        }
    }

    private static FetchOutcome failed(CapturedResponse captured, FailureKind kind, String detail) {
        return new FetchOutcome.Failed(captured.url(), kind, detail, captured.fetchedAt(), Optional.of(captured));
    }

    private FetchOutcome timeout(URI url) {
        return new FetchOutcome.Failed(
                url,
                FailureKind.TIMEOUT,
                "no complete response from " + url + " within "
                        + settings.readTimeout().toMillis() + " ms");
    }

    private FetchOutcome failure(URI url, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException)
            return new FetchOutcome.Failed(
                    url,
                    FailureKind.TIMEOUT,
                    "cannot connect to " + url + " within "
                            + settings.connectTimeout().toMillis() + " ms");
        if (cause instanceof HttpTimeoutException) return timeout(url);
        String kind = cause instanceof ConnectException ? "connection refused or unreachable" : cause.toString();
        return new FetchOutcome.Failed(url, FailureKind.CONNECT, "cannot fetch " + url + ": " + kind);
    }

    @Override
    public void close() {
        client.shutdownNow();
        executor.shutdownNow();
    }
}
