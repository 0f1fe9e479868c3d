package dev.marsad.bench.ingest;

import dev.marsad.cli.Main;
import dev.marsad.demo.DemoNewsroom;
import dev.marsad.demo.Site;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code marsad crawl} run in the bench's own JVM, against sites the bench serves. */
public final class InProcessCrawl {

    private InProcessCrawl() {}

    /**
     * The {@code --allow-address} options that let a crawl reach exactly these local sites (address and
     * port), and nothing else on the machine.
     */
    public static List<String> allowing(List<URI> sites) {
        List<String> flags = new ArrayList<>();
        for (URI site : sites) {
            flags.add("--allow-address");
            flags.add(site.getHost() + ":" + site.getPort());
        }
        return flags;
    }

    /** The demo newsroom's sites, for {@link #allowing}. */
    public static List<URI> sitesOf(DemoNewsroom newsroom) {
        return newsroom.sites().stream().map(Site::base).toList();
    }

    /**
     * Crawls {@code sources} into {@code data}, reaching only the local sites {@code allowed}; the exit
     * code, 0 or 1 (1: nothing new was stored).
     */
    public static int run(Path sources, Path data, List<URI> allowed) {
        var log = new StringWriter();
        var sink = new PrintWriter(log, true);
        List<String> args =
                new ArrayList<>(List.of("crawl", "--sources", sources.toString(), "--data", data.toString()));
        args.addAll(allowing(allowed));
        int code = Main.run(args.toArray(String[]::new), sink, sink);
        if (code > 1) throw new IllegalStateException("the in-process crawl exited with " + code + ": " + log);
        return code;
    }

    /**
     * Crawls the demo newsroom into an empty {@code data} folder (its sources file written to
     * {@code sources}), says how many demo articles were stored and returns what the index decided.
     */
    public static DemoDecisions demo(DemoNewsroom newsroom, Path sources, Path data, PrintWriter out)
            throws IOException {
        Files.writeString(sources, newsroom.sourcesJson(), StandardCharsets.UTF_8);
        if (run(sources, data, sitesOf(newsroom)) != 0)
            throw new IllegalStateException("the demo crawl stored nothing");
        DemoDecisions crawled = DemoDecisions.read(data.resolve("index"), newsroom.articles());
        out.printf(
                Locale.ROOT,
                "demo crawled in process: %d of %d demo articles stored%n",
                crawled.byArticle().size() - crawled.missing(),
                newsroom.articles().size());
        return crawled;
    }
}
