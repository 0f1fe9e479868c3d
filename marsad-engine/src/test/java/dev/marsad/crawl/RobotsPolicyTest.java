package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The robots.txt cache of a long crawl, and the sitemaps robots.txt names. */
class RobotsPolicyTest {

    @TempDir
    Path dir;

    private TestSite site;
    private CrawlState state;
    private HttpFetcher http;
    private WarcCapture warc;
    private CapturingFetcher fetcher;

    @BeforeEach
    void start() {
        site = TestSite.start();
        site.page(
                "/robots.txt",
                "text/plain",
                ("User-agent: *\nDisallow: /private/\nSitemap: " + site.base()
                                + "/news-sitemap.xml\nSitemap: /sitemap.xml\n")
                        .getBytes(StandardCharsets.UTF_8));
        state = CrawlState.open(dir.resolve("crawl.db"));
        CrawlConfig config =
                CrawlConfig.builder(dir).allowedAddresses(TestSite.LOOPBACK).build();
        http = new HttpFetcher(config.fetchSettings());
        warc = new WarcCapture(dir.resolve("warc"), config.warcFileBytes(), config.userAgent());
        fetcher = new CapturingFetcher(
                http,
                new HostGate(config.maxRetryAfter(), config.maxBackoff()),
                warc,
                new Shield(),
                config.maxHostWait());
    }

    @AfterEach
    void stop() {
        http.close();
        warc.close();
        state.close();
        site.close();
    }

    private RobotsPolicy policy(Duration maxAge) {
        return new RobotsPolicy(fetcher, state, "marsad", Duration.ofSeconds(30), maxAge, maxAge);
    }

    @Test
    void rulesAreReadOnceWhileFresh() throws InterruptedException {
        RobotsPolicy robots = policy(RobotsPolicy.MAX_RULES_AGE);
        robots.check(site.url("/a"), "s", Duration.ZERO, Instant.MAX);
        robots.check(site.url("/b"), "s", Duration.ZERO, Instant.MAX);
        assertThat(site.hits("/robots.txt")).isEqualTo(1);
    }

    @Test
    void staleRulesAreReadAgain() throws InterruptedException {
        RobotsPolicy robots = policy(Duration.ZERO);
        robots.check(site.url("/a"), "s", Duration.ZERO, Instant.MAX);
        robots.check(site.url("/b"), "s", Duration.ZERO, Instant.MAX);
        assertThat(site.hits("/robots.txt")).isEqualTo(2);
    }

    @Test
    void namesTheSitemapsOfTheSitemapLines() throws InterruptedException {
        assertThat(policy(RobotsPolicy.MAX_RULES_AGE).sitemaps(site.url("/"), "s", Duration.ZERO))
                .contains(site.base() + "/news-sitemap.xml")
                .hasSize(2);
    }
}
