package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.index.LuceneArticleIndex;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What the server does when something is wrong on its own side. */
class WebServerFailureTest {

    private static HttpResponse<String> get(WebServer server, String path) throws Exception {
        return FixtureServer.send(HttpRequest.newBuilder(server.baseUri().resolve(path)));
    }

    @Test
    void aBrokenIndexGives500WithoutItsStackTrace() throws Exception {
        LuceneArticleIndex index = LuceneArticleIndex.inMemory();
        WebFixtures.fill(index);
        index.close(); // every read now fails inside Lucene: a server-side fault, not the client's
        try (WebServer server = WebServer.start(index, new InetSocketAddress("127.0.0.1", 0), WebConfig.defaults())) {
            HttpResponse<String> api = get(server, "/api/articles");
            assertThat(api.statusCode()).isEqualTo(500);
            JsonNode body = new ObjectMapper().readTree(api.body());
            assertThat(body.get("status").asInt()).isEqualTo(500);
            assertThat(body.get("error").asText()).isEqualTo("internal");
            assertThat(api.body()).doesNotContain("Exception", "at org.", "lucene");

            HttpResponse<String> page = get(server, "/article/" + WebFixtures.CEASEFIRE_ID);
            assertThat(page.statusCode()).isEqualTo(500);
            assertThat(page.body()).contains("dir=\"rtl\"", "حدث خطأ").doesNotContain("Exception", "at org.");
        }
    }

    @Test
    void startingOnABusyPortFailsNamingTheAddress() throws Exception {
        try (LuceneArticleIndex index = LuceneArticleIndex.inMemory();
                WebServer first = WebServer.start(index, new InetSocketAddress("127.0.0.1", 0), WebConfig.defaults())) {
            int port = first.baseUri().getPort();
            assertThatThrownBy(() ->
                            WebServer.start(index, new InetSocketAddress("127.0.0.1", port), WebConfig.defaults()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + port);
        }
    }

    @Test
    void feedLinksUseThePublicAddressWhenConfigured() throws Exception {
        try (LuceneArticleIndex index = LuceneArticleIndex.inMemory()) {
            WebFixtures.fill(index);
            WebConfig config = WebConfig.defaults().withPublicUri(java.net.URI.create("https://marsad.example/"));
            try (WebServer server = WebServer.start(index, new InetSocketAddress("127.0.0.1", 0), config)) {
                assertThat(get(server, "/feed.xml").body())
                        .contains("<link>https://marsad.example/article/" + WebFixtures.CEASEFIRE_ID + "</link>");
            }
        }
    }
}
