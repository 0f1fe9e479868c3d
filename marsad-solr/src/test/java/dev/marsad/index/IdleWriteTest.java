package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;

/**
 * A write after the client let its idle connection go: the JDK client closes a connection idle for
 * {@code jdk.httpclient.keepalive.timeout} seconds (30 by default; 2 in this module's tests, set in
 * its pom), and the next write opens a new one. Over HTTP/2 upgraded from cleartext, that write
 * carried its streamed body into the upgrade and the node reset it, every time after the first
 * ("Received RST_STREAM: Stream cancelled"); on a one-node cluster there was no other node to try.
 */
class IdleWriteTest extends OneNodeSolrCloud {

    /** Longer than the keep-alive timeout of this module's tests. */
    private static final long IDLE_MILLIS = 3_000;

    @Test
    void everyWriteAfterAPauseGoesThrough() throws IOException, InterruptedException {
        assertThat(System.getProperty("jdk.httpclient.keepalive.timeout"))
                .as("the pom sets the JDK client's keep-alive below the pause")
                .isEqualTo("2");
        try (var nodes = SolrNodes.of(address)) {
            for (int i = 0; i < 3; i++) {
                var doc = new SolrInputDocument();
                doc.addField("id", "meta:idle-write-" + i);
                doc.addField("kind", "meta");
                nodes.write("write after a pause", client -> client.add(SolrCollections.ARTICLES, doc));
                Thread.sleep(IDLE_MILLIS);
            }
            nodes.write("commit", client -> client.commit(SolrCollections.ARTICLES));
            long found = nodes.call(
                            "count the written",
                            client -> client.query(SolrCollections.ARTICLES, new SolrQuery("id:meta\\:idle-write-*")))
                    .getResults()
                    .getNumFound();
            assertThat(found).isEqualTo(3);
        }
    }
}
