package dev.marsad.bench;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.crawl.Page;
import dev.marsad.demo.DemoArticle;
import dev.marsad.demo.DemoNewsroom;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractionOutcome;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.index.Storyline;
import dev.marsad.link.ArticleIds;
import dev.marsad.link.ArticleLinker;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench demo-stories}: the demo newsroom's stories and storylines against its own
 * labels. The demo's articles are written as arcs (its {@code story:} label: the Karabakh week,
 * the measles campaign, the Nabeul floods), so its labels are storylines and Marsad's stories are
 * the events within them. Every article page is fetched from the running demo sites, extracted
 * and analysed once, then linked into a fresh index in several orders (publication order, then
 * shuffles), as crawls of hosts in parallel would deliver them; B-cubed of stories and of
 * storylines against the labels is reported per order.
 */
@Command(
        name = "demo-stories",
        mixinStandardHelpOptions = true,
        description = "Demo newsroom: stories and storylines against the corpus's own arcs, over several orders.")
final class DemoStoriesBench implements Callable<Integer> {

    @Option(names = "--orders", defaultValue = "5", description = "Orders to link in (default: ${DEFAULT-VALUE}).")
    int orders;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private record Fetched(DemoArticle demo, AnalyzedArticle analyzed) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (orders < 1) throw new IllegalArgumentException("--orders must be at least 1, got " + orders);
        List<Fetched> articles;
        try (var newsroom = DemoNewsroom.start()) {
            articles = fetch(newsroom.articles());
        }
        Map<String, String> gold = new HashMap<>();
        for (Fetched f : articles) gold.put(f.demo().id(), f.demo().story());
        out.printf(
                Locale.ROOT,
                "demo: %d articles in %d labelled arcs; order 0 = publication order, then shuffles with seeds 1–%d%n",
                articles.size(),
                StoryScores.clusters(gold).size(),
                orders - 1);
        out.printf(
                Locale.ROOT,
                "order  stories  storylines  stories B3 P/R/F1       storylines B3 P/R/F1    stories in karabakh/measles/flood%n");
        for (int order = 0; order < orders; order++) {
            var sorted = new ArrayList<>(articles);
            sorted.sort(java.util.Comparator.comparing((Fetched f) -> f.demo().published())
                    .thenComparing(f -> f.demo().id()));
            if (order > 0) Collections.shuffle(sorted, new Random(order));
            link(out, order, sorted, gold);
        }
        return 0;
    }

    private static void link(PrintWriter out, int order, List<Fetched> articles, Map<String, String> gold)
            throws IOException {
        Map<String, String> story = new HashMap<>();
        Map<String, String> storyline = new HashMap<>();
        try (var index = LuceneArticleIndex.inMemory()) {
            var linker = new ArticleLinker(index, Clock.systemUTC());
            for (Fetched f : articles) linker.link(f.analyzed());
            index.refresh();
            for (Fetched f : articles) {
                IndexedArticle stored = index.article(
                                ArticleIds.of(f.analyzed().article().canonicalUrl()))
                        .orElseThrow(() -> new IllegalStateException(
                                "demo article " + f.demo().id() + " not stored"));
                story.put(f.demo().id(), stored.storyId());
                storyline.put(
                        f.demo().id(),
                        index.storylineOf(stored.storyId()).map(Storyline::id).orElse(stored.storyId()));
            }
        }
        StoryScores.BCubed stories = StoryScores.bcubed(gold, story);
        StoryScores.BCubed lines = StoryScores.bcubed(gold, storyline);
        var within = new TreeMap<String, Integer>();
        for (String arc : List.of("karabakh-ceasefire", "morocco-measles-campaign", "nabeul-flood")) {
            var ids = new java.util.HashSet<String>();
            gold.forEach((id, label) -> {
                if (label.equals(arc)) ids.add(story.get(id));
            });
            within.put(arc, ids.size());
        }
        out.printf(
                Locale.ROOT,
                "%5d  %7d  %10d  %.3f/%.3f/%.3f       %.3f/%.3f/%.3f       %d/%d/%d%n",
                order,
                StoryScores.clusters(story).size(),
                StoryScores.clusters(storyline).size(),
                stories.precision(),
                stories.recall(),
                stories.f1(),
                lines.precision(),
                lines.recall(),
                lines.f1(),
                within.get("karabakh-ceasefire"),
                within.get("morocco-measles-campaign"),
                within.get("nabeul-flood"));
    }

    /** Fetches, extracts and analyses every demo article. */
    private static List<Fetched> fetch(List<DemoArticle> demo) {
        var extractor = new ArticleExtractor();
        var analyzer = new ArticleAnalyzer();
        var result = new ArrayList<Fetched>();
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (DemoArticle a : demo) {
                HttpResponse<byte[]> response = http.send(
                        HttpRequest.newBuilder(a.url()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                var page = new Page(
                        a.url(), response.statusCode(), response.headers().map(), response.body(), Instant.now());
                ExtractionOutcome outcome = extractor.extract(page);
                if (!(outcome instanceof ExtractionOutcome.Extracted extracted))
                    throw new IllegalStateException("demo article " + a.id() + " not extracted: " + outcome);
                result.add(new Fetched(a, analyzer.analyze(extracted.article())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fetch the demo articles", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching the demo articles", e);
        }
        return result;
    }
}
