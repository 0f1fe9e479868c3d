package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl killed with SIGKILL half-way (a real child JVM) resumes on restart: nothing finished is
 * fetched again, nothing is duplicated, and every URL ends in a final state.
 */
@SuppressForbidden(reason = "com.sun.net.httpserver is the real test server (module jdk.httpserver)")
class CrashRecoveryTest {

    private static final int ARTICLES = 12;

    @TempDir
    Path data;

    /** The crawl the child JVM runs: args are the data directory and the feed URL. */
    static final class Child {
        public static void main(String[] args) {
            Path dataDir = Path.of(args[0]);
            var source =
                    new Source("s", "مصدر", List.of(URI.create(args[1])), List.of(), List.of(), Duration.ofMillis(150));
            try (CrawlState state = CrawlState.open(dataDir.resolve("crawl.db"))) {
                new CrawlRun(
                                CrawlConfig.builder(dataDir)
                                        .allowedAddresses(TestSite.LOOPBACK)
                                        .build(),
                                state,
                                capture -> new PageVerdict.Accepted(0, "new_story"),
                                CrawlListener.NONE)
                        .run(List.of(source));
            }
        }
    }

    @Test
    void killedCrawlResumesWithoutRefetchingWhatWasDone() throws Exception {
        try (TestSite site = TestSite.start()) {
            List<String> paths = new ArrayList<>();
            for (int i = 1; i <= ARTICLES; i++) paths.add("/news/" + i);
            site.page("/rss.xml", "application/rss+xml", rss(site, paths));
            for (String path : paths) site.fixture(path, "text/html; charset=utf-8", "article-utf8.html");

            Process child = startChild(site.url("/rss.xml"));
            waitForHits(site, paths, 4, child);
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();

            Map<String, Integer> hitsAtKill = new HashMap<>();
            List<String> doneAtKill = new ArrayList<>();
            try (CrawlState state = CrawlState.open(data.resolve("crawl.db"))) {
                assertThat(state.counts().get(UrlState.PENDING))
                        .as("killed half-way")
                        .isPositive();
                for (String path : paths) {
                    hitsAtKill.put(path, site.hits(path));
                    if (state.state(site.url(path)).orElseThrow() != UrlState.PENDING) doneAtKill.add(path);
                }
            }
            assertThat(doneAtKill).isNotEmpty();

            try (CrawlState state = CrawlState.open(data.resolve("crawl.db"))) {
                var source =
                        new Source("s", "مصدر", List.of(site.url("/rss.xml")), List.of(), List.of(), Duration.ZERO);
                new CrawlRun(
                                CrawlConfig.builder(data)
                                        .allowedAddresses(TestSite.LOOPBACK)
                                        .build(),
                                state,
                                capture -> new PageVerdict.Accepted(0, "new_story"),
                                CrawlListener.NONE)
                        .run(List.of(source));
                assertThat(state.counts().get(UrlState.PENDING)).isZero();
                assertThat(state.counts().get(UrlState.FETCHED)).isEqualTo(ARTICLES);
            }
            for (String path : doneAtKill)
                assertThat(site.hits(path)).as(path + " was done").isEqualTo(hitsAtKill.get(path));
            // At most the one page in flight at the kill is asked for twice.
            int total = paths.stream().mapToInt(site::hits).sum();
            assertThat(total).isBetween(ARTICLES, ARTICLES + 1);
        }
    }

    private Process startChild(URI feed) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        Child.class.getName(),
                        data.toString(),
                        feed.toString())
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("child.log").toFile())
                .start();
    }

    private static void waitForHits(TestSite site, List<String> paths, int wanted, Process child)
            throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (paths.stream().mapToInt(site::hits).sum() < wanted) {
            if (!child.isAlive()) throw new IllegalStateException("child crawl ended early, exit " + child.exitValue());
            if (System.nanoTime() > deadline) throw new IllegalStateException("child crawl made no progress");
            Thread.sleep(20);
        }
    }

    private static byte[] rss(TestSite site, List<String> paths) {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>أخبار</title><link>http://x.example/</link><description>تجربة</description>");
        for (String path : paths)
            xml.append("<item><title>خبر</title><link>")
                    .append(site.base())
                    .append(path)
                    .append("</link></item>");
        return xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
