package dev.marsad.bench.ingest;

import dev.marsad.cli.Main;
import dev.marsad.demo.DemoNewsroom;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code marsad crawl} run in the bench's own JVM, against sites the bench serves. */
public final class InProcessCrawl {

    private InProcessCrawl() {}

    /** Crawls {@code sources} into {@code data}; the exit code, 0 or 1 (1: nothing new was stored). */
    public static int run(Path sources, Path data) {
        var log = new StringWriter();
        var sink = new PrintWriter(log, true);
        int code = Main.run(
                new String[] {"crawl", "--sources", sources.toString(), "--data", data.toString()}, sink, sink);
        if (code > 1) throw new IllegalStateException("the in-process crawl exited with " + code + ": " + log);
        return code;
    }

    /**
     * Crawls the demo newsroom into an empty {@code data} folder (its sources file written to
     * {@code sources}), says how many demo articles were stored and returns what the index decided.
     */
    static DemoDecisions demo(DemoNewsroom newsroom, Path sources, Path data, PrintWriter out) throws IOException {
        Files.writeString(sources, newsroom.sourcesJson(), StandardCharsets.UTF_8);
        if (run(sources, data) != 0) throw new IllegalStateException("the demo crawl stored nothing");
        DemoDecisions crawled = DemoDecisions.read(data.resolve("index"), newsroom.articles());
        out.printf(
                Locale.ROOT,
                "demo crawled in process: %d of %d demo articles stored%n",
                crawled.byArticle().size() - crawled.missing(),
                newsroom.articles().size());
        return crawled;
    }
}
