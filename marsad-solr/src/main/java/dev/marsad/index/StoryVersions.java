package dev.marsad.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.NamedList;

/**
 * Optimistic concurrency on story documents: the {@code _version_} Solr gave each story this
 * process last read or wrote. A story written again carries that version, so Solr refuses the
 * write (409) when another writer changed the story meanwhile, instead of letting this one undo
 * the other's fold or join. Stories this process never saw are written without a condition. The
 * most recently used {@value #MAX_TRACKED} are kept. Thread-safe.
 */
final class StoryVersions {

    /** Solr's version field. */
    static final String FIELD = "_version_";

    /** How many story versions are remembered (a linker touches the stories of recent days). */
    static final int MAX_TRACKED = 100_000;

    private final Map<String, Long> versions = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    /** The version last seen of the story document {@code docId} ({@code story:…}). */
    synchronized Optional<Long> of(String docId) {
        return Optional.ofNullable(versions.get(docId));
    }

    /** Remembers the version of a story document read from Solr (its id and version fields). */
    void seen(SolrDocument doc) {
        if (doc.getFieldValue(IndexFields.ID) instanceof String id
                && id.startsWith(IndexFields.KIND_STORY + ":")
                && doc.getFieldValue(FIELD) instanceof Number version) remember(id, version.longValue());
    }

    /**
     * Remembers the versions an update answered with ({@code versions=true}: id → version) for the
     * story documents it wrote; a story the answer gives no version for is forgotten, so that its
     * next write is not held to an old one.
     */
    void written(List<SolrInputDocument> docs, Object adds) {
        Map<String, Long> answered = new java.util.HashMap<>();
        if (adds instanceof NamedList<?> list)
            for (var entry : list)
                if (entry.getValue() instanceof Number v) answered.put(entry.getKey(), v.longValue());
        for (SolrInputDocument doc : docs) {
            if (!(doc.getFieldValue(IndexFields.ID) instanceof String id)
                    || !id.startsWith(IndexFields.KIND_STORY + ":")) continue;
            Long version = answered.get(id);
            if (version != null) remember(id, version);
            else forget(id);
        }
    }

    synchronized void remember(String docId, long version) {
        versions.put(docId, version);
    }

    synchronized void forget(String docId) {
        versions.remove(docId);
    }
}
