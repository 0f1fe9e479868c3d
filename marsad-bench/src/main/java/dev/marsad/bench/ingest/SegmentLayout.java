package dev.marsad.bench.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.common.util.NamedList;

/**
 * How many segments each replica of a collection holds now, read from every node's CoreAdmin
 * status: the layout a search meets. Two collections are searched on equal footing only at equal
 * layouts, since a query looks up its terms in every segment.
 */
record SegmentLayout(String collection, List<Integer> perReplica) {

    SegmentLayout {
        perReplica = List.copyOf(perReplica);
    }

    /** The segments of each of {@code collection}'s replicas on {@code nodes}, in core-name order. */
    static SegmentLayout of(List<URI> nodes, String collection) {
        var cores = new TreeMap<String, Integer>();
        for (URI node : nodes)
            try (var client = new HttpJdkSolrClient.Builder(node.toString())
                    .useHttp1_1(true)
                    .withRequestTimeout(30, TimeUnit.SECONDS)
                    .build()) {
                NamedList<NamedList<Object>> status =
                        CoreAdminRequest.getStatus(null, client).getCoreStatus();
                for (var core : status)
                    if (core.getKey().startsWith(collection + "_shard")
                            && core.getValue().get("index") instanceof NamedList<?> index
                            && index.get("segmentCount") instanceof Number n) cores.put(core.getKey(), n.intValue());
            } catch (SolrServerException | IOException e) {
                throw new UncheckedIOException(
                        new IOException("cannot read the cores of " + node + ": " + e.getMessage(), e));
            }
        return new SegmentLayout(collection, List.copyOf(cores.values()));
    }

    /** The most segments any replica holds (0 when none was found). */
    int most() {
        return perReplica.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    @Override
    public String toString() {
        return collection + ": "
                + perReplica.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " segments per replica";
    }
}
