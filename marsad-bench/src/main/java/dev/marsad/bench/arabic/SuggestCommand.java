package dev.marsad.bench.arabic;

import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.bench.TempFolder;
import dev.marsad.extract.Article;
import dev.marsad.extract.Block;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench suggest}: what the respelling after a miss is worth, on SaudiNewsNet. A few
 * thousand articles go through analysis into a real {@link LuceneArticleIndex}; three consecutive
 * headline words that find their article in the first ten hits make a query; one word of it gets
 * one typing mistake of a kind drawn at random (two words typed as one, a space typed inside a
 * word, a letter left out, two letters swapped, a letter typed twice, the key next to it on the
 * Arabic keyboard — a kind the suggester was not written for). For the mistyped queries that find
 * nothing, it reports how often a suggestion comes, how often it gives back the reader's words, how
 * often the suggested query finds the article in the first ten, and what a miss costs with its
 * suggestion against the search it replaces (same index, same run). Queries come from the two
 * parts of the articles ({@link EvaluationPart}), development and unseen, reported side by side.
 */
@Command(
        name = "suggest",
        mixinStandardHelpOptions = true,
        description =
                "Respellings after a miss (SaudiNewsNet): how often they restore mistyped queries, and their cost.")
public final class SuggestCommand implements Callable<Integer> {

    /** Salt of the development/unseen split of the query articles. */
    static final String SPLIT = "marsad-suggest";

    static final int UNSEEN_PERCENT = 50;

    static final int CUTOFF = 10;

    /** Letters of the Arabic keyboard's letter rows, left to right as the keys lie. */
    private static final String[] KEY_ROWS = {"ضصثقفغعهخحجد", "شسيبلاتنمكط", "ئءؤرىةوزظ"};

    @Spec
    CommandSpec spec;

    @Option(
            names = "--data",
            description = "SaudiNewsNet folder with *.jsonl.gz (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data/saudinewsnet")
    Path data;

    @Option(names = "--articles", description = "articles indexed (default: ${DEFAULT-VALUE})", defaultValue = "3000")
    int articleCount;

    @Option(
            names = "--queries",
            description = "mistyped queries tried per part at most (default: ${DEFAULT-VALUE})",
            defaultValue = "400")
    int queryCount;

    @Option(
            names = "--seed",
            description = "seed for choosing words and mistakes (default: ${DEFAULT-VALUE})",
            defaultValue = "20231001")
    long seed;

    @Option(
            names = "--errors",
            description = "list the development part's misses that got no useful suggestion (never the unseen part's)")
    boolean errors;

    /** A kind of typing mistake. */
    enum Mistake {
        JOINED,
        SPLIT,
        LEFT_OUT,
        SWAPPED,
        DOUBLED,
        NEXT_KEY
    }

    /** What happened to the mistyped queries of one part. */
    private static final class Tally {
        int tried;
        int stillFound;
        int misses;
        int suggested;
        int restored;
        int useful;
        long missNanos;
        long plainNanos;
        final List<Long> missTimes = new ArrayList<>();
        final Map<Mistake, int[]> byKind = new EnumMap<>(Mistake.class); // misses, useful
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(data)) {
            out.println("skipped: " + data + " not found (give the SaudiNewsNet folder with --data)");
            return 0;
        }
        List<NewsArticle> articles = NewsArticle.readAll(data, articleCount);
        var analyzer = new ArticleAnalyzer();
        try (var tmp = TempFolder.create("marsad-suggest");
                var index = LuceneArticleIndex.open(tmp.path().resolve("index"))) {
            long started = System.nanoTime();
            for (NewsArticle a : articles) index.put(indexed(a, analyzer));
            index.commit();
            out.printf(
                    Locale.ROOT,
                    "%d articles analysed and indexed in %.1f s; seed %d%n",
                    articles.size(),
                    (System.nanoTime() - started) / 1e9,
                    seed);
            var random = new Random(seed);
            var tallies = new EnumMap<EvaluationPart, Tally>(EvaluationPart.class);
            for (EvaluationPart part : EvaluationPart.values()) tallies.put(part, new Tally());
            for (NewsArticle a : shuffled(articles, random)) {
                Tally t = tallies.get(EvaluationPart.of(SPLIT, a.id(), UNSEEN_PERCENT));
                if (t.tried >= queryCount) {
                    if (tallies.values().stream().allMatch(x -> x.tried >= queryCount)) break;
                    continue;
                }
                tryOne(index, a, random, t, errors && t == tallies.get(EvaluationPart.DEVELOPMENT) ? out : null);
            }
            print(out, tallies);
        }
        return 0;
    }

    private static void tryOne(LuceneArticleIndex index, NewsArticle a, Random random, Tally t, PrintWriter errors) {
        List<String> words = Arrays.stream(a.title().split("\\s+"))
                .filter(w -> w.length() >= 3 && w.chars().allMatch(Character::isLetter))
                .toList();
        if (words.size() < 3) return;
        int start = random.nextInt(words.size() - 2);
        List<String> window = words.subList(start, start + 3);
        String query = String.join(" ", window);
        long plainStart = System.nanoTime();
        SearchResult plain = index.search(SearchQuery.of(query));
        long plainNanos = System.nanoTime() - plainStart;
        if (!found(plain, a.id())) return;
        Mistake kind = Mistake.values()[random.nextInt(Mistake.values().length)];
        Optional<String> typo = mistype(window, kind, random);
        if (typo.isEmpty()) return;
        t.tried++;
        long missStart = System.nanoTime();
        SearchResult miss = index.searchAndSuggest(SearchQuery.of(typo.get()));
        long missNanos = System.nanoTime() - missStart;
        if (miss.total() > 0) {
            t.stillFound++;
            return;
        }
        t.misses++;
        t.missNanos += missNanos;
        t.plainNanos += plainNanos;
        t.missTimes.add(missNanos);
        int[] kindCounts = t.byKind.computeIfAbsent(kind, k -> new int[2]);
        kindCounts[0]++;
        boolean useful = miss.suggestion().isPresent()
                && found(index.search(SearchQuery.of(miss.suggestion().get())), a.id());
        if (!useful && errors != null)
            errors.printf(
                    Locale.ROOT,
                    "  %-9s %s → %s (wanted %s)%n",
                    kind,
                    typo.get(),
                    miss.suggestion().orElse("-"),
                    query);
        if (miss.suggestion().isEmpty()) return;
        t.suggested++;
        if (miss.suggestion().get().equals(query)) t.restored++;
        if (useful) {
            t.useful++;
            kindCounts[1]++;
        }
    }

    private static boolean found(SearchResult result, String id) {
        return result.hits().stream()
                .limit(CUTOFF)
                .anyMatch(h -> h.article().id().equals(id));
    }

    /** The window with one mistake of {@code kind} in one of its words; empty when none fits. */
    static Optional<String> mistype(List<String> window, Mistake kind, Random random) {
        var words = new ArrayList<>(window);
        int i = random.nextInt(words.size());
        String w = words.get(i);
        switch (kind) {
            case JOINED -> {
                int j = Math.min(i, words.size() - 2);
                words.set(j, words.get(j) + words.get(j + 1));
                words.remove(j + 1);
            }
            case SPLIT -> {
                if (w.length() < 5) return Optional.empty();
                int cut = 2 + random.nextInt(w.length() - 3);
                words.set(i, w.substring(0, cut) + " " + w.substring(cut));
            }
            case LEFT_OUT -> {
                if (w.length() < 4) return Optional.empty();
                int at = random.nextInt(w.length());
                words.set(i, w.substring(0, at) + w.substring(at + 1));
            }
            case SWAPPED -> {
                int at = random.nextInt(w.length() - 1);
                if (w.charAt(at) == w.charAt(at + 1)) return Optional.empty();
                words.set(i, w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2));
            }
            case DOUBLED -> {
                int at = random.nextInt(w.length());
                words.set(i, w.substring(0, at + 1) + w.charAt(at) + w.substring(at + 1));
            }
            case NEXT_KEY -> {
                int at = random.nextInt(w.length());
                Optional<Character> next = nextKey(w.charAt(at), random);
                if (next.isEmpty()) return Optional.empty();
                words.set(i, w.substring(0, at) + next.get() + w.substring(at + 1));
            }
        }
        return Optional.of(String.join(" ", words));
    }

    private static Optional<Character> nextKey(char c, Random random) {
        for (String row : KEY_ROWS) {
            int at = row.indexOf(c);
            if (at < 0) continue;
            var next = new ArrayList<Character>();
            if (at > 0) next.add(row.charAt(at - 1));
            if (at + 1 < row.length()) next.add(row.charAt(at + 1));
            return next.isEmpty() ? Optional.empty() : Optional.of(next.get(random.nextInt(next.size())));
        }
        return Optional.empty();
    }

    private static List<NewsArticle> shuffled(List<NewsArticle> articles, Random random) {
        var copy = new ArrayList<>(articles);
        java.util.Collections.shuffle(copy, random);
        return copy;
    }

    private static IndexedArticle indexed(NewsArticle a, ArticleAnalyzer analyzer) {
        List<Block> body = a.content()
                .lines()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .<Block>map(Block.Paragraph::new)
                .toList();
        Instant published = Instant.parse("2015-01-01T00:00:00Z");
        Article article = Article.ofText(
                URI.create("https://saudinewsnet.example/" + a.id()),
                a.title(),
                Optional.of(published),
                Optional.of("saudinewsnet"),
                body);
        return new IndexedArticle(
                a.id(), analyzer.analyze(article), Optional.empty(), "story-" + a.id(), List.of(), published);
    }

    private static void print(PrintWriter out, Map<EvaluationPart, Tally> tallies) {
        out.printf(
                Locale.ROOT,
                "%-12s %6s %7s %6s %9s %9s %7s %11s %11s %11s%n",
                "part",
                "typos",
                "found",
                "misses",
                "suggested",
                "restored",
                "useful",
                "miss/plain",
                "miss p50 ms",
                "miss p99 ms");
        for (var e : tallies.entrySet()) {
            Tally t = e.getValue();
            List<Long> times = t.missTimes.stream().sorted().toList();
            out.printf(
                    Locale.ROOT,
                    "%-12s %6d %7d %6d %9s %9s %7s %11.2f %11.2f %11.2f%n",
                    e.getKey().label(),
                    t.tried,
                    t.stillFound,
                    t.misses,
                    share(t.suggested, t.misses),
                    share(t.restored, t.misses),
                    share(t.useful, t.misses),
                    t.plainNanos == 0 ? 0.0 : (double) t.missNanos / t.plainNanos,
                    percentile(times, 0.50) / 1e6,
                    percentile(times, 0.99) / 1e6);
        }
        out.println("useful share of misses, per kind of mistake (development | unseen):");
        for (Mistake kind : Mistake.values()) {
            int[] dev = tallies.get(EvaluationPart.DEVELOPMENT).byKind.getOrDefault(kind, new int[2]);
            int[] unseen = tallies.get(EvaluationPart.UNSEEN).byKind.getOrDefault(kind, new int[2]);
            out.printf(
                    Locale.ROOT,
                    "  %-9s %s of %d | %s of %d%n",
                    kind.name().toLowerCase(Locale.ROOT),
                    share(dev[1], dev[0]),
                    dev[0],
                    share(unseen[1], unseen[0]),
                    unseen[0]);
        }
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) return 0;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
