package dev.marsad.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;

/**
 * The nodes of a SolrCloud cluster as the index reaches them: one JDK HTTP client per node URL
 * (SolrJ's JDK client talks to one base URL and knows nothing of ZooKeeper), a request goes to the
 * node that answered last and, when that node does not answer (refused, reset, timed out), to the
 * next one. Any node serves any collection: SolrCloud routes to the shards itself. Thread-safe.
 */
final class SolrNodes implements Closeable {

    /** How long to wait for a connection to a node before trying the next one. */
    private static final long CONNECT_SECONDS = 5;
    /** How long one request may take; the search budget is enforced by Solr's timeAllowed. */
    private static final long REQUEST_SECONDS = 120;

    private final List<URI> urls;
    private final List<SolrClient> clients;
    private final AtomicInteger current = new AtomicInteger();
    /** Requests sent so far, answered or not (each node tried counts). */
    private final java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
    /** The same, by the thread that sent them (background checks and reads are not a search's). */
    private final ThreadLocal<long[]> sentHere = ThreadLocal.withInitial(() -> new long[1]);

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
                    .withConnectionTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
                    .withRequestTimeout(REQUEST_SECONDS, TimeUnit.SECONDS)
                    .build());
        return new SolrNodes(List.copyOf(urls), List.copyOf(clients));
    }

    /** The node URLs, in the order given. */
    List<URI> urls() {
        return urls;
    }

    /**
     * Runs a request on the node that answered last, else on the others in turn; an error that
     * Solr answered (a bad request, a missing collection) is not a reason to try another node and
     * is thrown as it is.
     *
     * @throws UncheckedIOException naming every node and why it did not answer, when none does
     */
    <T> T call(String what, Call<T> call) {
        int first = current.get();
        var failures = new ArrayList<String>();
        for (int attempt = 0; attempt < clients.size(); attempt++) {
            int node = (first + attempt) % clients.size();
            try {
                sent.incrementAndGet();
                sentHere.get()[0]++;
                T answer = call.on(clients.get(node));
                if (node != first) current.set(node);
                return answer;
            } catch (SolrServerException | IOException e) {
                failures.add(urls.get(node) + " (" + rootMessage(e) + ")");
            }
        }
        throw new UncheckedIOException(
                "no Solr node answers to " + what + ": " + String.join(", ", failures),
                new IOException(String.join("; ", failures)));
    }

    /** The requests sent so far by this process through these nodes, each node tried counted once. */
    long requestsSent() {
        return sent.get();
    }

    /** The requests sent so far by the calling thread through these nodes, each node tried counted once. */
    long requestsSentHere() {
        return sentHere.get()[0];
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
