package dev.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.analyze.Section;
import dev.marsad.extract.Article;
import dev.marsad.extract.Block;
import dev.marsad.extract.TimePrecision;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench sections}: the text section classifier against publisher sections of
 * SaudiNewsNet ({@code ../shared/data/saudinewsnet/articles-with-section.jsonl.gz}).
 *
 * <p>Only labels with an obvious Marsad section are scored (table {@link #GOLD}); opaque page codes
 * and opinion columns are skipped. The classifier sees title and content, never the label.
 */
@Command(
        name = "sections",
        mixinStandardHelpOptions = true,
        description = "Section classification accuracy on SaudiNewsNet publisher sections.")
public final class SectionBench implements Callable<Integer> {

    /** Publisher label (scheme:label) → the Marsad section it obviously means. */
    static final Map<String, Section> GOLD = Map.ofEntries(
            Map.entry("alwatan-url-path:Politics", Section.POLITICS),
            Map.entry("alwatan-url-path:Sports", Section.SPORTS),
            Map.entry("alwatan-url-path:Economy", Section.ECONOMY),
            Map.entry("alwatan-url-path:Culture", Section.CULTURE),
            Map.entry("alwatan-url-path:Local", Section.SOCIETY),
            Map.entry("aljazirah-url-path:sp", Section.SPORTS),
            Map.entry("aljazirah-url-path:ec", Section.ECONOMY),
            Map.entry("aljazirah-url-path:cu", Section.CULTURE),
            Map.entry("3alyoum-url-path:pol", Section.POLITICS),
            Map.entry("3alyoum-url-path:golobal", Section.WORLD),
            Map.entry("3alyoum-url-path:local", Section.SOCIETY),
            Map.entry("3alyoum-url-path:regions", Section.SOCIETY));

    @Option(
            names = "--data",
            description =
                    "articles-with-section.jsonl.gz; default ../shared/data/saudinewsnet/articles-with-section.jsonl.gz")
    Path data;

    @Option(names = "--speed-articles", description = "articles fully analysed for the speed line (default 500)")
    int speedArticles = 500;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path file = data != null ? data : AnalyzeBenchData.resolve("saudinewsnet/articles-with-section.jsonl.gz");
        if (!Files.isRegularFile(file)) {
            out.println("skipped: SaudiNewsNet sections not found at " + file);
            return 0;
        }
        var analyzer = new ArticleAnalyzer();
        var mapper = new ObjectMapper();
        Map<Section, Map<Section, Integer>> confusion = new EnumMap<>(Section.class);
        int scored = 0;
        int skipped = 0;
        var sample = new java.util.ArrayList<String[]>();
        try (var reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode article = mapper.readTree(line);
                Section expected = GOLD.get(article.path("section_scheme").asText() + ":"
                        + article.path("section").asText());
                if (expected == null) {
                    skipped++;
                    continue;
                }
                if (sample.size() < speedArticles)
                    sample.add(new String[] {
                        article.path("title").asText(""),
                        article.path("content").asText("")
                    });
                Section got = analyzer.section(
                        Optional.empty(),
                        article.path("title").asText(""),
                        article.path("content").asText(""));
                confusion
                        .computeIfAbsent(expected, s -> new EnumMap<>(Section.class))
                        .merge(got, 1, Integer::sum);
                scored++;
            }
        }
        report(out, file, confusion, scored, skipped);
        reportSpeed(out, analyzer, sample);
        return 0;
    }

    /** Full {@link ArticleAnalyzer#analyze} on the sample (one warm-up pass, then a timed one). */
    private static void reportSpeed(PrintWriter out, ArticleAnalyzer analyzer, List<String[]> sample) {
        List<Article> articles = sample.stream()
                .filter(a -> !a[0].isBlank())
                .map(a -> article(a[0], a[1]))
                .toList();
        if (articles.isEmpty()) return;
        articles.forEach(analyzer::analyze);
        long chars = articles.stream().mapToLong(a -> a.plainText().length()).sum();
        long started = System.nanoTime();
        articles.forEach(analyzer::analyze);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(
                Locale.ROOT,
                "analyze: %d articles (%.0f chars each on average) in %.2f s: %.0f articles/s%n",
                articles.size(),
                (double) chars / articles.size(),
                seconds,
                articles.size() / seconds);
    }

    private static Article article(String title, String content) {
        List<Block> body = content.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .map(l -> (Block) new Block.Paragraph(l))
                .toList();
        URI url = URI.create("https://example.org/saudinewsnet");
        return new Article(
                url,
                url,
                title,
                Optional.empty(),
                Optional.of(Instant.parse("2015-07-21T00:00:00Z")),
                TimePrecision.TIME,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "ar",
                body,
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    private static void report(
            PrintWriter out, Path file, Map<Section, Map<Section, Integer>> confusion, int scored, int skipped) {
        out.printf(
                Locale.ROOT,
                "SaudiNewsNet %s: %d articles scored, %d with other labels skipped%n",
                file,
                scored,
                skipped);
        int correct = 0;
        out.println("gold        n  precision  recall  F1     predicted as");
        for (Section gold : confusion.keySet()) {
            Map<Section, Integer> row = confusion.get(gold);
            int n = row.values().stream().mapToInt(Integer::intValue).sum();
            int hit = row.getOrDefault(gold, 0);
            int predicted = confusion.values().stream()
                    .mapToInt(r -> r.getOrDefault(gold, 0))
                    .sum();
            correct += hit;
            double precision = predicted == 0 ? 0 : (double) hit / predicted;
            double recall = (double) hit / n;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            out.printf(Locale.ROOT, "%-10s %4d %9.3f %7.3f %6.3f  %s%n", gold, n, precision, recall, f1, row);
        }
        out.printf(
                Locale.ROOT, "accuracy %.3f (%d/%d)%n", scored == 0 ? 0 : (double) correct / scored, correct, scored);
    }
}
