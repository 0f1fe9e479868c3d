package dev.marsad.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.NamedList;

/**
 * Optimistic concurrency on story and article documents: what this process last knew of each story
 * and article it read, listed or wrote. A document written again carries the version it had then, so
 * Solr refuses the write (409) when another writer changed it meanwhile, instead of letting this
 * one undo the other's change: a story's fold or join, or the copy headline another worker gave an
 * original (issue 13). Documents this process never saw (read by id, listed or wrote) are written
 * without a condition. The most recently used {@value #MAX_TRACKED} are kept. Thread-safe.
 *
 * <p>Three sources are used: a real-time get (the current document), the answer to an update, and,
 * only for a document nothing is held for, a listing ({@link #listed}: a search's copy as of the
 * last commit, so its version is older than or equal to the current one; it can refuse a stale write
 * but never let one through). SolrCloud answers an update with the new {@code _version_} only for the documents
 * whose shard leader is the node that received the request; a document it forwarded to another
 * node's leader comes back with version 0. For those a digest of the stored record written is kept
 * instead ({@link Held.Written}) and confirmed by a real-time get when the document is written
 * again.
 */
final class DocumentVersions {

    /** Solr's version field. */
    static final String FIELD = "_version_";

    /** How many documents are remembered (a linker touches the articles and stories of recent days). */
    static final int MAX_TRACKED = 100_000;

    /** What this process knows of a document. */
    sealed interface Held {
        /** The document as it was at this version. */
        record Version(long value) implements Held {
            public Version {
                if (value <= 0) throw new IllegalArgumentException("a document version is positive, not " + value);
            }
        }

        /**
         * The document as a search listed it, at this version: written again only on this condition,
         * but forgotten with every other listed version at the first conflict ({@link
         * #forgetAfterConflict}), so that the retry lists again.
         */
        record Listed(long value) implements Held {
            public Listed {
                if (value <= 0) throw new IllegalArgumentException("a document version is positive, not " + value);
            }
        }

        /**
         * The document as this process wrote it, at a version Solr did not say: the digest of its
         * stored record ({@link #recordDigest}).
         */
        record Written(String digest) implements Held {
            public Written {
                java.util.Objects.requireNonNull(digest, "digest");
            }
        }
    }

    private final Map<String, Held> held = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Held> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    /** What this process knows of the document {@code docId} ({@code story:…}, {@code article:…}). */
    synchronized Optional<Held> of(String docId) {
        return Optional.ofNullable(held.get(docId));
    }

    /**
     * Remembers the version of a story or article document read by real-time get (its id and version
     * fields) when nothing is held for it yet, or when what is held is this process's own write of
     * exactly that content (its digest, {@link Held.Written}: the read only names its version); never
     * give it a search's document, which may predate this process's last write. Otherwise a read never
     * replaces what is held: the read may not be the one a coming write was built from (a page of the
     * site served by the same process reads the document after another worker changed it, while the
     * linker still holds what it read before), and a newer version would let that stale write
     * through. What is held is replaced by this process's own write, or read anew after a conflict
     * made the linker {@link #forget} it.
     */
    void seen(SolrDocument doc) {
        if (doc.getFieldValue(IndexFields.ID) instanceof String id
                && isTracked(id)
                && doc.getFieldValue(FIELD) instanceof Number version
                && version.longValue() > 0) seen(id, new Held.Version(version.longValue()), doc);
    }

    /**
     * Remembers the version of a story or article document found by a search (a listing of a story's
     * articles or an original's copies, as of the last commit) when nothing is held for it: the linker
     * rewrites such documents (a copy re-pointed to a new original, an article moved to another story)
     * without reading them by id, and a write built from the listing must be refused if another writer
     * changed the document since (issue 13). The listing may predate a write since, so it never
     * replaces what is held, not even a digest ({@link Held.Written}).
     */
    void listed(SolrDocument doc) {
        if (doc.getFieldValue(IndexFields.ID) instanceof String id
                && isTracked(id)
                && doc.getFieldValue(FIELD) instanceof Number version
                && version.longValue() > 0) rememberIfNone(id, new Held.Listed(version.longValue()));
    }

    private synchronized void rememberIfNone(String docId, Held.Listed listed) {
        held.putIfAbsent(docId, listed);
    }

    private synchronized void seen(String docId, Held.Version read, SolrDocument doc) {
        Held now = held.get(docId);
        if (now == null
                || now instanceof Held.Written w
                        && recordDigest(
                                        doc.getFieldValue(SolrDocuments.PACKED_JSON),
                                        doc.getFieldValue(IndexFields.JSON))
                                .equals(Optional.of(w.digest()))) held.put(docId, read);
    }

    /**
     * Remembers what an update answered with ({@code versions=true}: id → version) for the story and
     * article documents it wrote; a document the answer gives no version for (0: forwarded to another
     * node's leader) is remembered by the digest of its stored record.
     */
    void written(List<SolrInputDocument> docs, Object adds) {
        var answered = new HashMap<String, Long>();
        if (adds instanceof NamedList<?> list)
            for (var entry : list)
                if (entry.getValue() instanceof Number v) answered.put(entry.getKey(), v.longValue());
        for (SolrInputDocument doc : docs) {
            if (!(doc.getFieldValue(IndexFields.ID) instanceof String id) || !isTracked(id)) continue;
            long version = answered.getOrDefault(id, 0L);
            if (version > 0) remember(id, new Held.Version(version));
            else
                recordDigest(doc.getFieldValue(SolrDocuments.PACKED_JSON), doc.getFieldValue(IndexFields.JSON))
                        .ifPresentOrElse(digest -> remember(id, new Held.Written(digest)), () -> forget(id));
        }
    }

    synchronized void remember(String docId, Held what) {
        held.put(docId, what);
    }

    synchronized void forget(String docId) {
        held.remove(docId);
    }

    /**
     * Forgets {@code docId}, refused as changed by another writer, and every version held from a
     * listing: a listed version is never replaced by a later listing or read, so one taken in an
     * earlier link would refuse each rewrite built from a newer listing, one conflict per document,
     * until the linker's bounded retry gave up (review 7). After this the retry's listing holds the
     * current versions; what was read by id or written stays held.
     */
    synchronized void forgetAfterConflict(String docId) {
        held.remove(docId);
        held.values().removeIf(h -> h instanceof Held.Listed);
    }

    /** Forgets every document: after this process deleted them all, no version it held is current. */
    synchronized void forgetAll() {
        held.clear();
    }

    /**
     * The digest of a document's stored record as written or as read back: its packed record's bytes
     * when it has one ({@link SolrDocuments#PACKED_JSON}, articles), else its JSON ({@link
     * IndexFields#JSON}, stories); empty when it has neither. Solr gives back the stored bytes as
     * they were sent, so the same record has the same digest on both sides.
     */
    static Optional<String> recordDigest(Object packed, Object json) {
        byte[] bytes;
        if (packed instanceof byte[] b) bytes = b;
        else if (packed instanceof ByteBuffer buffer) {
            bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
        } else if (json instanceof String text) bytes = text.getBytes(StandardCharsets.UTF_8);
        else return Optional.empty();
        try {
            return Optional.of(HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM lacks SHA-256, which every Java platform has", e);
        }
    }

    private static boolean isTracked(String docId) {
        return docId.startsWith(IndexFields.KIND_STORY + ":") || docId.startsWith(IndexFields.KIND_ARTICLE + ":");
    }
}
