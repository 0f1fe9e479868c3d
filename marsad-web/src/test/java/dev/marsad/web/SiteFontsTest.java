package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.index.LuceneArticleIndex;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Noto faces the site serves itself (issue 15, part 6), from a font folder or without one. */
class SiteFontsTest {

    @TempDir
    Path dir;

    @Test
    void withoutTheFontFolderTheSheetDeclaresNoFaceAndSaysWhy() {
        SiteFonts fonts = SiteFonts.from(dir.resolve("no-such-folder"));
        assertThat(fonts.isComplete()).isFalse();
        assertThat(fonts.styleSheet()).doesNotContain("@font-face").contains("fonts-noto-core");
    }

    @Test
    void declaresOnlyTheFacesFoundEachForItsScript() throws Exception {
        Files.write(dir.resolve("NotoSans-Regular.ttf"), new byte[] {0, 1, 0, 0});
        Files.write(dir.resolve("NotoNaskhArabic-Regular.ttf"), new byte[] {0, 1, 0, 0});
        String css = SiteFonts.from(dir).styleSheet();
        // Noto Sans is the Latin face of both families; Naskh the Arabic face of running text
        assertThat(css.split("@font-face", -1)).hasSize(4);
        assertThat(css)
                .contains("url(\"/static/fonts/NotoSans-Regular.ttf\")")
                .contains("url(\"/static/fonts/NotoNaskhArabic-Regular.ttf\")")
                .doesNotContain("NotoSansArabic", "Bold");
        String naskh = css.lines().filter(l -> l.contains("Naskh")).findFirst().orElseThrow();
        assertThat(naskh).contains(SiteFonts.Script.ARABIC.unicodeRange).contains("font-weight: 400");
    }

    @Test
    void theServerServesTheFacesFoundAndPutsThemBeforeItsSheet() throws Exception {
        byte[] face = {0, 1, 0, 0, 42};
        Files.write(dir.resolve("NotoSans-Bold.ttf"), face);
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir.resolve("index"));
                WebServer server = WebServer.start(
                        index,
                        new InetSocketAddress("127.0.0.1", 0),
                        WebConfig.defaults(),
                        Optional::empty,
                        Optional.empty(),
                        SiteFonts.from(dir))) {
            HttpResponse<byte[]> font = get(server, "/static/fonts/NotoSans-Bold.ttf");
            assertThat(font.statusCode()).isEqualTo(200);
            assertThat(font.headers().firstValue("Content-Type")).hasValue("font/ttf");
            assertThat(font.body()).isEqualTo(face);
            assertThat(get(server, "/static/fonts/NotoSans-Regular.ttf").statusCode())
                    .as("a face not found is not served")
                    .isEqualTo(404);
            HttpResponse<byte[]> css = get(server, WebServer.CSS_PATH);
            String sheet = new String(css.body(), StandardCharsets.UTF_8);
            assertThat(sheet.indexOf("@font-face")).as("faces first").isGreaterThanOrEqualTo(0);
            assertThat(sheet.indexOf("@font-face")).isLessThan(sheet.indexOf(":root"));
            assertThat(css.headers().firstValue("Content-Security-Policy").orElse(""))
                    .as("the page may load the site's own fonts")
                    .contains("font-src 'self'");
        }
    }

    private static HttpResponse<byte[]> get(WebServer server, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.baseUri().resolve(path)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
