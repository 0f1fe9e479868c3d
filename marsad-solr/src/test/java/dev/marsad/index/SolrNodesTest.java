package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.JavaBinCodec;
import org.apache.solr.common.util.NamedList;
import org.assertj.core.api.ThrowingConsumer;
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

    /**
     * Issue 13 (flaky SolrCloud tests): the JDK client hands out a connection the node closed, and the
     * request fails with "EOF reached while reading" although the node is up. On a one-node cluster
     * that was "no Solr node answers"; the request is now sent once more, on a new connection.
     */
    @Test
    void sendsARequestAgainWhenItsConnectionIsClosedUnderIt() throws Exception {
        // the first answer is cut short in its head by a close, as by a node dropping the connection
        int received = requestsReceived(i -> i == 0, address -> {
            try (var nodes = SolrNodes.of(address)) {
                NamedList<Object> answer = nodes.call("health", client -> client.request(health()));
                assertThat(answer.get("status")).isEqualTo("OK");
            }
        });
        assertThat(received).as("requests the node received").isEqualTo(2);
    }

    @Test
    void neverSendsAWriteAgainOnTheNodeWhoseConnectionBrokeUnderIt() throws Exception {
        // every answer is cut short: the write may have been applied, with only its answer lost
        int received = requestsReceived(i -> true, address -> {
            try (var nodes = SolrNodes.of(address)) {
                assertThatThrownBy(() -> nodes.write("write", client -> client.request(health())))
                        .isInstanceOf(java.io.UncheckedIOException.class)
                        .hasMessageContaining("no Solr node answers to write");
            }
        });
        assertThat(received).as("requests the node received").isEqualTo(1);
    }

    /** A node on loopback that answers up to two requests, the {@code i}th cut short when {@code cutShort}. */
    private static int requestsReceived(IntPredicate cutShort, ThrowingConsumer<String> client) throws Exception {
        var requests = new AtomicInteger();
        try (var server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            Thread answering = Thread.ofPlatform().daemon().name("closing-node").start(() -> {
                try {
                    for (int i = 0; i < 2; i++) {
                        try (Socket s = server.accept()) {
                            readRequestHead(s);
                            requests.incrementAndGet();
                            answer(s.getOutputStream(), cutShort.test(i));
                        }
                    }
                } catch (IOException e) {
                    // the test has ended
                }
            });
            client.accept("http://127.0.0.1:" + server.getLocalPort() + "/solr");
            server.close();
            answering.join(10_000);
        }
        return requests.get();
    }

    @Test
    void takesOnlyABrokenConnectionForAReasonToSendAgain() {
        assertThat(SolrNodes.isBrokenConnection(
                        new IOException("x", new java.io.EOFException("EOF reached while reading"))))
                .isTrue();
        assertThat(SolrNodes.isBrokenConnection(new java.net.ProtocolException(
                        "protocol error: Frame type(52) length(6648705) exceeds MAX_FRAME_SIZE(16384)")))
                .isTrue();
        assertThat(SolrNodes.isBrokenConnection(new IOException("x", new java.nio.channels.ClosedChannelException())))
                .as("a pooled connection the node had closed, found while writing the request")
                .isTrue();
        assertThat(SolrNodes.isBrokenConnection(new java.net.ConnectException("Connection refused")))
                .isFalse();
    }

    private static GenericSolrRequest health() {
        return new GenericSolrRequest(SolrRequest.METHOD.GET, "/admin/info/health", new ModifiableSolrParams());
    }

    private static void readRequestHead(Socket s) throws IOException {
        var in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            // the request's head; a GET has no body
        }
    }

    private static void answer(OutputStream out, boolean cutShort) throws IOException {
        var list = new NamedList<Object>();
        list.add("status", "OK");
        var body = new ByteArrayOutputStream();
        try (var codec = new JavaBinCodec()) {
            codec.marshal(list, body);
        }
        byte[] bytes = body.toByteArray();
        String head = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " + bytes.length
                + "\r\n\r\n";
        if (cutShort) {
            out.write(head.substring(0, head.length() / 2).getBytes(StandardCharsets.ISO_8859_1));
        } else {
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
        }
        out.flush();
    }
}
