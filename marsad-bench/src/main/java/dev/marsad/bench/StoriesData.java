package dev.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.bench.CopyPairs.Pair;
import dev.marsad.extract.Article;
import dev.marsad.extract.Block;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The labelled arabic-stories set as the stories bench reads it: analysed articles, their gold
 * stories and the gold near-duplicate pairs, and its fixed split into a development part and a
 * held-out part ({@link HeldOutSplit}, by story; a pair belongs to a part when both ends do).
 *
 * @param articles the articles in publication order, then by id
 * @param goldStory the gold story of each article id
 * @param goldPairs the gold near-duplicate pairs
 */
record StoriesData(List<Labelled> articles, Map<String, String> goldStory, Set<Pair> goldPairs) {

    /** One labelled article, analysed. */
    record Labelled(AnalyzedArticle analyzed, String id, LocalDateTime date) {}

    StoriesData {
        articles = List.copyOf(articles);
        goldStory = Map.copyOf(goldStory);
        goldPairs = Set.copyOf(goldPairs);
    }

    /** Reads articles.jsonl, gold.jsonl and near-duplicates.tsv from a folder and analyses every article. */
    static StoriesData read(Path folder) throws IOException {
        Map<String, String> gold = readGold(folder.resolve("gold.jsonl"));
        List<Labelled> articles = readArticles(folder.resolve("articles.jsonl"));
        for (Labelled a : articles)
            if (!gold.containsKey(a.id()))
                throw new IllegalArgumentException(folder.resolve("gold.jsonl") + ": no story for article " + a.id());
        articles.sort(Comparator.comparing(Labelled::date).thenComparing(Labelled::id));
        return new StoriesData(articles, gold, readPairs(folder.resolve("near-duplicates.tsv")));
    }

    /** One part of the set: its articles, their gold stories and the pairs with both ends in it. */
    StoriesData part(HeldOutSplit.Part part) {
        var kept = articles.stream()
                .filter(a -> HeldOutSplit.partOf(goldStory.get(a.id())) == part)
                .toList();
        var ids = new HashSet<String>();
        var gold = new HashMap<String, String>();
        for (Labelled a : kept) {
            ids.add(a.id());
            gold.put(a.id(), goldStory.get(a.id()));
        }
        var pairs = new HashSet<Pair>();
        for (Pair p : goldPairs) if (ids.contains(p.a()) && ids.contains(p.b())) pairs.add(p);
        return new StoriesData(kept, gold, pairs);
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
                var article = Article.ofText(
                        url,
                        node.get("title").asText().strip(),
                        Optional.of(date.toInstant(ZoneOffset.UTC)),
                        Optional.of(node.get("source").asText()),
                        body);
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
