package dev.marsad.index;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;

/**
 * The link turn of the workers that share one SolrCloud index ({@link LinkLock}): a lease document
 * ({@value #LOCK_ID}) in {@value SolrCollections#STORIES} naming its holder, read with real-time get
 * and written only with Solr's optimistic concurrency ({@code _version_}): a writer takes the turn by
 * replacing the version it read, so of two writers that read the same free lock exactly one wins and
 * the other gets 409 and waits.
 *
 * <ol>
 *   <li>Free (no holder, or no document yet): write self as holder, conditional on the version read
 *       (-1: "must not exist yet").
 *   <li>Held by another: poll every {@link #POLL}. A holder renews its lease (rewrites the document)
 *       at least every third of {@link #DEFAULT_LEASE}; a document whose version has not changed for a whole
 *       {@link #DEFAULT_LEASE} on the waiter's own clock belongs to a worker that died or stalls, and is taken
 *       over the same conditional way. Only elapsed time on each machine's own clock is compared, so
 *       clock skew between machines does not matter.
 *   <li>Giving back: write "no holder", conditional on the version read, unless another writer took
 *       the lock over meanwhile.
 * </ol>
 *
 * <p>A holder that stalls longer than the lease loses the turn: {@link LinkLock.Turn#isHeld()} then
 * answers false, and the linker stops rather than write on decisions made without the other
 * worker's articles. A turn lasts one commit group (about two seconds at most), far below the lease.
 */
final class SolrLinkLock implements LinkLock {

    /** The lease document's id, in the {@code kind:id} form of the other documents. */
    static final String LOCK_ID = "lock:link-turn";

    private static final String KIND_LOCK = "lock";
    /** How long a lock whose document does not change counts as held. */
    static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);
    /** How often a waiting writer reads the lock. */
    private static final Duration POLL = Duration.ofMillis(20);
    /** Solr's answer to a write whose {@code _version_} condition failed. */
    private static final int CONFLICT = 409;

    private static final String VERSION = "_version_";
    private static final String NO_HOLDER = "";

    private final SolrNodes nodes;
    private final String holder;
    private final Duration lease;

    /** The lock as one writer (this process and this index object) takes it, with the default lease. */
    SolrLinkLock(SolrNodes nodes) {
        this(nodes, DEFAULT_LEASE);
    }

    /** As {@link #SolrLinkLock(SolrNodes)} with another lease; for tests. */
    SolrLinkLock(SolrNodes nodes, Duration lease) {
        this.nodes = nodes;
        this.lease = lease;
        this.holder = hostName() + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID();
    }

    /** The lease document as read: its version and holder ("" when free). */
    private record State(long version, String holder) {}

    @Override
    public Turn acquire() throws InterruptedException {
        long seenVersion = Long.MIN_VALUE;
        long seenSince = System.nanoTime();
        while (true) {
            Optional<State> state = read();
            if (state.isEmpty()) {
                if (write(-1, holder)) return new SolrTurn();
                continue;
            }
            State s = state.get();
            long now = System.nanoTime();
            if (s.version() != seenVersion) {
                seenVersion = s.version();
                seenSince = now;
            }
            boolean takeable =
                    s.holder().equals(NO_HOLDER) || s.holder().equals(holder) || now - seenSince > lease.toNanos();
            if (takeable) {
                if (write(s.version(), holder)) return new SolrTurn();
                continue;
            }
            Thread.sleep(POLL);
        }
    }

    /** The lease document, by real-time get (sees every write sent, before any commit). */
    private Optional<State> read() {
        var query = new SolrQuery();
        query.setRequestHandler("/get");
        query.set("id", LOCK_ID);
        query.set("fl", IndexFields.ID + "," + IndexFields.JSON + "," + VERSION);
        var answer = nodes.call("read the link lock", client -> client.query(SolrCollections.STORIES, query));
        if (!(answer.getResponse().get("doc") instanceof SolrDocument doc)) return Optional.empty();
        Object holderValue = doc.getFieldValue(IndexFields.JSON);
        Object version = doc.getFieldValue(VERSION);
        if (!(version instanceof Number number))
            throw new IllegalStateException("the link lock " + LOCK_ID + " has no _version_ (" + doc + ")");
        return Optional.of(new State(number.longValue(), holderValue == null ? NO_HOLDER : holderValue.toString()));
    }

    /**
     * Writes the lease document with this holder if its version is still {@code expected} (-1: if it
     * does not exist).
     *
     * @return false when another writer changed it first
     */
    private boolean write(long expected, String newHolder) {
        var doc = new SolrInputDocument();
        doc.setField(IndexFields.ID, LOCK_ID);
        doc.setField(IndexFields.KIND, KIND_LOCK);
        doc.setField(IndexFields.JSON, newHolder);
        doc.setField(VERSION, expected);
        var update = new UpdateRequest();
        update.add(doc);
        try {
            nodes.write("write the link lock", client -> update.process(client, SolrCollections.STORIES));
            return true;
        } catch (SolrException e) {
            if (e.code() == CONFLICT) return false;
            throw e;
        }
    }

    /** A turn held through the lease document; renews the lease when asked after a third of it. */
    private final class SolrTurn implements Turn {

        private long renewedAt = System.nanoTime();
        private boolean held = true;

        @Override
        public boolean isHeld() {
            if (!held) return false;
            if (System.nanoTime() - renewedAt < lease.toNanos() / 3) return true;
            // rewrite the document so that waiters see it change, unless someone took it over
            Optional<State> state = read();
            held = state.isPresent()
                    && state.get().holder().equals(holder)
                    && write(state.get().version(), holder);
            renewedAt = System.nanoTime();
            return held;
        }

        @Override
        public void close() {
            if (!held) return;
            held = false;
            Optional<State> state = read();
            // taken over meanwhile (this writer stalled past the lease): the new holder keeps it
            if (state.isPresent() && state.get().holder().equals(holder))
                write(state.get().version(), NO_HOLDER);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // only a label for people reading the lock document; the UUID makes the holder unique
            return "unknown-host";
        }
    }
}
