package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.index.SearchQuery;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: per-client rate limits on search and the API (429 with Retry-After), the client read
 * from X-Forwarded-For only behind a trusted proxy, /health and pages never limited, and query
 * syntax past its bounds refused with 400. The real server over a real index.
 */
class AccessLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private FixtureServer start(AccessLimits limits) throws Exception {
        return FixtureServer.start(dir, WebConfig.defaults().withLimits(limits));
    }

    private static HttpResponse<String> get(FixtureServer server, String path, String forwardedFor) throws Exception {
        var request = HttpRequest.newBuilder(server.baseUri().resolve(path));
        if (!forwardedFor.isEmpty()) request.header("X-Forwarded-For", forwardedFor);
        return FixtureServer.send(request);
    }

    @Test
    void answers429WithRetryAfterPastTheBurstAndKeepsHealthAndPagesOpen() throws Exception {
        try (var server = start(AccessLimits.defaults().withRate(0.01, 3))) {
            for (int i = 0; i < 3; i++)
                assertThat(server.get("/api/articles").statusCode())
                        .as("request " + i)
                        .isEqualTo(200);
            HttpResponse<String> limited = server.get("/api/search?q=x");
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After"))
                    .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isGreaterThanOrEqualTo(1));
            JsonNode body = JSON.readTree(limited.body());
            assertThat(body.get("error").asText()).isEqualTo("rate_limited");
            assertThat(server.get("/search?q=x").statusCode())
                    .as("the search page too")
                    .isEqualTo(429);
            assertThat(server.get("/health").statusCode()).isEqualTo(200);
            assertThat(server.get("/").statusCode()).isEqualTo(200);
            assertThat(server.get("/feed.xml").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void chargesExpensiveSearchesMore() throws Exception {
        try (var server = start(AccessLimits.defaults().withRate(0.01, AccessControl.EXPENSIVE_COST + 1))) {
            assertThat(server.get("/api/search?q=" + URLEncoder.encode("قمح*", StandardCharsets.UTF_8))
                            .statusCode())
                    .isEqualTo(200);
            assertThat(server.get("/api/search?q=x").statusCode())
                    .as("one token left")
                    .isEqualTo(200);
            assertThat(server.get("/api/search?q=x").statusCode()).isEqualTo(429);
        }
    }

    @Test
    void countsClientsByForwardedForOnlyBehindATrustedProxy() throws Exception {
        var limits = AccessLimits.defaults().withRate(0.01, 2);
        try (var server = start(limits.withTrustedProxies(Set.of("127.0.0.1")))) {
            for (int i = 0; i < 2; i++) get(server, "/api/articles", "203.0.113.1");
            assertThat(get(server, "/api/articles", "203.0.113.1").statusCode()).isEqualTo(429);
            assertThat(get(server, "/api/articles", "203.0.113.2").statusCode())
                    .as("another client behind the proxy")
                    .isEqualTo(200);
        }
    }

    @Test
    void ignoresForwardedForFromAnUntrustedPeer() throws Exception {
        try (var server = start(AccessLimits.defaults().withRate(0.01, 2))) {
            get(server, "/api/articles", "203.0.113.1");
            get(server, "/api/articles", "203.0.113.2");
            assertThat(get(server, "/api/articles", "203.0.113.3").statusCode())
                    .as("a forged header does not make a new client")
                    .isEqualTo(429);
        }
    }

    @Test
    void refusesALongOrListWith400NamingQ() throws Exception {
        try (var server = start(AccessLimits.defaults().withoutRate())) {
            String many = String.join(" | ", Collections.nCopies(40, "القمح"));
            HttpResponse<String> response =
                    server.get("/api/search?q=" + URLEncoder.encode(many, StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("detail").asText()).startsWith("'q'");
        }
    }

    @Test
    void tellsExpensiveSearchesFromOrdinaryOnes() {
        assertThat(SearchGate.isExpensive(SearchQuery.of("القمح في الأسواق"))).isFalse();
        assertThat(SearchGate.isExpensive(SearchQuery.of("قمح*"))).isTrue();
        assertThat(SearchGate.isExpensive(SearchQuery.of("قمح | شعير"))).isTrue();
        assertThat(SearchGate.isExpensive(SearchQuery.of("a b c d e f g h"))).isTrue();
        assertThat(SearchGate.isExpensive(SearchQuery.of("قمح").withPage(50, 100)))
                .isTrue();
    }
}
