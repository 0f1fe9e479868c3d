package dev.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.bench.CopyPairs.Pair;
import dev.marsad.extract.Article;
import dev.marsad.extract.Block;
import dev.marsad.extract.TimePrecision;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.link.ArticleIds;
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
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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

    @Option(
            names = "--orders",
            defaultValue = "5",
            description = "Article orders per part: publication order, then seeded shuffles (default 5).")
    int orders;

    @Option(
            names = "--errors",
            description =
                    "List the development part's false and missed near-duplicate pairs (never the held-out part's).")
    boolean errors;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private record Labelled(AnalyzedArticle analyzed, String id, LocalDateTime date) {}

    /** What one run of the linker over one part in one order predicted. */
    private record Run(Map<String, String> story, Set<Pair> pairs, double seconds) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(data.resolve("articles.jsonl"))) {
            out.println("skipped: " + data.resolve("articles.jsonl") + " not found");
            return 0;
        }
        if (orders < 1)
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--orders must be at least 1");
        Map<String, String> goldStory = readGold(data.resolve("gold.jsonl"));
        Set<Pair> goldPairs = readPairs(data.resolve("near-duplicates.tsv"));
        List<Labelled> articles = readArticles(data.resolve("articles.jsonl"));
        articles.sort(Comparator.comparing(Labelled::date).thenComparing(Labelled::id));
        for (HeldOutSplit.Part part : HeldOutSplit.Part.values()) {
            List<Labelled> inPart = articles.stream()
                    .filter(a -> HeldOutSplit.partOf(goldStory.get(a.id())) == part)
                    .toList();
            Set<String> ids = new HashSet<>();
            inPart.forEach(a -> ids.add(a.id()));
            Map<String, String> gold = new HashMap<>(goldStory);
            gold.keySet().retainAll(ids);
            Set<Pair> pairs = new HashSet<>(goldPairs);
            pairs.removeIf(p -> !p.within(ids));
            reportPart(out, part, inPart, gold, pairs);
        }
        return 0;
    }

    private void reportPart(
            PrintWriter out,
            HeldOutSplit.Part part,
            List<Labelled> articles,
            Map<String, String> gold,
            Set<Pair> goldPairs)
            throws IOException {
        Map<String, List<String>> paragraphs = new HashMap<>();
        for (Labelled a : articles)
            paragraphs.put(a.id(), a.analyzed().article().paragraphs());
        var copies = new CopyPairsReport(paragraphs, goldPairs);
        out.printf(
                Locale.ROOT,
                "%n== %s part: %d articles, %d stories, %s%n",
                part.label,
                articles.size(),
                new HashSet<>(gold.values()).size(),
                copies.counts());
        var runs = new ArrayList<Run>();
        for (int order = 0; order < orders; order++) runs.add(link(ordered(articles, order)));
        double seconds = runs.stream().mapToDouble(Run::seconds).sum();
        out.printf(
                Locale.ROOT,
                "link (after analysis): %d orders in %.1f s (%.0f articles/s)%n",
                orders,
                seconds,
                orders * articles.size() / seconds);
        reportStories(out, gold, runs);
        copies.print(out, runs.stream().map(Run::pairs).toList());
        if (errors && part == HeldOutSplit.Part.DEVELOPMENT) {
            Map<String, String> described = new HashMap<>();
            for (Labelled a : articles)
                described.put(
                        a.id(),
                        a.id() + " " + a.analyzed().article().siteName().orElse("") + " "
                                + a.analyzed().article().title());
            out.println("development errors (publication order):");
            copies.printErrors(out, runs.getFirst().pairs(), described);
        }
    }

    /** Order 0 is publication order; every other order is a shuffle seeded by its number. */
    private static List<Labelled> ordered(List<Labelled> articles, int order) {
        var result = new ArrayList<>(articles);
        if (order > 0) Collections.shuffle(result, new Random(order));
        return result;
    }

    private static Run link(List<Labelled> articles) throws IOException {
        Map<String, String> predictedStory = new HashMap<>();
        Map<String, String> setIdByMarsadId = new HashMap<>();
        long start = System.nanoTime();
        try (var index = LuceneArticleIndex.inMemory()) {
            var linker = new ArticleLinker(index, Clock.systemUTC());
            for (Labelled a : articles) {
                IndexedArticle linked = linker.link(a.analyzed()).article();
                setIdByMarsadId.put(linked.id(), a.id());
            }
            index.refresh();
            for (Labelled a : articles) {
                IndexedArticle stored = index.article(
                                ArticleIds.of(a.analyzed().article().canonicalUrl()))
                        .orElseThrow();
                predictedStory.put(a.id(), stored.storyId());
            }
            return new Run(
                    predictedStory,
                    CopyPairsReport.recorded(index, setIdByMarsadId),
                    (System.nanoTime() - start) / 1e9);
        }
    }

    private static void reportStories(PrintWriter out, Map<String, String> gold, List<Run> runs) {
        Map<String, String> singletons = new HashMap<>();
        gold.keySet().forEach(id -> singletons.put(id, id));
        double[] baseline = bcubed(gold, singletons);
        double[] first = bcubed(gold, runs.get(0).story());
        var f1 = runs.stream().mapToDouble(r -> bcubed(gold, r.story())[2]).summaryStatistics();
        out.printf(Locale.ROOT, "stories  B-cubed            P      R      F1%n");
        out.printf(Locale.ROOT, "  marsad, publication order  %.3f  %.3f  %.3f%n", first[0], first[1], first[2]);
        out.printf(
                Locale.ROOT,
                "  marsad, %d orders           F1 mean %.3f, %.3f-%.3f%n",
                runs.size(),
                f1.getAverage(),
                f1.getMin(),
                f1.getMax());
        out.printf(
                Locale.ROOT, "  all singletons             %.3f  %.3f  %.3f%n", baseline[0], baseline[1], baseline[2]);
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
