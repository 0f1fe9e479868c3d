package dev.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.cli.Main;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench analyze-lines}: {@code marsad analyze --jsonl} on SaudiNewsNet articles
 * ({@code articles-other.jsonl.gz}, made into {@code {id, url, title, text, published}} lines),
 * in this process: lines per second with one worker and with the default pool, after a warm-up run.
 * The trained models of {@code --models} are used when given.
 */
@Command(
        name = "analyze-lines",
        mixinStandardHelpOptions = true,
        description = "Speed of marsad analyze --jsonl on SaudiNewsNet articles (lines/s).")
public final class AnalyzeLinesBench implements Callable<Integer> {

    @Option(
            names = "--data",
            description = "a SaudiNewsNet .jsonl.gz; default ../shared/data/saudinewsnet/articles-other.jsonl.gz")
    Path data;

    @Option(names = "--lines", description = "lines analysed per run (default 3000)")
    int lines = 3000;

    @Option(names = "--models", description = "a data folder whose models/ the analysis uses (default: none)")
    Path models;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path file = data != null ? data : AnalyzeBenchData.resolve("saudinewsnet/articles-other.jsonl.gz");
        if (!Files.isRegularFile(file)) {
            out.println("skipped: SaudiNewsNet not found at " + file);
            return 0;
        }
        try (var temp = TempFolder.create("marsad-analyze-lines")) {
            Path input = temp.path().resolve("input.jsonl");
            long chars = writeLines(file, input);
            Path folder = models != null ? models : temp.path().resolve("no-models");
            out.printf(
                    Locale.ROOT,
                    "%d lines of %s (%.0f chars each on average), models from %s%n",
                    lines,
                    file,
                    (double) chars / lines,
                    folder);
            run(input, folder, List.of()); // warm-up
            for (List<String> workers : List.of(List.of("--workers", "1"), List.<String>of())) {
                long started = System.nanoTime();
                long[] counts = run(input, folder, workers);
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf(
                        Locale.ROOT,
                        "analyze --jsonl %s: %d results (%d errors) in %.2f s: %.0f lines/s%n",
                        workers.isEmpty() ? "(one worker per core)" : String.join(" ", workers),
                        counts[0],
                        counts[1],
                        seconds,
                        counts[0] / seconds);
            }
        }
        return 0;
    }

    /** Writes {@link #lines} input lines; returns the chars of their texts. */
    private long writeLines(Path corpus, Path input) throws IOException {
        var mapper = new ObjectMapper();
        long chars = 0;
        int written = 0;
        try (InputStream raw = Files.newInputStream(corpus);
                var reader =
                        new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
                BufferedWriter writer = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null && written < lines; line = reader.readLine()) {
                JsonNode article = mapper.readTree(line);
                String title = article.path("title").asText("");
                String text = article.path("content").asText("");
                if (title.isBlank() || text.isBlank()) continue;
                ObjectNode item = mapper.createObjectNode();
                item.put("id", article.path("id").asText());
                item.put("url", article.path("url").asText());
                item.put("title", title);
                item.put("text", text);
                item.put("published", article.path("date_extracted").asText("").replace(' ', 'T') + "Z");
                writer.write(mapper.writeValueAsString(item));
                writer.write('\n');
                chars += text.length();
                written++;
            }
        }
        if (written < lines) lines = written;
        return chars;
    }

    /** One in-process {@code marsad analyze --jsonl} over the input; returns results and error objects. */
    private static long[] run(Path input, Path folder, List<String> options) throws IOException {
        var counter = new LineCounter();
        var args = new java.util.ArrayList<>(List.of("analyze", "--jsonl", "--data", folder.toString()));
        args.addAll(options);
        InputStream stdin = System.in;
        try (InputStream in = Files.newInputStream(input)) {
            System.setIn(in);
            int code = Main.run(
                    args.toArray(String[]::new), new PrintWriter(counter), new PrintWriter(Writer.nullWriter()));
            if (code != 0 && code != 3) throw new IllegalStateException("marsad analyze --jsonl exited with " + code);
        } finally {
            System.setIn(stdin);
        }
        return new long[] {counter.lines, counter.errors};
    }

    /** Counts result lines and those that are error objects, keeping nothing else. */
    private static final class LineCounter extends Writer {
        private static final String ERROR_FIELD = "\"error\":";
        long lines;
        long errors;
        private final StringBuilder current = new StringBuilder();

        @Override
        public void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                    if (current.indexOf(ERROR_FIELD) >= 0) errors++;
                    current.setLength(0);
                } else current.append(buffer[i]);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
