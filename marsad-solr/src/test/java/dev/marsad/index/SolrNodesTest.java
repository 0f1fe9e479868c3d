package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.junit.jupiter.api.Test;

class SolrNodesTest {

    @Test
    void readsACommaSeparatedListOfNodeUrls() throws IOException {
        try (var nodes = SolrNodes.of(" http://10.0.0.5:8983/solr/ ,http://10.0.0.6:8983/solr")) {
            assertThat(nodes.urls())
                    .containsExactly(URI.create("http://10.0.0.5:8983/solr"), URI.create("http://10.0.0.6:8983/solr"));
        }
    }

    @Test
    void rejectsWhatIsNoNodeUrl() {
        assertThatThrownBy(() -> SolrNodes.of("10.0.0.5:8983")).hasMessageContaining("'10.0.0.5:8983'");
        assertThatThrownBy(() -> SolrNodes.of(" , ")).hasMessageContaining("names no node URL");
    }

    @Test
    void namesEveryNodeThatDidNotAnswer() throws IOException {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort(); // free again once closed: nothing listens there
        }
        String address = "http://127.0.0.1:" + closed + "/solr,http://127.0.0.1:" + closed + "/other";
        try (var nodes = SolrNodes.of(address)) {
            assertThatThrownBy(() -> nodes.call(
                            "CLUSTERSTATUS", client -> new CollectionAdminRequest.ClusterStatus().process(client)))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("no Solr node answers to CLUSTERSTATUS")
                    .hasMessageContaining(closed + "/solr")
                    .hasMessageContaining(closed + "/other");
        }
    }
}
