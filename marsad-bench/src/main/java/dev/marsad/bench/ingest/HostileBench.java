package dev.marsad.bench.ingest;

import dev.marsad.bench.TempFolder;
import dev.marsad.demo.DemoNewsroom;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.index.SearchQuery;
import dev.marsad.web.WebConfig;
import dev.marsad.web.WebServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench hostile}: the hostile-input proof of issue 10. The demo newsroom is crawled
 * into a data folder; then a hostile publisher on 127.0.0.1 ({@link HostileSite}) is crawled into
 * the same folder. Every hostile page and listing must end with a recorded outcome (stored, or
 * rejected or failed with its reason), no demo article may be lost or decided otherwise, the
 * internal service must receive no request and its secret must not be stored, the site's feed must
 * stay well-formed, and no script payload may run when the stored pages are opened in headless
 * Chromium.
 */
@Command(
        name = "hostile",
        mixinStandardHelpOptions = true,
        description = {
            "Hostile input proof: crawls the demo newsroom, then a local hostile site (script payloads, XML attacks,"
                    + " a gzip bomb, bad encodings, giant and deep pages, links to an internal service) into the same"
                    + " data folder; checks that each case has a recorded outcome, that no demo article is lost,"
                    + " that the internal service was never reached and that no payload runs in headless Chromium."
        })
public final class HostileBench implements Callable<Integer> {

    @Option(
            names = "--no-browser",
            description = "Leave out the check in headless Chromium (it is skipped, saying so, without Chromium).")
    boolean noBrowser;

    @Option(
            names = "--browser-seconds",
            defaultValue = "60",
            description = "The longest one page may take in Chromium (default: ${DEFAULT-VALUE}).")
    int browserSeconds;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One case's outcome as the crawl recorded it. */
    private record Outcome(String status, String reason) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.println("hostile bench: " + RunInfo.describe());
        try (var newsroom = DemoNewsroom.start();
                var hostile = HostileSite.start();
                var tmp = TempFolder.create("marsad-hostile")) {
            Path live = tmp.path().resolve("live");
            DemoDecisions before = InProcessCrawl.demo(newsroom, tmp.path().resolve("demo-sources.json"), live, out);

            Path hostileSources = tmp.path().resolve("hostile-sources.json");
            Files.writeString(hostileSources, hostile.sourcesJson(), StandardCharsets.UTF_8);
            long start = System.nanoTime();
            // the hostile site is allowed, its "internal" service is not: reaching it would be the SSRF
            int exit = InProcessCrawl.run(hostileSources, live, List.of(hostile.base()));
            out.printf(
                    Locale.ROOT,
                    "hostile site crawled into the same folder in %.1f s (exit %d)%n",
                    (System.nanoTime() - start) / 1e9,
                    exit);

            int failures = 0;
            DemoDecisions after = DemoDecisions.read(live.resolve("index"), newsroom.articles());
            long lost = after.lostAgainst(before);
            long changed = after.differencesFrom(before);
            out.printf(Locale.ROOT, "demo articles lost: %d, decided otherwise: %d%n", lost, changed);
            if (lost + changed > 0) failures++;

            out.printf(Locale.ROOT, "%-28s %-8s %-45s %s%n", "case", "kind", "attack", "outcome");
            int unrecorded = 0;
            try (var crawlLog =
                    DriverManager.getConnection("jdbc:sqlite:" + live.resolve("crawl.db") + "?open_mode=1")) {
                for (HostileSite.Case c : hostile.cases()) {
                    Optional<Outcome> outcome = outcome(crawlLog, hostile.url(c).toString());
                    if (outcome.isEmpty()) unrecorded++;
                    out.printf(
                            Locale.ROOT,
                            "%-28s %-8s %-45s %s%n",
                            c.path(),
                            c.kind(),
                            shorten(c.attack(), 45),
                            outcome.map(o -> o.status() + (o.reason().isEmpty() ? "" : ": " + shorten(o.reason(), 90)))
                                    .orElse("NO RECORD"));
                }
            }
            out.printf(
                    Locale.ROOT,
                    "cases without a recorded outcome: %d of %d%n",
                    unrecorded,
                    hostile.cases().size());
            if (unrecorded > 0) failures++;

            out.printf(Locale.ROOT, "requests that reached the internal service: %d%n", hostile.internalRequests());
            if (hostile.internalRequests() > 0) failures++;

            try (var index = LuceneArticleIndex.openReadOnly(live.resolve("index"))) {
                long secrets =
                        index.search(SearchQuery.of("INTERNAL-SECRET-42")).total();
                out.printf(Locale.ROOT, "articles holding the internal secret: %d%n", secrets);
                if (secrets > 0) failures++;
                List<IndexedArticle> stored = hostileArticles(index);
                out.printf(Locale.ROOT, "hostile pages stored as articles: %d%n", stored.size());
                failures += checkText(out, stored);
                try (var web = WebServer.start(
                        index, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), WebConfig.defaults())) {
                    failures += checkFeed(out, web.baseUri());
                    failures += checkApi(out, web.baseUri(), stored);
                    failures += checkBrowser(out, web.baseUri(), stored, tmp.path());
                }
            }
            out.println(
                    failures == 0
                            ? "hostile input: every check held"
                            : "hostile input: " + failures + " check(s) failed");
            return failures == 0 ? 0 : 1;
        }
    }

    /** The last outcome the crawl logged for a URL: its fetch, else its place in the frontier. */
    private static Optional<Outcome> outcome(Connection db, String url) throws SQLException {
        try (var st = db.prepareStatement(
                "SELECT status, stage, reason FROM fetch_log WHERE url = ? ORDER BY id DESC LIMIT 1")) {
            st.setString(1, url);
            try (var rs = st.executeQuery()) {
                if (rs.next())
                    return Optional.of(new Outcome(rs.getString(1) + " (" + rs.getString(2) + ")", rs.getString(3)));
            }
        }
        try (var st = db.prepareStatement("SELECT status, stage, reason FROM frontier WHERE url = ?")) {
            st.setString(1, url);
            try (var rs = st.executeQuery()) {
                if (rs.next() && !rs.getString(1).equals("pending"))
                    return Optional.of(new Outcome(
                            rs.getString(1) + " (" + rs.getString(2) + ")",
                            Optional.ofNullable(rs.getString(3)).orElse("")));
            }
        }
        return Optional.empty();
    }

    private static List<IndexedArticle> hostileArticles(LuceneArticleIndex index) {
        return index.searchArticles(new SearchQuery(
                "",
                Optional.empty(),
                Optional.empty(),
                Optional.of(HostileSite.SITE_NAME),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                true,
                1,
                SearchQuery.MAX_PAGE_SIZE));
    }

    /**
     * Clean text in: no stored title or paragraph holds a control character or a bidi override, and
     * the pages with broken or unusual encodings were read in the right one (their titles come out
     * as written).
     */
    private static int checkText(PrintWriter out, List<IndexedArticle> stored) {
        int dirty = 0;
        for (IndexedArticle a : stored) {
            var texts = new ArrayList<String>(a.analyzed().article().paragraphs());
            texts.add(a.analyzed().article().title());
            for (String text : texts)
                if (text.codePoints().anyMatch(HostileBench::isForbidden)) {
                    dirty++;
                    out.println(
                            "unclean text stored for " + a.analyzed().article().url());
                    break;
                }
        }
        int misread = 0;
        for (var expected : HostileSite.ENCODED_TITLES.entrySet()) {
            boolean found = stored.stream()
                    .anyMatch(a -> a.analyzed().article().url().getPath().equals(expected.getKey())
                            && a.analyzed().article().title().equals(expected.getValue()));
            if (!found) {
                misread++;
                out.println("encoding misread: " + expected.getKey() + " did not come out as '" + expected.getValue()
                        + "'");
            }
        }
        out.printf(
                Locale.ROOT,
                "stored articles with control or bidi-override characters: %d; encodings misread: %d of %d%n",
                dirty,
                misread,
                HostileSite.ENCODED_TITLES.size());
        return dirty + misread == 0 ? 0 : 1;
    }

    /** C0/C1 controls other than tab and new line, and the bidi embeddings and overrides. */
    private static boolean isForbidden(int c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E);
    }

    /** Clean links out: the API gives no script or data URL for any stored hostile article. */
    private static int checkApi(PrintWriter out, URI base, List<IndexedArticle> stored)
            throws IOException, InterruptedException {
        int withScriptUrl = 0;
        int notOk = 0;
        try (var client = HttpClient.newHttpClient()) {
            for (IndexedArticle a : stored) {
                HttpResponse<String> answer = client.send(
                        HttpRequest.newBuilder(base.resolve(
                                        "/api/articles/" + URLEncoder.encode(a.id(), StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (answer.statusCode() != 200) notOk++;
                String body = answer.body().toLowerCase(Locale.ROOT);
                if (body.contains("\"javascript:") || body.contains("\"data:") || body.contains("\"vbscript:"))
                    withScriptUrl++;
            }
        }
        out.printf(
                Locale.ROOT,
                "API answers for the stored hostile articles: %d not 200, %d with a script or data URL%n",
                notOk,
                withScriptUrl);
        return notOk + withScriptUrl == 0 ? 0 : 1;
    }

    /** The site's Atom feed answers 200 and is well-formed XML, whatever the titles hold. */
    private static int checkFeed(PrintWriter out, URI base) throws IOException, InterruptedException {
        try (var client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> feed = client.send(
                    HttpRequest.newBuilder(base.resolve("/feed.xml")).build(), HttpResponse.BodyHandlers.ofByteArray());
            boolean wellFormed;
            try {
                var factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body()));
                wellFormed = true;
            } catch (Exception e) {
                wellFormed = false;
            }
            out.printf(
                    Locale.ROOT,
                    "/feed.xml: HTTP %d, %s%n",
                    feed.statusCode(),
                    wellFormed ? "well-formed" : "NOT well-formed");
            return feed.statusCode() == 200 && wellFormed ? 0 : 1;
        }
    }

    /**
     * Opens the home page, each stored hostile article's page and a search for its title in
     * headless Chromium, and looks for the mark any payload sets when it runs.
     */
    private int checkBrowser(PrintWriter out, URI base, List<IndexedArticle> stored, Path tmp)
            throws IOException, InterruptedException {
        Optional<Path> chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
        if (noBrowser || chromium.isEmpty()) {
            out.println("browser check: skipped (" + (noBrowser ? "--no-browser" : "chromium not found") + ")");
            return 0;
        }
        var pages = new ArrayList<URI>();
        pages.add(base.resolve("/"));
        for (IndexedArticle a : stored) {
            pages.add(base.resolve("/article/" + URLEncoder.encode(a.id(), StandardCharsets.UTF_8)));
            pages.add(base.resolve(
                    "/search?q=" + URLEncoder.encode(a.analyzed().article().title(), StandardCharsets.UTF_8)));
        }
        int ran = 0;
        int unreadable = 0;
        for (URI page : pages) {
            Optional<String> dom = dumpDom(chromium.get(), page, tmp);
            if (dom.isEmpty()) unreadable++;
            else if (dom.get().contains(HostileSite.MARK_ATTRIBUTE + "=\"")) {
                ran++;
                out.println("payload RAN on " + page);
            }
        }
        out.printf(
                Locale.ROOT,
                "browser check: %d pages opened in headless Chromium, payloads that ran: %d,"
                        + " pages Chromium could not load: %d%n",
                pages.size(),
                ran,
                unreadable);
        return ran + unreadable == 0 ? 0 : 1;
    }

    private Optional<String> dumpDom(Path chromium, URI page, Path tmp) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "chromium-profile");
        Path dom = tmp.resolve("dom-" + System.nanoTime() + ".html");
        Process process = new ProcessBuilder(
                        chromium.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--virtual-time-budget=3000",
                        "--user-data-dir=" + profile,
                        "--dump-dom",
                        page.toString())
                .redirectOutput(dom.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(browserSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return Optional.empty();
        }
        String html = Files.readString(dom, StandardCharsets.UTF_8);
        return process.exitValue() == 0 && html.contains("<html") ? Optional.of(html) : Optional.empty();
    }

    private static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
