package dev.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.extract.Article;
import dev.marsad.extract.Block;
import dev.marsad.extract.TimePrecision;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.link.ArticleLinker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench stories}: story clustering (B-cubed) and near-duplicate detection (pair
 * precision and recall) on the labelled arabic-stories set, against the all-singletons baseline.
 * Articles go through analyze and link exactly as crawled pages do, in publication order.
 */
@Command(
        name = "stories",
        mixinStandardHelpOptions = true,
        description = "Story clustering and near-duplicate detection on ../shared/data/arabic-stories.")
final class StoriesBench implements Callable<Integer> {

    @Option(
            names = "--data",
            defaultValue = "../shared/data/arabic-stories",
            description = "Folder with articles.jsonl, gold.jsonl, near-duplicates.tsv.")
    Path data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private record Labelled(AnalyzedArticle analyzed, String id, LocalDateTime date) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(data.resolve("articles.jsonl"))) {
            out.println("skipped: " + data.resolve("articles.jsonl") + " not found");
            return 0;
        }
        Map<String, String> goldStory = readGold(data.resolve("gold.jsonl"));
        Set<Pair> goldPairs = readPairs(data.resolve("near-duplicates.tsv"));
        List<Labelled> articles = readArticles(data.resolve("articles.jsonl"));
        articles.sort(Comparator.comparing(Labelled::date).thenComparing(Labelled::id));

        Map<String, String> predictedStory = new HashMap<>();
        Map<String, String> copyOf = new HashMap<>();
        Map<String, String> byMarsadId = new HashMap<>();
        long start = System.nanoTime();
        try (var index = LuceneArticleIndex.inMemory()) {
            var linker = new ArticleLinker(index, Clock.systemUTC());
            for (Labelled a : articles) {
                IndexedArticle linked = linker.link(a.analyzed()).article();
                byMarsadId.put(linked.id(), a.id());
            }
            index.refresh();
            for (Labelled a : articles) {
                IndexedArticle stored = index.article(dev.marsad.link.ArticleIds.of(
                                a.analyzed().article().canonicalUrl()))
                        .orElseThrow();
                predictedStory.put(a.id(), stored.storyId());
                stored.duplicateOf().map(byMarsadId::get).ifPresent(original -> copyOf.put(a.id(), original));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report(
                out,
                articles.size(),
                seconds,
                goldStory,
                predictedStory,
                goldPairs,
                predictedPairs(copyOf, predictedStory));
        return 0;
    }

    private static void report(
            PrintWriter out,
            int n,
            double seconds,
            Map<String, String> gold,
            Map<String, String> predicted,
            Set<Pair> goldPairs,
            Set<Pair> predictedPairs) {
        double[] marsad = bcubed(gold, predicted);
        Map<String, String> singletons = new HashMap<>();
        gold.keySet().forEach(id -> singletons.put(id, id));
        double[] baseline = bcubed(gold, singletons);
        long truePairs = predictedPairs.stream().filter(goldPairs::contains).count();
        out.printf(
                java.util.Locale.ROOT,
                "articles: %d, link (after analysis) %.1f s (%.0f articles/s)%n",
                n,
                seconds,
                n / seconds);
        out.printf(java.util.Locale.ROOT, "stories  B-cubed   P      R      F1%n");
        out.printf(java.util.Locale.ROOT, "  marsad          %.3f  %.3f  %.3f%n", marsad[0], marsad[1], marsad[2]);
        out.printf(
                java.util.Locale.ROOT, "  all singletons  %.3f  %.3f  %.3f%n", baseline[0], baseline[1], baseline[2]);
        out.printf(
                java.util.Locale.ROOT,
                "near-duplicate pairs: predicted %d, gold %d, correct %d: precision %.3f, recall %.3f%n",
                predictedPairs.size(),
                goldPairs.size(),
                truePairs,
                predictedPairs.isEmpty() ? 0 : (double) truePairs / predictedPairs.size(),
                goldPairs.isEmpty() ? 0 : (double) truePairs / goldPairs.size());
    }

    /**
     * Copy pairs as the gold counts them: every two articles that are copies of the same original
     * (or one of the other), within one story.
     */
    private static Set<Pair> predictedPairs(Map<String, String> copyOf, Map<String, String> story) {
        Map<String, List<String>> groups = new HashMap<>();
        copyOf.forEach((copy, original) -> groups.computeIfAbsent(original, o -> new ArrayList<>(List.of(o)))
                .add(copy));
        var pairs = new HashSet<Pair>();
        for (List<String> group : groups.values())
            for (int i = 0; i < group.size(); i++)
                for (int j = i + 1; j < group.size(); j++) pairs.add(Pair.of(group.get(i), group.get(j)));
        return pairs;
    }

    /** B-cubed precision, recall and F1 over the gold ids. */
    static double[] bcubed(Map<String, String> gold, Map<String, String> predicted) {
        Map<String, Set<String>> goldClusters = clusters(gold);
        Map<String, Set<String>> predictedClusters = clusters(predicted);
        double p = 0;
        double r = 0;
        for (String id : gold.keySet()) {
            Set<String> g = goldClusters.get(gold.get(id));
            Set<String> c = new HashSet<>(predictedClusters.get(predicted.get(id)));
            c.retainAll(gold.keySet());
            var both = new HashSet<>(c);
            both.retainAll(g);
            p += (double) both.size() / c.size();
            r += (double) both.size() / g.size();
        }
        p /= gold.size();
        r /= gold.size();
        return new double[] {p, r, 2 * p * r / (p + r)};
    }

    private static Map<String, Set<String>> clusters(Map<String, String> assignment) {
        Map<String, Set<String>> clusters = new HashMap<>();
        assignment.forEach((id, cluster) ->
                clusters.computeIfAbsent(cluster, c -> new HashSet<>()).add(id));
        return clusters;
    }

    private record Pair(String a, String b) {
        static Pair of(String x, String y) {
            return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
        }
    }

    private static List<Labelled> readArticles(Path file) throws IOException {
        var mapper = new ObjectMapper();
        var analyzer = new ArticleAnalyzer();
        var articles = new ArrayList<Labelled>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) continue;
                JsonNode node = mapper.readTree(line);
                LocalDateTime date =
                        LocalDateTime.parse(node.get("date").asText().replace(' ', 'T'));
                URI url = URI.create(node.get("url").asText().strip().replace(" ", "%20"));
                List<Block> body = node.get("text")
                        .asText()
                        .lines()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .<Block>map(Block.Paragraph::new)
                        .toList();
                var article = new Article(
                        url,
                        url,
                        node.get("title").asText().strip(),
                        Optional.empty(),
                        Optional.of(date.toInstant(ZoneOffset.UTC)),
                        TimePrecision.TIME,
                        Optional.empty(),
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(node.get("source").asText()),
                        "ar",
                        body,
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of());
                articles.add(
                        new Labelled(analyzer.analyze(article), node.get("id").asText(), date));
            }
        }
        return articles;
    }

    private static Map<String, String> readGold(Path file) throws IOException {
        var mapper = new ObjectMapper();
        Map<String, String> gold = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode node = mapper.readTree(line);
            gold.put(node.get("id").asText(), node.get("story_id").asText());
        }
        return gold;
    }

    private static Set<Pair> readPairs(Path file) throws IOException {
        var pairs = new HashSet<Pair>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            if (cols.length == 2) pairs.add(Pair.of(cols[0].strip(), cols[1].strip()));
        }
        return pairs;
    }
}
