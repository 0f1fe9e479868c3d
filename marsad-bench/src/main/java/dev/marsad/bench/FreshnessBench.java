package dev.marsad.bench;

import com.sun.net.httpserver.HttpServer;
import dev.marsad.crawl.AddressRange;
import dev.marsad.crawl.CrawlConfig;
import dev.marsad.crawl.PollPolicy;
import dev.marsad.crawl.Source;
import dev.marsad.crawl.SourceRegistry;
import dev.marsad.ingest.DataFolder;
import dev.marsad.ingest.LiveService;
import dev.marsad.link.ArticleIds;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench freshness}: how long an article takes from publication to being readable,
 * with the live service ({@link LiveService}, as {@code marsad run} uses it) following local sites
 * that publish while it runs. Each site adds an article to its RSS feed at seeded random moments;
 * the time from that moment until the service's index finds the article is recorded. The poll
 * interval is the floor of this time; the rest is fetch, extract, analyze, link and commit.
 */
@SuppressForbidden(reason = "com.sun.net.httpserver serves the publishing sites (module jdk.httpserver)")
@Command(
        name = "freshness",
        mixinStandardHelpOptions = true,
        description = "Publication-to-search time of marsad run over local sites that publish while it runs.")
final class FreshnessBench implements Callable<Integer> {

    @Option(names = "--sites", defaultValue = "3", description = "Publishing sites (default: ${DEFAULT-VALUE}).")
    int sites;

    @Option(
            names = "--articles",
            defaultValue = "30",
            description = "Articles published in all (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(
            names = "--poll-min",
            defaultValue = "PT2S",
            description = "Shortest poll interval of a feed (default: ${DEFAULT-VALUE}).")
    Duration pollMin;

    @Option(
            names = "--every",
            defaultValue = "PT3S",
            description = "Mean time between two publications (default: ${DEFAULT-VALUE}).")
    Duration every;

    @Option(names = "--seed", defaultValue = "20261206", description = "Seed of the publication times.")
    long seed;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** A site whose feed lists what was published, newest first. */
    private static final class Site implements AutoCloseable {
        final HttpServer server;
        final String name;
        final List<String[]> items = new CopyOnWriteArrayList<>(); // path, title, text, published

        Site(String name) throws IOException {
            this.name = name;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String type = "text/html; charset=utf-8";
                String body = null;
                if (path.equals("/rss.xml")) {
                    type = "application/rss+xml; charset=utf-8";
                    body = feed();
                } else if (path.equals("/robots.txt")) {
                    type = "text/plain";
                    body = "User-agent: *\nAllow: /\n";
                } else for (String[] item : items) if (item[0].equals(path)) body = page(item);
                int status = body == null ? 404 : 200;
                byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
        }

        URI base() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        }

        String feed() {
            var xml = new StringBuilder(
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>")
                    .append(name)
                    .append("</title><link>")
                    .append(base())
                    .append("</link>");
            for (String[] item : items)
                xml.append("<item><title>")
                        .append(item[1])
                        .append("</title><link>")
                        .append(base().resolve(item[0]))
                        .append("</link><pubDate>")
                        .append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                Instant.parse(item[3]).atZone(java.time.ZoneOffset.UTC)))
                        .append("</pubDate></item>");
            return xml.append("</channel></rss>").toString();
        }

        String page(String[] item) {
            return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>" + item[1]
                    + "</title><meta property=\"og:site_name\" content=\"" + name
                    + "\"><meta property=\"article:published_time\" content=\"" + item[3]
                    + "\"></head><body><article><h1>"
                    + item[1] + "</h1><p>" + item[2] + "</p><p>" + item[2]
                    + " وأضافت المصادر أن التفاصيل الكاملة ستعلن في بيان رسمي خلال الأيام المقبلة.</p></article></body></html>";
        }

        URI publish(int n, Instant at) {
            String path = "/news/" + n;
            String title = "خبر عاجل رقم " + n + " من " + name + " عن افتتاح مشروع جديد في المدينة";
            String text = "أعلن المسؤولون اليوم افتتاح المشروع رقم " + n + " في المدينة بحضور عدد من السكان والضيوف"
                    + " الذين رحبوا بالخطوة وقالوا إنها ستوفر فرص عمل جديدة للشباب في المنطقة.";
            items.add(0, new String[] {path, title, text, at.toString()});
            return base().resolve(path);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "freshness bench: %s, %d sites, %d articles, a publication every %s on average, poll interval %s to"
                        + " %s%n",
                Instant.now(),
                sites,
                articles,
                every,
                pollMin,
                pollMin.multipliedBy(2));
        var random = new Random(seed);
        var latencies = new ArrayList<Long>();
        var open = new ArrayList<Site>();
        try (var tmp = TempFolder.create("marsad-freshness")) {
            var folder = new DataFolder(tmp.path());
            var registry = new SourceRegistry(folder.sources());
            for (int s = 0; s < sites; s++) {
                var site = new Site("موقع " + (s + 1));
                open.add(site);
                site.publish(0, Instant.now());
                registry.add(new Source(
                        "site" + s,
                        site.name,
                        List.of(site.base().resolve("/rss.xml")),
                        List.of(),
                        List.of(),
                        Duration.ZERO));
            }
            PollPolicy d = CrawlConfig.DEFAULT_POLL_POLICY;
            var policy = new PollPolicy(pollMin, pollMin, pollMin.multipliedBy(2), d.slowdown(), d.speedup(), pollMin);
            var config = CrawlConfig.builder(folder.root())
                    .pollPolicy(policy)
                    .allowedAddresses(List.of(AddressRange.parse("127.0.0.0/8"))) // its own loopback sites
                    .build();
            try (var service = LiveService.start(folder, config, event -> {})) {
                awaitArticle(service, open.getFirst().base().resolve("/news/0"), Duration.ofMinutes(2));
                for (int n = 1; n <= articles; n++) {
                    Thread.sleep((long) (every.toMillis() * 2 * random.nextDouble()));
                    Site site = open.get(random.nextInt(open.size()));
                    Instant published = Instant.now();
                    URI url = site.publish(n, published);
                    awaitArticle(service, url, Duration.ofMinutes(2));
                    latencies.add(Duration.between(published, Instant.now()).toMillis());
                }
            }
        } finally {
            open.forEach(Site::close);
        }
        List<Long> sorted = latencies.stream().sorted().toList();
        out.printf(
                Locale.ROOT,
                "publication to readable: median %.1f s, 90th percentile %.1f s, worst %.1f s over %d articles"
                        + " (floor: the poll interval, %s to %s)%n",
                sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get((int) (sorted.size() * 0.9)) / 1000.0,
                sorted.getLast() / 1000.0,
                sorted.size(),
                pollMin,
                pollMin.multipliedBy(2));
        return 0;
    }

    private static void awaitArticle(LiveService service, URI url, Duration patience) throws InterruptedException {
        String id = ArticleIds.of(url);
        Instant deadline = Instant.now().plus(patience);
        while (service.index().article(id).isEmpty()) {
            if (Instant.now().isAfter(deadline))
                throw new IllegalStateException("article " + url + " did not appear within " + patience);
            Thread.sleep(20);
        }
    }
}
