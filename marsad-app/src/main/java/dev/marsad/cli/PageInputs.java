package dev.marsad.cli;

import dev.marsad.crawl.AddressRange;
import dev.marsad.crawl.CrawlConfig;
import dev.marsad.crawl.Page;
import dev.marsad.crawl.PageFetcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pages named on the command line: a local HTML file (status 200, no charset claimed, so the
 * extractor sniffs it) or an http(s) URL fetched once.
 */
final class PageInputs {

    /** Files beyond this size are refused before reading; no article page is this large. */
    private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    static final String USER_AGENT = "Marsad/0.1 (Arabic news reader; command line)";

    private PageInputs() {}

    static boolean isUrl(String input) {
        return input.startsWith("http://") || input.startsWith("https://");
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

    /**
     * Fetches a URL once through the crawler's fetcher, following redirects: every hop's address is
     * checked (private ones only when {@code allowed} names them), the body is cut at the crawl's size
     * limit and the whole response must arrive within its read timeout. A non-2xx answer is still a page
     * (the extractor rejects it).
     *
     * @throws IllegalArgumentException when the URL is malformed or its address is refused
     * @throws UncheckedIOException when it cannot be fetched (unreachable, too slow, too large)
     */
    static Page fetch(String target, List<AddressRange> allowed) {
        URI url;
        try {
            url = new URI(target);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: '" + target + "': " + e.getMessage(), e);
        }
        // The data folder is not used: nothing is stored.
        var config = CrawlConfig.builder(Path.of("."))
                .userAgent(USER_AGENT)
                .allowedAddresses(allowed)
                .build();
        try (var fetcher = new PageFetcher(config)) {
            return fetcher.fetch(url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching " + url, e);
        }
    }
}
