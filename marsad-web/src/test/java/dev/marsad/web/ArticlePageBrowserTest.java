package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the article page in headless Chromium (Debian's package) at a phone's width. Skips, saying
 * so, when Chromium is not installed. With {@code -Dmarsad.screenshot=<file>} the phone-width
 * screenshot is also copied there (that is how docs/screenshot-article.png is made).
 */
class ArticlePageBrowserTest {

    /** Chromium gets this long to load and render one page. */
    private static final long BROWSER_SECONDS = 90;

    /** A phone's viewport (CSS pixels), as in the README screenshot. */
    private static final String PHONE_WINDOW = "--window-size=390,844";

    @TempDir
    static Path dir;

    private static FixtureServer server;

    @BeforeAll
    static void start() throws IOException {
        server = FixtureServer.start(dir);
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) server.close();
    }

    @Test
    void articlePageRendersRightToLeftArabicInChromium() throws Exception {
        Path chromium = chromium();
        String dom = run(chromium, "--dump-dom", articleUrl().toString());
        assertThat(dom).contains("dir=\"rtl\"", "lang=\"ar\"");
        assertThat(dom).contains(WebFixtures.CEASEFIRE_TITLE, "الأربعاء 20 سبتمبر 2023", "اقرأ أيضاً");
    }

    @Test
    void articlePageScreenshotAtPhoneWidth() throws Exception {
        Path chromium = chromium();
        Path png = dir.resolve("screenshot-article.png");
        run(
                chromium,
                "--screenshot=" + png,
                PHONE_WINDOW,
                "--hide-scrollbars",
                articleUrl().toString());
        assertThat(png).exists();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).as("screenshot size").isGreaterThan(10_000);
        assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        String target = System.getProperty("marsad.screenshot", "");
        if (!target.isEmpty()) Files.copy(png, Path.of(target), StandardCopyOption.REPLACE_EXISTING);
    }

    /** With {@code -Dmarsad.screenshots=<dir>}: phone-width screenshots of the other pages, to look at. */
    @Test
    void otherPagesScreenshotsOnRequest() throws Exception {
        String target = System.getProperty("marsad.screenshots", "");
        assumeTrue(!target.isEmpty(), "skipped: -Dmarsad.screenshots=<dir> not set");
        Path chromium = chromium();
        Map<String, String> pages = Map.of(
                "home", "/",
                "story", "/story/" + WebFixtures.CEASEFIRE_STORY,
                "search", "/search?q=" + SitePaths.segment("القمح"),
                "article-bottom", "/article/" + WebFixtures.CEASEFIRE_ID + "#related",
                "not-found", "/no/such/page");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path png = Path.of(target, page.getKey() + ".png");
            String window = page.getKey().equals("article-bottom") ? "--window-size=390,2400" : PHONE_WINDOW;
            run(
                    chromium,
                    "--screenshot=" + png,
                    window,
                    "--hide-scrollbars",
                    server.baseUri().resolve(page.getValue()).toString());
            assertThat(png).exists();
        }
    }

    private static URI articleUrl() {
        return server.baseUri().resolve("/article/" + WebFixtures.CEASEFIRE_ID);
    }

    private static Path chromium() {
        Optional<Path> found = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
        assumeTrue(found.isPresent(), "skipped: chromium not found (apt-get install -y chromium fonts-noto-core)");
        return found.get();
    }

    /** Runs headless Chromium with the flags of STACK.md and returns what it prints on stdout. */
    private static String run(Path chromium, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile");
        Path out = dir.resolve("chromium-" + System.nanoTime() + ".out");
        Path err = dir.resolve("chromium-" + System.nanoTime() + ".err");
        List<String> command = new ArrayList<>(List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(BROWSER_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within " + BROWSER_SECONDS + " s: " + command);
        }
        assertThat(process.exitValue())
                .as("chromium exit; stderr: " + Files.readString(err, StandardCharsets.UTF_8))
                .isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
