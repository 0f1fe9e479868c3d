package dev.marsad.bench.ingest;

import dev.marsad.bench.AnalyzeBenchData;
import dev.marsad.crawl.Capture;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /**
     * The saudinewsnet/ folder of {@code data} (null: the nearest ../shared/data); when it is absent,
     * empty, and a bench's "skipped" line written to {@code out}.
     */
    static Optional<Path> folder(Path data, PrintWriter out) {
        Path snn = (data != null ? data : AnalyzeBenchData.resolve(".")).resolve("saudinewsnet");
        if (Files.isDirectory(snn)) return Optional.of(snn);
        out.println("skipped: no saudinewsnet/ in " + (data != null ? data : "../shared/data"));
        return Optional.empty();
    }

    /** Each chosen article's headline by corpus id, in the subset's order (it decides the known items). */
    Map<String, String> titles() {
        var titles = new LinkedHashMap<String, String>();
        for (SnnArticle a : chosen) titles.put(a.id(), a.title());
        return titles;
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
