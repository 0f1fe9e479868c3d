package dev.marsad.bench.ingest;

import dev.marsad.cli.Main;
import dev.marsad.demo.DemoNewsroom;
import dev.marsad.demo.Site;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexLocation;
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
import java.util.Optional;

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
        return run(sources, data, allowed, Optional.empty());
    }

    /** {@link #run(Path, Path, List)} into the index {@code index} names ({@code --index}), if given. */
    private static int run(Path sources, Path data, List<URI> allowed, Optional<String> index) {
        var log = new StringWriter();
        var sink = new PrintWriter(log, true);
        List<String> args =
                new ArrayList<>(List.of("crawl", "--sources", sources.toString(), "--data", data.toString()));
        index.ifPresent(spec -> args.addAll(List.of("--index", spec)));
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
        return demo(newsroom, sources, data, Optional.empty(), out);
    }

    /**
     * {@link #demo(DemoNewsroom, Path, Path, PrintWriter)} into the index {@code index} names ({@code
     * --index}: another folder, or a SolrCloud), when given; else into the data folder's own.
     */
    public static DemoDecisions demo(
            DemoNewsroom newsroom, Path sources, Path data, Optional<String> index, PrintWriter out)
            throws IOException {
        Files.writeString(sources, newsroom.sourcesJson(), StandardCharsets.UTF_8);
        if (run(sources, data, sitesOf(newsroom), index) != 0)
            throw new IllegalStateException("the demo crawl stored nothing");
        DemoDecisions crawled;
        if (index.isEmpty()) crawled = DemoDecisions.read(data.resolve("index"), newsroom.articles());
        else
            try (ArticleIndex stored = IndexLocation.parse(index.get()).open(IndexLocation.Access.READ_ONLY)) {
                crawled = DemoDecisions.read(stored, newsroom.articles());
            }
        out.printf(
                Locale.ROOT,
                "demo crawled in process: %d of %d demo articles stored%n",
                crawled.byArticle().size() - crawled.missing(),
                newsroom.articles().size());
        return crawled;
    }
}
