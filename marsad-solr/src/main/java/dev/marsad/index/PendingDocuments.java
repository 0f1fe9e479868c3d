package dev.marsad.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.solr.common.SolrInputDocument;

/**
 * Documents written but not sent to Solr yet, per collection, in the order they were written, sent
 * in batches. A send that fails leaves what it held pending, so that a write acknowledged to its
 * writer is never dropped by a later one's failure; documents are sent holding the lock, so that a
 * document written again is never overtaken by its older version. Thread-safe.
 */
final class PendingDocuments {

    /** Sends documents to a collection; throws when Solr did not take them. */
    interface Sender {
        void send(String collection, List<SolrInputDocument> docs);
    }

    private final Map<String, List<SolrInputDocument>> pending = new TreeMap<>();
    private final int batch;

    /**
     * @param collections the collections documents are written to
     * @param batch how many documents of one collection are sent together
     */
    PendingDocuments(List<String> collections, int batch) {
        if (batch < 1) throw new IllegalArgumentException("batch " + batch + ", at least 1");
        for (String collection : collections) pending.put(collection, new ArrayList<>());
        this.batch = batch;
    }

    /**
     * Adds a document; when its collection then holds a full batch, sends it. When that send fails,
     * the documents added before stay pending and this one is not added (its write failed).
     *
     * @throws IllegalArgumentException for a collection not named at construction
     */
    synchronized void add(String collection, SolrInputDocument doc, Sender sender) {
        List<SolrInputDocument> docs = pending.get(collection);
        if (docs == null) throw new IllegalArgumentException("no collection '" + collection + "' is written");
        docs.add(doc);
        if (docs.size() < batch) return;
        try {
            sender.send(collection, List.copyOf(docs));
        } catch (RuntimeException e) {
            docs.removeLast();
            throw e;
        }
        docs.clear();
    }

    /** Sends every pending document, collection by collection; a failed send leaves its documents pending. */
    synchronized void flush(Sender sender) {
        for (var entry : pending.entrySet()) {
            if (entry.getValue().isEmpty()) continue;
            sender.send(entry.getKey(), List.copyOf(entry.getValue()));
            entry.getValue().clear();
        }
    }

    /** Drops every pending document (the collections are being emptied). */
    synchronized void clear() {
        pending.values().forEach(List::clear);
    }
}
