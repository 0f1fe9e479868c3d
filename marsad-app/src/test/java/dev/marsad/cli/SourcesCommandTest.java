package dev.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.crawl.AddressRange;
import dev.marsad.crawl.CrawlConfig;
import dev.marsad.crawl.CrawlListener;
import dev.marsad.crawl.CrawlRun;
import dev.marsad.crawl.CrawlState;
import dev.marsad.crawl.PageVerdict;
import dev.marsad.crawl.Source;
import dev.marsad.crawl.SourceList;
import dev.marsad.crawl.SourceRegistry;
import dev.marsad.demo.DemoNewsroom;
import dev.marsad.demo.Site;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad sources …} (and {@code crawl} without --sources) through {@link Main#run}, against the demo newsroom. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourcesCommandTest {

    private DemoNewsroom newsroom;

    @TempDir
    Path tmp;

    private Path data;
    private StringWriter out;
    private StringWriter err;

    @BeforeAll
    void startNewsroom() {
        newsroom = DemoNewsroom.start();
    }

    @AfterAll
    void stopNewsroom() {
        newsroom.close();
    }

    @BeforeEach
    void freshDataFolder() {
        data = tmp.resolve("data");
        out = new StringWriter();
        err = new StringWriter();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] withData = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(args), java.util.stream.Stream.of("--data", data.toString()))
                .toArray(String[]::new);
        return Main.run(withData, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Site site(String id) {
        return newsroom.sites().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private List<Source> registered() {
        return SourceRegistry.inDataFolder(data).sources();
    }

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private void assertOneLineError(String prefix) {
        assertThat(err.toString().strip())
                .startsWith(prefix)
                .doesNotContain("\n")
                .doesNotContain("\tat ");
    }

    @Test
    void addFindsTheFeedThatAHomePageAnnounces() {
        Site nafitha = site("nafitha");

        assertThat(run(
                        "sources",
                        "add",
                        "--allow-address",
                        "127.0.0.1",
                        nafitha.base().toString()))
                .as(err.toString())
                .isZero();

        Source added = registered().getFirst();
        assertThat(added.feeds()).isEqualTo(nafitha.feeds());
        assertThat(added.id()).isEqualTo("127-0-0-1-" + nafitha.base().getPort());
        assertThat(out.toString())
                .startsWith("added " + added.id())
                .contains(nafitha.feeds().getFirst().toString());
    }

    @Test
    void addFindsTheSitemapThatRobotsTxtNames() {
        Site madar = site("almadar");

        assertThat(run(
                        "sources",
                        "add",
                        "--allow-address",
                        "127.0.0.1",
                        madar.base().toString(),
                        "--id",
                        "madar",
                        "--name",
                        "المدار"))
                .as(err.toString())
                .isZero();

        Source added = registered().getFirst();
        assertThat(added.id()).isEqualTo("madar");
        assertThat(added.name()).isEqualTo("المدار");
        assertThat(added.feeds()).isEmpty();
        assertThat(added.sitemaps()).isEqualTo(madar.sitemaps());
    }

    @Test
    void addReportsAnUnreachableSiteInOneLine() throws IOException {
        String gone;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            gone = "http://127.0.0.1:" + socket.getLocalPort() + "/";
        }
        assertThat(run("sources", "add", "--allow-address", "127.0.0.1", gone)).isNotZero();
        assertOneLineError("marsad sources add: cannot read " + gone);
        assertThat(registered()).isEmpty();
    }

    @Test
    void addRefusesAnIdThatIsTaken() {
        String home = site("nafitha").base().toString();
        assertThat(run("sources", "add", "--allow-address", "127.0.0.1", home, "--id", "nafitha"))
                .isZero();
        assertThat(run("sources", "add", "--allow-address", "127.0.0.1", home, "--id", "nafitha"))
                .isNotZero();
        assertOneLineError("marsad sources add: a source with id 'nafitha' is already in");
    }

    @Test
    void listShowsEachSourceWithItsListingsAndPollTimes() throws IOException {
        assertThat(run("sources", "list")).isZero();
        assertThat(out.toString()).startsWith("no sources in");
        Path demo = write("demo-sources.json", newsroom.sourcesJson());
        assertThat(run("sources", "import", demo.toString())).as(err.toString()).isZero();

        assertThat(run("sources", "list")).isZero();
        assertThat(out.toString().lines())
                .hasSize(4)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("nafitha  نافذة العرب  1 feed, 0 sitemaps, ")
                        .endsWith("never polled  due now"));

        try (var state = CrawlState.open(data.resolve("crawl.db"))) {
            new CrawlRun(
                            CrawlConfig.builder(data)
                                    .maxPages(1)
                                    .allowedAddresses(List.of(AddressRange.parse("127.0.0.1")))
                                    .build(),
                            state,
                            c -> PageVerdict.accepted(1),
                            CrawlListener.NONE)
                    .run(registered());
        }
        assertThat(run("sources", "list")).isZero();
        assertThat(out.toString().lines())
                .allSatisfy(line -> assertThat(line).contains("last poll 20").contains("next due 20"));
    }

    @Test
    void removeTakesASourceOutAndNamesTheKnownOnesForAnUnknownId() throws IOException {
        Path demo = write("demo-sources.json", newsroom.sourcesJson());
        run("sources", "import", demo.toString());

        assertThat(run("sources", "remove", "alraed")).isZero();
        assertThat(out.toString().strip()).isEqualTo("removed alraed (جريدة الرائد)");
        assertThat(registered()).extracting(Source::id).doesNotContain("alraed").hasSize(3);

        assertThat(run("sources", "remove", "nowhere")).isNotZero();
        assertOneLineError("marsad sources remove: no source with id 'nowhere'");
        assertThat(err.toString()).contains("known: nafitha");
    }

    @Test
    void importsOpmlAndExportsItBackWithArabicNamesIntact() throws IOException {
        Path opml = write("feeds.opml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>خلاصاتي</title></head><body>
                  <outline text="أخبار">
                    <outline type="rss" text="الأسبوع" xmlUrl="https://alosboa.example/rss.xml"/>
                    <outline type="rss" text="الوكالة" xmlUrl="https://wakala.example/atom.xml"/>
                  </outline>
                  <outline type="rss" text="بلا رابط" xmlUrl="javascript:alert(1)"/>
                </body></opml>
                """);

        assertThat(run("sources", "import", opml.toString())).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("imported 2 sources from " + opml + ": 2 added, 0 extended, 0 unchanged")
                .contains("skipped outline 'بلا رابط'");
        assertThat(run("sources", "import", opml.toString())).isZero();
        assertThat(out.toString()).as("importing again changes nothing").contains("0 added, 0 extended, 2 unchanged");

        Path exported = tmp.resolve("export.opml");
        assertThat(run("sources", "export", "--format", "opml", exported.toString()))
                .isZero();
        assertThat(Files.readString(exported, StandardCharsets.UTF_8)).contains("text=\"الأسبوع\"", "text=\"الوكالة\"");
        List<Source> before = registered();
        data = tmp.resolve("other-data");
        assertThat(run("sources", "import", exported.toString())).isZero();
        assertThat(registered()).isEqualTo(before);
    }

    @Test
    void exportsTheJsonSourcesFileToStandardOutput() throws IOException {
        Path demo = write("demo-sources.json", newsroom.sourcesJson());
        run("sources", "import", demo.toString());

        assertThat(run("sources", "export")).isZero();

        Path copy = write("copy.json", out.toString());
        assertThat(SourceList.read(copy).sources()).isEqualTo(registered());
    }

    @Test
    void exportToOpmlSaysWhichSourcesItLeavesOut() throws IOException {
        Path demo = write("demo-sources.json", newsroom.sourcesJson());
        run("sources", "import", demo.toString());

        assertThat(run("sources", "export", "--format", "opml")).isZero();

        assertThat(out.toString()).contains("<opml", "xmlUrl=");
        assertThat(err.toString()).contains("left out of the OPML").contains("almadar");
    }

    @Test
    void importNamesAFileOfUnknownFormat() throws IOException {
        Path csv = write("sources.csv", "id,url\n");
        assertThat(run("sources", "import", csv.toString())).isNotZero();
        assertOneLineError("marsad sources import: cannot tell the format of " + csv);
    }

    @Test
    void crawlWithoutASourcesFileCrawlsTheRegisteredSources() {
        assertThat(run("crawl", "--max-pages", "3", "--allow-address", "127.0.0.1"))
                .isNotZero();
        assertOneLineError("marsad crawl: no sources in");

        run(
                "sources",
                "add",
                "--allow-address",
                "127.0.0.1",
                site("nafitha").base().toString(),
                "--id",
                "nafitha");
        assertThat(run("crawl", "--max-pages", "3", "--allow-address", "127.0.0.1"))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("crawling 1 sources");
    }
}
