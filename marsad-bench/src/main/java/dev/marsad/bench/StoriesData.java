package dev.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.extract.Article;
import dev.marsad.extract.Block;
import dev.marsad.extract.TimePrecision;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * held-out part.
 *
 * <p>The split is by story, so that no event is seen on both sides: a story is held out when
 * {@code sha1("marsad-holdout:" + story_id)}, read as a big-endian unsigned integer, is below
 * {@link #HOLDOUT_PERCENT} modulo 100. The held-out part is the articles of held-out stories and
 * the near-duplicate pairs with both ends among them; the development part is the rest.
 *
 * @param articles the articles in publication order, then by id
 * @param goldStory the gold story of each article id
 * @param goldPairs the gold near-duplicate pairs
 */
record StoriesData(List<Labelled> articles, Map<String, String> goldStory, Set<Pair> goldPairs) {

    /** Percent of the stories held out. */
    static final int HOLDOUT_PERCENT = 30;
    /** What is hashed before the story id; both engineers of issue 12 use exactly this split. */
    private static final String HOLDOUT_SALT = "marsad-holdout:";

    /** One labelled article, analysed. */
    record Labelled(AnalyzedArticle analyzed, String id, LocalDateTime date) {}

    /** An unordered pair of article ids, smaller id first. */
    record Pair(String a, String b) {
        static Pair of(String x, String y) {
            return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
        }
    }

    /** The two parts of the set. */
    enum Part {
        DEVELOPMENT,
        HELD_OUT
    }

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

    /** Whether a gold story is in the held-out part. */
    static boolean isHeldOut(String storyId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((HOLDOUT_SALT + storyId).getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, digest).mod(BigInteger.valueOf(100)).intValue() < HOLDOUT_PERCENT;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JDK", e);
        }
    }

    /** One part of the set: its articles, their gold stories and the pairs with both ends in it. */
    StoriesData part(Part part) {
        boolean heldOut = part == Part.HELD_OUT;
        var kept = articles.stream()
                .filter(a -> isHeldOut(goldStory.get(a.id())) == heldOut)
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
