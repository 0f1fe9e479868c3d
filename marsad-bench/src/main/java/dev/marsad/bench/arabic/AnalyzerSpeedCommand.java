package dev.marsad.bench.arabic;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench jmh-analyzer}: {@link AnalyzerBenchmark} on the same text for Lucene's
 * ArabicAnalyzer and Marsad's analyzer (with and without name keys), then tokens per second and
 * the ratio to ArabicAnalyzer. The text is the body of the first SaudiNewsNet articles, or the
 * bundled sample when that corpus is absent.
 */
@Command(
        name = "jmh-analyzer",
        mixinStandardHelpOptions = true,
        description = "JMH: analyzer throughput, Marsad vs Lucene ArabicAnalyzer on the same text.")
public final class AnalyzerSpeedCommand implements Callable<Integer> {

    /** Characters of corpus text to analyse per operation. */
    static final int TEXT_CHARS = 200_000;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--data",
            description = "SaudiNewsNet folder (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data/saudinewsnet")
    Path data;

    @Option(names = "--forks", defaultValue = "2", description = "JMH forks (default: ${DEFAULT-VALUE})")
    int forks;

    @Option(
            names = "--iterations",
            defaultValue = "5",
            description = "measurement iterations of 1 s (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(
            names = "--warmups",
            defaultValue = "3",
            description = "warm-up iterations of 1 s (default: ${DEFAULT-VALUE})")
    int warmups;

    @Override
    public Integer call() throws IOException, RunnerException {
        PrintWriter out = spec.commandLine().getOut();
        String text = text(out);
        Path file = Files.createTempFile("marsad-analyzer-bench", ".txt");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            var options = new OptionsBuilder()
                    .include(AnalyzerBenchmark.class.getName() + ".analyze")
                    .param("textFile", file.toString())
                    .forks(forks)
                    .warmupIterations(warmups)
                    .warmupTime(TimeValue.seconds(1))
                    .measurementIterations(iterations)
                    .measurementTime(TimeValue.seconds(1))
                    .jvmArgsAppend("-Xmx1g")
                    .build();
            report(out, text, new Runner(options).run());
        } finally {
            Files.deleteIfExists(file);
        }
        return 0;
    }

    private String text(PrintWriter out) throws IOException {
        if (Files.isDirectory(data)) {
            var sb = new StringBuilder();
            for (NewsArticle a : NewsArticle.readAll(data, 2000)) {
                if (sb.length() >= TEXT_CHARS) break;
                sb.append(a.title()).append('\n').append(a.content()).append("\n\n");
            }
            out.printf(Locale.ROOT, "text: %d chars of SaudiNewsNet articles from %s%n", sb.length(), data);
            return sb.toString();
        }
        try (InputStream in = AnalyzerSpeedCommand.class.getResourceAsStream("analyzer-sample.txt")) {
            String sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            out.println("text: " + data + " not found, using the bundled sample (" + sample.length() + " chars)");
            return sample;
        }
    }

    private static void report(PrintWriter out, String text, Collection<RunResult> results) throws IOException {
        Map<String, Double> opsPerSecond = results.stream()
                .collect(Collectors.toMap(
                        r -> r.getParams().getParam("analyzer"),
                        r -> r.getPrimaryResult().getScore()));
        var tokens = new HashMap<String, Integer>();
        for (String name : opsPerSecond.keySet()) {
            try (Analyzer a = AnalyzerBenchmark.create(name)) {
                tokens.put(name, AnalyzerBenchmark.countTokens(a, text));
            }
        }
        double base = opsPerSecond.getOrDefault("lucene-arabic", Double.NaN);
        out.printf(
                Locale.ROOT,
                "%-16s %10s %10s %14s %12s %18s%n",
                "analyzer",
                "ops/s",
                "MB/s",
                "tokens/op",
                "tokens/s",
                "× ArabicAnalyzer");
        for (String name : List.of("lucene-arabic", "marsad", "marsad-no-keys")) {
            if (!opsPerSecond.containsKey(name)) continue;
            double ops = opsPerSecond.get(name);
            out.printf(
                    Locale.ROOT,
                    "%-16s %10.2f %10.2f %14d %12.0f %17.2f×%n",
                    name,
                    ops,
                    ops * text.length() * 2 / 1e6,
                    tokens.get(name),
                    ops * tokens.get(name),
                    ops / base);
        }
        out.println("(× ArabicAnalyzer compares the same text per second; MB/s counts UTF-16 bytes)");
    }
}
