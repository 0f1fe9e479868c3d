package dev.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.crawl.CrawlState;
import dev.marsad.demo.DemoArticle;
import dev.marsad.demo.DemoNewsroom;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.ingest.DataFolder;
import dev.marsad.ingest.Ingestion;
import dev.marsad.link.ArticleIds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, points 4 and 7: nothing accepted is lost when a process is killed, and the index rebuilt
 * from the archive equals the live one. The demo newsroom is crawled once in this JVM; the killed
 * runs are real child processes ({@code marsad ingest}, {@code marsad crawl}) stopped with SIGKILL
 * at random moments (seeded, so a failure can be replayed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashSafetyTest {

    /** Kills of an ingest: enough to land in every phase of a run, few enough for CI. */
    private static final int INGEST_KILLS = 10;
    /** Kills of a crawl, whose runs are longer. */
    private static final int CRAWL_KILLS = 5;

    private static final long SEED = 20261206L;

    @TempDir
    static Path tmp;

    private DemoNewsroom newsroom;
    private DataFolder live;
    private Path sourcesFile;

    @BeforeAll
    void crawlTheDemo() {
        newsroom = DemoNewsroom.start();
        live = new DataFolder(tmp.resolve("live"));
        var sources = DemoCommand.writeSources(newsroom, live);
        sourcesFile = live.root().resolve("demo-sources.json");
        try (var ingestion = Ingestion.open(live);
                var state = CrawlState.open(live.crawlDatabase())) {
            CrawlCommand.crawl(
                    live,
                    sources,
                    state,
                    ingestion.pipeline(),
                    1000,
                    DemoCommand.ownSites(newsroom),
                    new PrintWriter(new StringWriter()));
        }
    }

    @AfterAll
    void stop() {
        if (newsroom != null) newsroom.close();
    }

    /**
     * What the index decided about every demo article: its site name, the original it copies (if
     * any) and the story it is in; absent articles show as "missing".
     */
    private Map<String, String> decisions(Path indexDir) throws IOException {
        var decisions = new TreeMap<String, String>();
        try (var index = LuceneArticleIndex.openReadOnly(indexDir)) {
            for (DemoArticle a : newsroom.articles()) {
                String id = ArticleIds.of(a.url());
                decisions.put(
                        a.id(),
                        index.article(id).map(stored -> describe(stored)).orElse("missing"));
            }
        }
        return decisions;
    }

    private static String describe(IndexedArticle a) {
        return a.id() + " site=" + a.analyzed().article().siteName().orElse("?") + " copyOf="
                + a.duplicateOf().orElse("-") + " story=" + a.storyId();
    }

    @Test
    void theIndexRebuiltFromTheArchiveEqualsTheLiveOne() throws IOException {
        Path rebuilt = tmp.resolve("rebuilt");
        var out = new StringWriter();
        int code = Main.run(
                new String[] {"ingest", live.warc().toString(), "--data", rebuilt.toString()},
                new PrintWriter(out, true),
                new PrintWriter(out, true));
        assertThat(code).as(out.toString()).isZero();

        Map<String, String> expected = decisions(live.index());
        assertThat(expected.values()).doesNotContain("missing");
        assertThat(decisions(rebuilt.resolve("index"))).isEqualTo(expected);
        assertThat(out.toString())
                .as("the pages the crawl rejected stay rejected")
                .containsPattern("\\d+ the crawl had rejected left out")
                .doesNotContain("the crawl had rejected left out, 0");
    }

    /**
     * Issue 13, review finding C3: an index written before copy headlines (its originals carry none)
     * gets them back from {@code marsad rebuild}, the upgrade path the changelog names.
     */
    @Test
    void marsadRebuildGivesOriginalsStoredBeforeCopyHeadlinesTheirCopiesHeadlines() throws IOException {
        Map<String, List<String>> carried = copyHeadlines(live.index());
        assertThat(carried).as("demo originals with folded copies").isNotEmpty();
        Path copy = tmp.resolve("before-copy-headlines");
        copyTree(live.root(), copy);
        try (var index = LuceneArticleIndex.open(copy.resolve("index"))) {
            for (String id : carried.keySet()) {
                IndexedArticle stored = index.article(id).orElseThrow();
                index.put(stored.withCopies(stored.copies().withCopyHeadlines(List.of())));
            }
            index.commit();
        }
        assertThat(copyHeadlines(copy.resolve("index")))
                .as("as an older build left it")
                .isEmpty();
        runsWell("rebuild", "--data", copy.toString());
        assertThat(copyHeadlines(copy.resolve("index"))).isEqualTo(carried);
    }

    /** Runs {@code marsad ARGS…} in this JVM; the test fails unless it exits with 0. */
    private static void runsWell(String... args) {
        var out = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(out, true));
        assertThat(code).as(out.toString()).isZero();
    }

    /** The copy headlines of each demo article that carries some, by id. */
    private Map<String, List<String>> copyHeadlines(Path indexDir) throws IOException {
        var carried = new TreeMap<String, List<String>>();
        try (var index = LuceneArticleIndex.openReadOnly(indexDir)) {
            for (DemoArticle a : newsroom.articles())
                index.article(ArticleIds.of(a.url()))
                        .filter(stored -> !stored.copies().copyHeadlines().isEmpty())
                        .ifPresent(stored ->
                                carried.put(stored.id(), stored.copies().copyHeadlineTexts()));
        }
        return carried;
    }

    @Test
    void marsadRebuildReplacesTheIndexWithAnEqualOne() throws IOException {
        Map<String, String> expected = decisions(live.index());
        Path copy = tmp.resolve("copy");
        copyTree(live.root(), copy);
        runsWell("rebuild", "--data", copy.toString());
        assertThat(decisions(copy.resolve("index"))).isEqualTo(expected);
        assertThat(copy.resolve("index.rebuild")).doesNotExist();
        assertThat(copy.resolve("index.old")).doesNotExist();
    }

    /**
     * A rebuild whose archive lost records (a WARC file cut short, as a partial copy leaves it) would
     * lack articles of the live index: it is refused and the live index kept, unless --force.
     */
    @Test
    void marsadRebuildKeepsTheIndexWhenTheArchiveLostArticles() throws IOException {
        Map<String, String> expected = decisions(live.index());
        Path copy = tmp.resolve("cut");
        copyTree(live.root(), copy);
        Path warc;
        try (var files = Files.list(copy.resolve("warc"))) {
            warc = files.max(Comparator.comparingLong(CrashSafetyTest::size)).orElseThrow();
        }
        try (var channel = FileChannel.open(warc, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        var out = new StringWriter();
        int refused = Main.run(
                new String[] {"rebuild", "--data", copy.toString()},
                new PrintWriter(out, true),
                new PrintWriter(out, true));
        assertThat(refused).as(out.toString()).isEqualTo(1);
        assertThat(out.toString()).contains("lacks").contains("--force");
        assertThat(decisions(copy.resolve("index")))
                .as("the live index as it was")
                .isEqualTo(expected);
        assertThat(copy.resolve("index.rebuild")).doesNotExist();

        int forced = Main.run(
                new String[] {"rebuild", "--force", "--data", copy.toString()},
                new PrintWriter(out, true),
                new PrintWriter(out, true));
        assertThat(forced).as(out.toString()).isZero();
        assertThat(decisions(copy.resolve("index")).values()).contains("missing");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void ingestKilledAtRandomMomentsEndsWithTheIndexOfACleanRun() throws Exception {
        Path clean = tmp.resolve("clean");
        long start = System.nanoTime();
        assertThat(child("ingest", live.warc().toString(), "--data", clean.toString())
                        .waitFor())
                .isZero();
        Duration cleanRun = Duration.ofNanos(System.nanoTime() - start);

        Path killed = tmp.resolve("killed");
        List<Long> killedAfter = killRepeatedly(
                INGEST_KILLS, cleanRun, () -> child("ingest", live.warc().toString(), "--data", killed.toString()));
        assertThat(child("ingest", live.warc().toString(), "--data", killed.toString())
                        .waitFor())
                .isZero();

        assertThat(decisions(killed.resolve("index")))
                .as("after kills at %s ms", killedAfter)
                .isEqualTo(decisions(clean.resolve("index")));
    }

    @Test
    void crawlKilledAtRandomMomentsLosesNoArticle() throws Exception {
        Path crawled = tmp.resolve("crawled");
        long start = System.nanoTime();
        Path probe = tmp.resolve("probe");
        assertThat(crawlChild(probe).waitFor()).isZero();
        Duration cleanRun = Duration.ofNanos(System.nanoTime() - start);

        List<Long> killedAfter = killRepeatedly(CRAWL_KILLS, cleanRun, () -> crawlChild(crawled));
        assertThat(crawlChild(crawled).waitFor()).isIn(0, 1); // 1: nothing left to fetch, which is fine

        assertThat(decisions(crawled.resolve("index")).values())
                .as("after kills at %s ms", killedAfter)
                .doesNotContain("missing");
    }

    /**
     * Starts a run and SIGKILLs it at a random moment within a clean run's time, until {@code kills}
     * runs were really killed (a run that finishes first does not count; at most twice as many tries).
     */
    private List<Long> killRepeatedly(int kills, Duration cleanRun, ChildStart start) throws Exception {
        var random = new Random(SEED);
        var killedAfter = new ArrayList<Long>();
        for (int tries = 0; tries < 2 * kills && killedAfter.size() < kills; tries++) {
            long after = (long) (cleanRun.toMillis() * (0.1 + 0.7 * random.nextDouble()));
            Process process = start.start();
            if (process.waitFor(after, TimeUnit.MILLISECONDS)) continue; // finished first
            process.destroyForcibly(); // SIGKILL on Linux and macOS
            process.waitFor();
            killedAfter.add(after);
        }
        assertThat(killedAfter).as("runs really killed").hasSizeGreaterThanOrEqualTo(kills / 2);
        return killedAfter;
    }

    @FunctionalInterface
    private interface ChildStart {
        Process start() throws IOException;
    }

    /** {@code marsad ARGS…} in a child JVM with this test's class path; output discarded. */
    /** A child {@code marsad crawl} of the demo's sources into {@code data}, allowed to reach the demo's sites. */
    private Process crawlChild(Path data) throws IOException {
        return child(
                "crawl",
                "--sources",
                sourcesFile.toString(),
                "--allow-address",
                "127.0.0.1",
                "--data",
                data.toString());
    }

    private Process child(String... args) throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else if (!p.getFileName().toString().equals("write.lock")) Files.copy(p, target);
            }
        }
    }
}
