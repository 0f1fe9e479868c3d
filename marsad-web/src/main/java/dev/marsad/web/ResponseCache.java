package dev.marsad.web;

import dev.marsad.index.ArticleIndex;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Answers GETs asked before from memory while the index shows the same ({@link
 * ArticleIndex#readerVersion()}), for {@link #TTL} at most: under many readers the same home page,
 * article and search are asked for many times a second, and rendering each again took the CPU that
 * {@code /health} and everything else needed (issue 10: p99 4.5 s under 200 readers). Bounded by
 * {@link #MAX_BYTES} in all, least recently used out first, so that many different searches cannot
 * fill the memory. {@code /health} and the style sheet are never cached; only 200 answers are.
 * A commit shows at once: it changes the reader's version (on SolrCloud, another process's commit
 * within a second).
 */
final class ResponseCache {

    /** The longest an answer is reused, as long as browsers may keep a page (Cache-Control). */
    static final Duration TTL = Duration.ofSeconds(60);

    /** Bytes of answers kept at most (a page is 10–60 kB). */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    /** An answer larger than this is not kept (the sitemap of a large index). */
    static final int MAX_ENTRY_BYTES = 1024 * 1024;

    /** The request attribute that marks an answer given from the cache. */
    private static final String FROM_CACHE = "marsad.fromCache";

    /** The request attribute with the reader version seen before the answer was made. */
    private static final String VERSION = "marsad.readerVersion";

    private record Entry(
            byte[] body, String contentType, Optional<String> cacheControl, long version, long expiresAt) {}

    private final ArticleIndex index;
    private final LongSupplier nanoClock;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    ResponseCache(ArticleIndex index, LongSupplier nanoClock) {
        this.index = index;
        this.nanoClock = nanoClock;
    }

    /** Registers the lookup (after the access checks registered before it) and the keeping. */
    void register(RoutesConfig routes) {
        routes.before(this::answerFromCache);
        routes.after(this::keep);
    }

    /**
     * Whether answers to GET {@code path} may be cached: everything but /health, static files and
     * pictures (read from their files at once, and they would crowd the pages out).
     */
    static boolean isCacheable(String path) {
        return !path.equals("/health")
                && !path.startsWith("/static/")
                && !path.startsWith(Pictures.PATH)
                && !path.equals(SettingsPages.PATH);
    }

    private void answerFromCache(Context ctx) {
        if (ctx.method() != HandlerType.GET || !isCacheable(ctx.path())) return;
        // read before the answer is made: a commit while it is made leaves it under the older
        // version, which the next request no longer matches
        long version = index.readerVersion();
        Optional<Entry> hit = lookup(key(ctx), version);
        if (hit.isEmpty()) {
            ctx.attribute(VERSION, version);
            return;
        }
        Entry e = hit.get();
        e.cacheControl().ifPresent(v -> ctx.header("Cache-Control", v));
        ctx.contentType(e.contentType()).result(e.body());
        ctx.attribute(FROM_CACHE, Boolean.TRUE);
        ctx.skipRemainingHandlers();
    }

    private void keep(Context ctx) {
        if (ctx.method() != HandlerType.GET || !isCacheable(ctx.path())) return;
        if (ctx.attribute(FROM_CACHE) != null || ctx.statusCode() != 200) return;
        InputStream result = ctx.resultInputStream();
        String contentType = ctx.res().getContentType();
        Long version = ctx.attribute(VERSION);
        if (result == null || contentType == null || version == null) return;
        byte[] body;
        try (result) {
            body = result.readNBytes(MAX_ENTRY_BYTES + 1);
            if (body.length > MAX_ENTRY_BYTES) {
                byte[] rest = result.readAllBytes();
                byte[] all = java.util.Arrays.copyOf(body, body.length + rest.length);
                System.arraycopy(rest, 0, all, body.length, rest.length);
                ctx.result(all);
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer to " + ctx.path(), e);
        }
        ctx.result(body);
        store(
                key(ctx),
                new Entry(
                        body,
                        contentType,
                        Optional.ofNullable(ctx.res().getHeader("Cache-Control")),
                        version,
                        nanoClock.getAsLong() + TTL.toNanos()));
    }

    /** The path and query, and the reader's date choice: readers who chose other zones get other pages. */
    private static String key(Context ctx) {
        String query = ctx.queryString();
        String url = query == null ? ctx.path() : ctx.path() + "?" + query;
        String variant = ReaderPrefs.variant(ctx);
        return variant.isEmpty() ? url : url + " " + variant;
    }

    private synchronized Optional<Entry> lookup(String key, long version) {
        Entry e = entries.get(key);
        if (e == null) return Optional.empty();
        if (e.version() != version || nanoClock.getAsLong() - e.expiresAt() > 0) {
            entries.remove(key);
            bytes -= e.body().length;
            return Optional.empty();
        }
        return Optional.of(e);
    }

    private synchronized void store(String key, Entry entry) {
        Entry old = entries.put(key, entry);
        if (old != null) bytes -= old.body().length;
        bytes += entry.body().length;
        Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
        while (bytes > MAX_BYTES && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    /** Bytes held now; for tests. */
    synchronized long bytes() {
        return bytes;
    }
}
