package dev.marsad.cli;

import dev.marsad.crawl.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pages named on the command line: a local HTML file (status 200, no charset claimed, so the
 * extractor sniffs it) or an http(s) URL fetched once.
 */
final class PageInputs {

    /** The longest a single URL fetch may take. */
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);
    /** Files beyond this size are refused before reading; no article page is this large. */
    private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    static final String USER_AGENT = "Marsad/0.1 (Arabic news reader; command line)";

    private PageInputs() {}

    static boolean isUrl(String input) {
        return input.startsWith("http://") || input.startsWith("https://");
    }

    /** The page at a file path or URL. */
    static Page read(String input) {
        return isUrl(input) ? fetch(input) : file(Path.of(input), Optional.empty());
    }

    /** A local file as a page, under its file URL or under {@code url} when given. */
    static Page file(Path file, Optional<URI> url) {
        try {
            if (!Files.isRegularFile(file))
                throw new IllegalArgumentException("cannot read " + file + ": no such file");
            if (Files.size(file) > MAX_FILE_BYTES)
                throw new IllegalArgumentException(file + " is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            byte[] bytes = Files.readAllBytes(file);
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            URI pageUrl = url.orElse(file.toAbsolutePath().toUri());
            return new Page(pageUrl, 200, Map.of("Content-Type", List.of("text/html")), bytes, modified);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Fetches a URL once, following redirects; a non-2xx answer is still a page (the extractor rejects it). */
    static Page fetch(String target) {
        URI url;
        try {
            url = new URI(target);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: '" + target + "': " + e.getMessage(), e);
        }
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(FETCH_TIMEOUT)
                .build();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(FETCH_TIMEOUT)
                .header("User-Agent", USER_AGENT)
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Page(
                    response.uri(), response.statusCode(), response.headers().map(), response.body(), Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fetch " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching " + url, e);
        }
    }
}
