package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: what a listing unpacks to and how many items it yields is bounded, and a bomb costs one record. */
@SuppressForbidden(reason = "com.sun.net.httpserver is the real test server (module jdk.httpserver)")
class ListingBoundsTest {

    /** A gzip bomb like the (5.9 MB on the wire, 2 GB unpacked), scaled to keep the test quick. */
    private static final int BOMB_UNPACKED_MIB = 512;

    @TempDir
    Path data;

    private TestSite site;
    private CrawlState state;

    @BeforeEach
    void start() {
        site = TestSite.start();
        state = CrawlState.open(data.resolve("crawl.db"));
    }

    @AfterEach
    void stop() {
        state.close();
        site.close();
    }

    private CrawlSummary crawl(CrawlConfig config, Source source) {
        return new CrawlRun(config, state, c -> PageVerdict.accepted(1), CrawlListener.NONE).run(List.of(source));
    }

    private CrawlConfig.Builder config() {
        return CrawlConfig.builder(data).allowedAddresses(TestSite.LOOPBACK);
    }

    private Source source(List<String> feeds, List<String> sitemaps) {
        return new Source(
                "bounds",
                "حدود",
                feeds.stream().map(site::url).toList(),
                sitemaps.stream().map(site::url).toList(),
                List.of(),
                Duration.ZERO);
    }

    @Test
    void gzipBombSitemapIsRefusedWithItsReasonAndTheCrawlGoesOnRunAfterRun() {
        // like the bomb: one URL whose text never ends (crawler-commons buffered it all: OutOfMemoryError)
        byte[] bomb = gzipOf(
                "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>"
                        + site.base() + "/",
                (byte) 'a');
        site.page("/sitemap.xml.gz", "application/x-gzip", bomb)
                .page("/rss.xml", "application/rss+xml", site.rss("/news/1"))
                .articles("/news/1");
        Source source = source(List.of("/rss.xml"), List.of("/sitemap.xml.gz"));
        CrawlConfig config = config().build();
        for (int run = 1; run <= 2; run++) {
            CrawlSummary summary = crawl(config, source);
            assertThat(summary.listingsRead()).as("run %d", run).isEqualTo(2);
            assertThat(state.logOf(site.url("/sitemap.xml.gz")))
                    .as("run %d: the bomb's record", run)
                    .last()
                    .asString()
                    .startsWith("failed discover")
                    .contains("unpacks to more than " + CrawlConfig.DEFAULT_MAX_BODY_BYTES + " bytes");
        }
        assertThat(state.state(site.url("/news/1"))).hasValue(UrlState.FETCHED);
        assertThat(bomb.length).as("packed size").isLessThan(BOMB_UNPACKED_MIB * 1024 * 1024 / 500);
    }

    @Test
    void gzipBombAsContentEncodingIsCutAtTheLimitAndRecorded() {
        byte[] bomb = gzipOf("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>", (byte) ' ');
        site.route("/feed.xml", exchange -> {
                    exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                    TestSite.send(exchange, 200, "application/rss+xml", bomb);
                })
                .page("/rss.xml", "application/rss+xml", site.rss("/news/2"))
                .articles("/news/2");
        crawl(config().maxBodyBytes(1 << 20).build(), source(List.of("/feed.xml", "/rss.xml"), List.of()));
        assertThat(state.logOf(site.url("/feed.xml")))
                .last()
                .asString()
                .startsWith("rejected fetch")
                .contains("exceeds 1048576 bytes");
        assertThat(state.state(site.url("/news/2"))).hasValue(UrlState.FETCHED);
    }

    @Test
    void aFeedYieldsAtMostTheItemLimitAndSaysHowManyItLeftOut() {
        String[] paths = new String[30];
        Arrays.setAll(paths, i -> "/news/" + i);
        site.page("/rss.xml", "application/rss+xml", site.rss(paths)).articles(paths);
        CrawlSummary summary = crawl(config().maxListingItems(10).build(), source(List.of("/rss.xml"), List.of()));
        assertThat(summary.discovered()).isEqualTo(10);
        assertThat(state.logOf(site.url("/rss.xml")))
                .last()
                .asString()
                .contains("found 10 new of 10 (20 more items left out: over the item limit)");
    }

    @Test
    void aSitemapIndexYieldsAtMostTheItemLimitOfChildSitemaps() {
        var xml = new StringBuilder(
                "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < 40; i++)
            xml.append("<sitemap><loc>")
                    .append(site.base())
                    .append("/sm/")
                    .append(i)
                    .append(".xml</loc></sitemap>");
        xml.append("</sitemapindex>");
        site.page("/index.xml", "application/xml", xml.toString().getBytes(StandardCharsets.UTF_8));
        crawl(config().maxListingItems(5).build(), source(List.of(), List.of("/index.xml")));
        long childrenAsked = site.requests().stream()
                .filter(r -> r.path().startsWith("/sm/"))
                .count();
        assertThat(childrenAsked).isEqualTo(5);
        assertThat(state.logOf(site.url("/index.xml"))).last().asString().contains("35 more items left out");
    }

    @Test
    void aGzippedFeedWithinTheLimitIsRead() {
        var reader = new FeedReader(new UrlNormalizer(), 100, 1 << 20);
        Listing listing = reader.read(URI.create(site.base() + "/rss.xml.gz"), gzip(site.rss("/news/7")));
        assertThat(listing)
                .isInstanceOfSatisfying(
                        Listing.Found.class,
                        found -> assertThat(found.articles())
                                .extracting(Discovered::url)
                                .containsExactly(site.url("/news/7")));
    }

    /** {@code head} followed by {@link #BOMB_UNPACKED_MIB} MiB of {@code filler}, gzipped. */
    private static byte[] gzipOf(String head, byte filler) {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out, 1 << 16)) {
            gz.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] mebibyte = new byte[1 << 20];
            Arrays.fill(mebibyte, filler);
            for (int i = 0; i < BOMB_UNPACKED_MIB; i++) gz.write(mebibyte);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
