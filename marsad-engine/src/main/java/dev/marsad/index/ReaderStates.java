package dev.marsad.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;

/**
 * The {@link ReaderState} of each open index reader: made on the first search over a reader,
 * reused by every later one, and forgotten when the reader closes (after a refresh has replaced
 * it and its last search has finished).
 */
final class ReaderStates {

    private final FacetsConfig config;
    private final Function<Document, IndexedArticle> decode;
    private final Map<IndexReader.CacheKey, ReaderState> byReader = new ConcurrentHashMap<>();
    private final AtomicLong built = new AtomicLong();

    ReaderStates(FacetsConfig config, Function<Document, IndexedArticle> decode) {
        this.config = config;
        this.decode = decode;
    }

    /** The state of an open reader, made now if this is the first search over it. */
    ReaderState of(IndexReader reader) {
        IndexReader.CacheHelper cache = reader.getReaderCacheHelper();
        if (cache == null) return build(reader); // a reader Lucene does not let one cache on: the empty one
        return byReader.computeIfAbsent(cache.getKey(), key -> {
            cache.addClosedListener(byReader::remove);
            return build(reader);
        });
    }

    /** How many states were made; for tests. */
    long built() {
        return built.get();
    }

    /** How many readers have a state now; for tests. */
    int size() {
        return byReader.size();
    }

    private ReaderState build(IndexReader reader) {
        built.incrementAndGet();
        return ReaderState.of(reader, config, decode);
    }
}
