package dev.marsad.bench.ingest;

import dev.marsad.bench.AnalyzeBenchData;
import dev.marsad.crawl.Capture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fixed subset of SaudiNewsNet, every {@code step}-th article by date, rendered in the demo layouts
 * ({@link NewsroomPages}), with each page's URL mapped back to its corpus id: the articles {@code
 * bench solr} and {@code bench recall} ingest and ask their known items of.
 *
 * @param chosen the articles, by date
 * @param step one article of every {@code step}
 * @param pages the captures of {@code chosen}, in its order
 * @param idByUrl each page's URL → the corpus id of its article
 */
record SnnSubset(List<SnnArticle> chosen, int step, List<Capture> pages, Map<String, String> idByUrl) {

    SnnSubset {
        chosen = List.copyOf(chosen);
        pages = List.copyOf(pages);
        idByUrl = Map.copyOf(idByUrl);
    }

    /** About {@code articles} of {@code corpus}, every k-th by date (all of it when it holds fewer). */
    static SnnSubset of(List<SnnArticle> corpus, int articles) {
        int step = Math.max(1, corpus.size() / articles);
        var chosen = new ArrayList<SnnArticle>();
        for (int i = 0; i < corpus.size() && chosen.size() < articles; i += step) chosen.add(corpus.get(i));
        List<Capture> pages = new NewsroomPages(corpus).captures(chosen, 0);
        var idByUrl = new HashMap<String, String>();
        for (int i = 0; i < pages.size(); i++)
            idByUrl.put(pages.get(i).page().url().toString(), chosen.get(i).id());
        return new SnnSubset(chosen, step, pages, idByUrl);
    }

    /** The saudinewsnet/ folder of {@code data} (null: the nearest ../shared/data), empty when it is absent. */
    static Optional<Path> folder(Path data) {
        Path snn = (data != null ? data : AnalyzeBenchData.resolve(".")).resolve("saudinewsnet");
        return Files.isDirectory(snn) ? Optional.of(snn) : Optional.empty();
    }

    /**
     * Checks a bench's sizes.
     *
     * @throws IllegalArgumentException naming the option when one is too small
     */
    static void requireSizes(int articles, int queries, int passes) {
        if (articles < 10 || queries < 1 || passes < 1)
            throw new IllegalArgumentException("--articles must be at least 10, --queries and --passes at least 1");
    }
}
