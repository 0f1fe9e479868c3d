package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answers the server reuses under load (issue 10) never hide a commit: a page asked again
 * after the index changed is made anew. The real server over a real index.
 */
class ResponseCacheTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void showsACommitAtOnce() throws Exception {
        try (var server = FixtureServer.start(dir)) {
            long before = JSON.readTree(server.get("/api/articles").body())
                    .get("total")
                    .asLong();
            String home = server.get("/").body();
            assertThat(server.get("/").body()).as("the same page twice").isEqualTo(home);
            server.index().put(WebFixtures.wheat(WebFixtures.WHEAT_ARTICLES + 1));
            server.index().commit();
            assertThat(JSON.readTree(server.get("/api/articles").body())
                            .get("total")
                            .asLong())
                    .isEqualTo(before + 1);
        }
    }

    @Test
    void cachesNeitherHealthNorStaticFiles() {
        assertThat(ResponseCache.isCacheable("/health")).isFalse();
        assertThat(ResponseCache.isCacheable(WebServer.CSS_PATH)).isFalse();
        assertThat(ResponseCache.isCacheable("/article/a1")).isTrue();
    }
}
