package dev.marsad.index;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.NamedList;

/**
 * Optimistic concurrency on story documents: what this process last knew of each story it read
 * or wrote. A story written again carries the version Solr gave it then, so Solr refuses the write
 * (409) when another writer changed the story meanwhile, instead of letting this one undo the
 * other's fold or join. Stories this process never saw are written without a condition. The most
 * recently used {@value #MAX_TRACKED} are kept. Thread-safe.
 *
 * <p>Two sources are trusted, and only these: a real-time get (the current document, never a
 * search's copy as of the last commit, which may be older than a write since) and the answer to
 * an update. SolrCloud answers an update with the new {@code _version_} only for the documents
 * whose shard leader is the node that received the request; a document it forwarded to another
 * node's leader comes back with version 0. For those the content written is kept instead ({@link
 * Held.Written}) and confirmed by a real-time get when the story is written again.
 */
final class StoryVersions {

    /** Solr's version field. */
    static final String FIELD = "_version_";

    /** How many stories are remembered (a linker touches the stories of recent days). */
    static final int MAX_TRACKED = 100_000;

    /** What this process knows of a story document. */
    sealed interface Held {
        /** The story as it was at this version. */
        record Version(long value) implements Held {
            public Version {
                if (value <= 0) throw new IllegalArgumentException("a document version is positive, not " + value);
            }
        }

        /** The story as this process wrote it ({@link IndexFields#JSON}), at a version Solr did not say. */
        record Written(String json) implements Held {
            public Written {
                java.util.Objects.requireNonNull(json, "json");
            }
        }
    }

    private final Map<String, Held> held = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Held> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    /** What this process knows of the story document {@code docId} ({@code story:…}). */
    synchronized Optional<Held> of(String docId) {
        return Optional.ofNullable(held.get(docId));
    }

    /**
     * Remembers the version of a story document read by real-time get (its id and version
     * fields); never give it a search's document, which may predate this process's last write.
     */
    void seen(SolrDocument doc) {
        if (doc.getFieldValue(IndexFields.ID) instanceof String id
                && isStory(id)
                && doc.getFieldValue(FIELD) instanceof Number version
                && version.longValue() > 0) remember(id, new Held.Version(version.longValue()));
    }

    /**
     * Remembers what an update answered with ({@code versions=true}: id → version) for the story
     * documents it wrote; a story the answer gives no version for (0: forwarded to another node's
     * leader) is remembered by its content.
     */
    void written(List<SolrInputDocument> docs, Object adds) {
        var answered = new HashMap<String, Long>();
        if (adds instanceof NamedList<?> list)
            for (var entry : list)
                if (entry.getValue() instanceof Number v) answered.put(entry.getKey(), v.longValue());
        for (SolrInputDocument doc : docs) {
            if (!(doc.getFieldValue(IndexFields.ID) instanceof String id) || !isStory(id)) continue;
            long version = answered.getOrDefault(id, 0L);
            if (version > 0) remember(id, new Held.Version(version));
            else if (doc.getFieldValue(IndexFields.JSON) instanceof String json) remember(id, new Held.Written(json));
            else forget(id);
        }
    }

    synchronized void remember(String docId, Held what) {
        held.put(docId, what);
    }

    synchronized void forget(String docId) {
        held.remove(docId);
    }

    private static boolean isStory(String docId) {
        return docId.startsWith(IndexFields.KIND_STORY + ":");
    }
}
