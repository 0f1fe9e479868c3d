package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rough edges issue 15 lists for the HTTP surface, each as a new reader or program meets it. */
class RoughEdgesTest {

    @TempDir
    static Path dir;

    private static FixtureServer server;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        server = FixtureServer.start(dir);
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) server.close();
    }

    private static HttpResponse<String> send(String method, String path) throws Exception {
        return FixtureServer.send(HttpRequest.newBuilder(server.baseUri().resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void headAnswersWithThePagesContentType() throws Exception {
        for (String path : new String[] {"/", "/tag/karabakh", "/api/articles", "/feed.atom"}) {
            HttpResponse<String> get = send("GET", path);
            HttpResponse<String> head = send("HEAD", path);
            assertThat(head.statusCode()).as(path).isEqualTo(200);
            assertThat(head.headers().firstValue("Content-Type"))
                    .as(path)
                    .isEqualTo(get.headers().firstValue("Content-Type"));
            assertThat(head.body()).as(path).isEmpty();
        }
    }

    @Test
    void postOnAnApiPathIs405WithAllowInTheErrorShape() throws Exception {
        for (String path : new String[] {"/api/articles", "/api/search", "/api/articles/" + WebFixtures.CEASEFIRE_ID}) {
            HttpResponse<String> post = send("POST", path);
            assertThat(post.statusCode()).as(path).isEqualTo(405);
            assertThat(post.headers().firstValue("Allow")).as(path).hasValue("GET, HEAD");
            JsonNode error = JSON.readTree(post.body());
            assertThat(error.get("error").asText()).isEqualTo("method_not_allowed");
        }
        HttpResponse<String> page = send("DELETE", "/");
        assertThat(page.statusCode()).isEqualTo(405);
        assertThat(page.body()).contains("dir=\"rtl\"", "طريقة الطلب غير مسموحة");
    }

    @Test
    void urlsOver8KbGetTheSitesErrorShapeNotJettysPage() throws Exception {
        String longQuery = "q=" + "%D9%85".repeat(3000);
        HttpResponse<String> api = server.get("/api/search?" + longQuery);
        assertThat(api.statusCode()).isEqualTo(414);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(JSON.readTree(api.body()).get("error").asText()).isEqualTo("uri_too_long");

        HttpResponse<String> page = server.get("/search?" + longQuery);
        assertThat(page.statusCode()).isEqualTo(414);
        assertThat(page.body()).contains("dir=\"rtl\"", "الرابط أطول مما نقرأ").doesNotContain("URI Too Long");
    }

    @Test
    void missingPagesAreArabicAndApiMissesAreJson() throws Exception {
        HttpResponse<String> page = server.get("/no/such/page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("الصفحة غير موجودة").doesNotContain("nothing at");
        HttpResponse<String> api = server.get("/api/no-such-thing");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(api.body()).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void servesAFavicon() throws Exception {
        HttpResponse<byte[]> icon = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.baseUri().resolve("/favicon.ico"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValue("image/x-icon");
        assertThat(icon.body()).startsWith(0, 0, 1, 0); // ICONDIR: reserved 0, type 1 (icon)
        assertThat(server.get("/").body()).contains("<link rel=\"icon\" href=\"/favicon.ico\"");
    }

    @Test
    void theHomeTitleIsTheSiteNameOnce() throws Exception {
        assertThat(server.get("/").body()).contains("<title>مرصد</title>").doesNotContain("<title>مرصد — مرصد</title>");
        assertThat(server.get("/tag/karabakh").body()).contains("<title>كاراباخ — مرصد</title>");
    }

    @Test
    void theDateFilterChipShowsAnArabicDate() throws Exception {
        String page = server.get("/search?q=" + SitePaths.segment("كاراباخ") + "&from=2023-09-21")
                .body();
        assertThat(page).contains("<bdi>21 سبتمبر 2023</bdi>");
        assertThat(page.substring(page.indexOf("class=\"filters\""))).doesNotContain("2023-09-21</bdi>");
    }
}
