package dev.marsad.index;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ProtocolException;
import java.net.URI;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrResponse;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nodes of a SolrCloud cluster as the index reaches them: one JDK HTTP client per node URL
 * (SolrJ's JDK client talks to one base URL and knows nothing of ZooKeeper), a request goes to the
 * node that answered last and, when that node does not answer (refused, reset, timed out), to the
 * next one. Any node serves any collection: SolrCloud routes to the shards itself. Thread-safe.
 *
 * <p>At debug level (logger {@code dev.marsad.index.SolrNodes}) every request is logged with its
 * thread, what it was for, the client's wall time and Solr's own {@code QTime}: where a page's time
 * goes (issue 13, docs/benchmarks/solr-tail.md).
 */
final class SolrNodes implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(SolrNodes.class);

    /** How long to wait for a connection to a node before trying the next one. */
    private static final long CONNECT_SECONDS = 5;
    /** How long one request may take; the search budget is enforced by Solr's timeAllowed. */
    private static final long REQUEST_SECONDS = 120;
    /**
     * How often a request goes to one node when its connection broke under it ({@link
     * #isBrokenConnection}) before the next node is tried. A node may close a connection under a
     * request (a pooled one it closed while idle, a node restarting: "EOF reached while reading",
     * docs/benchmarks/solr-sturdy.md). The client does not send the request again itself, and on a
     * one-node cluster there is no next node. Only reads
     * and requests whose repetition changes nothing are sent again ({@link #call}); a write is not
     * ({@link #write}): a connection closed under a request may have lost only its answer, and a
     * conditional write (a version-checked article or story, the link lock's lease) that went through
     * the first time would come back as a conflict with itself.
     */
    static final int TRIES_ON_A_BROKEN_CONNECTION = 2;

    private final List<URI> urls;
    private final List<SolrClient> clients;
    private final AtomicInteger current = new AtomicInteger();
    /** Requests sent so far, answered or not (each node tried counts). */
    private final AtomicLong sent = new AtomicLong();
    /**
     * The same, by the thread they were sent for: its own, and those a task run for it on another
     * thread sent ({@link #forCaller}); background checks and reads are not a search's.
     */
    private final ThreadLocal<AtomicLong> sentHere = ThreadLocal.withInitial(AtomicLong::new);

    /** A request to one node. */
    @FunctionalInterface
    interface Call<T> {
        T on(SolrClient node) throws SolrServerException, IOException;
    }

    private SolrNodes(List<URI> urls, List<SolrClient> clients) {
        this.urls = urls;
        this.clients = clients;
    }

    /**
     * Reads a comma-separated list of node base URLs ({@code http://host:8983/solr,…}).
     *
     * @throws IllegalArgumentException naming the value when it is empty or not http(s) URLs
     */
    static SolrNodes of(String address) {
        var urls = new ArrayList<URI>();
        for (String part : address.split(",")) {
            String url = part.strip();
            if (url.isEmpty()) continue;
            URI uri;
            try {
                uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + url + "' is not a Solr node URL: " + e.getMessage(), e);
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null)
                throw new IllegalArgumentException(
                        "'" + url + "' is not a Solr node URL like http://host:8983/solr (in solr:" + address + ")");
            urls.add(uri);
        }
        if (urls.isEmpty()) throw new IllegalArgumentException("solr:" + address + " names no node URL");
        var clients = new ArrayList<SolrClient>();
        for (URI uri : urls)
            clients.add(new HttpJdkSolrClient.Builder(uri.toString())
                    // HTTP/1.1, not HTTP/2 over cleartext: the JDK client upgrades each new connection to
                    // h2c on its first request, and SolrJ sends a bodiless HEAD first only once per
                    // client; once the client closed its idle connection (30 s by default), the next
                    // write opened a new one with an upgrade carrying the update's streamed body, and the
                    // node reset it ("Received RST_STREAM: Stream cancelled", ClosedChannelException):
                    // every write after a pause failed on every node (IdleWriteTest)
                    .useHttp1_1(true)
                    .withConnectionTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
                    .withRequestTimeout(REQUEST_SECONDS, TimeUnit.SECONDS)
                    .build());
        return new SolrNodes(List.copyOf(urls), List.copyOf(clients));
    }

    /**
     * Nodes reached through the given clients, one per URL in the same order: for tests that watch
     * the requests sent (a client that records them around the real one).
     *
     * @throws IllegalArgumentException when the lists differ in length or are empty
     */
    static SolrNodes of(List<URI> urls, List<SolrClient> clients) {
        if (urls.isEmpty() || urls.size() != clients.size())
            throw new IllegalArgumentException(
                    "one client per node URL is needed: " + urls.size() + " URLs, " + clients.size() + " clients");
        return new SolrNodes(List.copyOf(urls), List.copyOf(clients));
    }

    /** The node URLs, in the order given. */
    List<URI> urls() {
        return urls;
    }

    /**
     * Runs a request on the node that answered last, else on the others in turn; a request whose
     * connection broke under it is sent to the same node once more first ({@link
     * #TRIES_ON_A_BROKEN_CONNECTION}). An error that Solr answered (a bad request, a missing
     * collection) is not a reason to try again and is thrown as it is.
     *
     * @throws UncheckedIOException naming every node and why it did not answer, when none does
     */
    <T> T call(String what, Call<T> call) {
        return call(what, call, TRIES_ON_A_BROKEN_CONNECTION);
    }

    /**
     * As {@link #call}, for a write: never sent to the same node again when its connection broke
     * under it, since it may have been applied with only its answer lost; the next node is tried as
     * for a node that does not answer.
     */
    <T> T write(String what, Call<T> call) {
        return call(what, call, 1);
    }

    private <T> T call(String what, Call<T> call, int triesOnABrokenConnection) {
        int first = current.get();
        var failures = new ArrayList<String>();
        for (int attempt = 0; attempt < clients.size(); attempt++) {
            int node = (first + attempt) % clients.size();
            for (int onNode = 1; onNode <= triesOnABrokenConnection; onNode++) {
                try {
                    sent.incrementAndGet();
                    sentHere.get().incrementAndGet();
                    long start = System.nanoTime();
                    T answer = call.on(clients.get(node));
                    if (LOG.isDebugEnabled()) logTime(what, start, answer);
                    if (node != first) current.set(node);
                    return answer;
                } catch (SolrServerException | IOException e) {
                    failures.add(urls.get(node) + " (" + rootMessage(e) + ")");
                    if (!isBrokenConnection(e)) break;
                    if (onNode < triesOnABrokenConnection)
                        LOG.info(
                                "{}: the connection to {} broke under it ({}); sending it again",
                                what,
                                urls.get(node),
                                rootMessage(e));
                }
            }
            // a node that did not answer is said once, where the request goes next (a write that the
            // failed node may still have applied shows here too)
            if (attempt + 1 < clients.size())
                LOG.warn(
                        "{}: no answer from {}; sending it to {}",
                        what,
                        failures.getLast(),
                        urls.get((node + 1) % clients.size()));
        }
        throw new UncheckedIOException(
                "no Solr node answers to " + what + ": " + String.join(", ", failures),
                new IOException(String.join("; ", failures)));
    }

    /**
     * Whether a request failed because the connection it went out on broke under it: closed by the
     * node while the answer was read ({@link EOFException}) or while the request was written ({@link
     * ClosedChannelException}: a pooled connection the node had closed; seen in {@code bench solr}'s
     * bulk copy), or out of step with it ({@link ProtocolException}, HTTP/2 frames that are not). The
     * node may well be up: the request is worth sending again on a new connection before the next
     * node is tried.
     */
    static boolean isBrokenConnection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause())
            if (t instanceof EOFException || t instanceof ClosedChannelException || t instanceof ProtocolException)
                return true;
        return false;
    }

    /** The requests sent so far by this process through these nodes, each node tried counted once. */
    long requestsSent() {
        return sent.get();
    }

    /**
     * The requests sent so far for the calling thread through these nodes, each node tried counted
     * once: by itself, and by the tasks it ran elsewhere through {@link #forCaller}.
     */
    long requestsSentHere() {
        return sentHere.get().get();
    }

    /**
     * {@code task}, to be run on another thread for the calling one: the requests it sends there count
     * as the caller's ({@link #requestsSentHere}), so a page that asks two things at once is charged
     * for both.
     */
    <T> Callable<T> forCaller(Callable<T> task) {
        AtomicLong caller = sentHere.get();
        return () -> {
            AtomicLong own = sentHere.get();
            sentHere.set(caller);
            try {
                return task.call();
            } finally {
                sentHere.set(own);
            }
        };
    }

    private static void logTime(String what, long start, Object answer) {
        double millis = (System.nanoTime() - start) / 1e6;
        Object qTime = answer instanceof SolrResponse r && r.getResponse() != null
                ? r.getResponse().findRecursive("responseHeader", "QTime")
                : null;
        LOG.debug(
                "{} {} ms, QTime {} ms: {}",
                Thread.currentThread().getName(),
                String.format(java.util.Locale.ROOT, "%.2f", millis),
                qTime == null ? "?" : qTime,
                what);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (SolrClient client : clients) {
            try {
                client.close();
            } catch (IOException e) {
                if (first == null) first = e;
                else first.addSuppressed(e);
            }
        }
        if (first != null) throw first;
    }
}
