package dev.marsad.bench;

import dev.marsad.bench.CopyPairs.Pair;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.CopyRelations;
import dev.marsad.index.IndexedArticle;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The near-duplicate pairs block of {@code bench stories} for one part of the labelled set:
 * Marsad's pairs in publication order and over several orders (mean and spread), beside the
 * baselines of {@link CopyPairs} computed on the same articles, with recall on the pairs that are
 * not identical bodies; and the part's false and missed pairs on request.
 */
final class CopyPairsReport {

    private final Set<Pair> gold;
    private final Map<String, CopyPairs.Body> bodies;
    private final Set<Pair> identical;

    /**
     * @param paragraphsById the body paragraphs of each article of the part, by the set's ids
     * @param gold the part's gold pairs
     */
    CopyPairsReport(Map<String, List<String>> paragraphsById, Set<Pair> gold) {
        this.gold = Set.copyOf(gold);
        this.bodies = new HashMap<>();
        paragraphsById.forEach((id, paragraphs) -> bodies.put(id, CopyPairs.Body.of(paragraphs)));
        this.identical = CopyPairs.pairs(bodies, (x, y) -> x.words().equals(y.words()));
    }

    /** "149 near-duplicate pairs (144 of them not identical bodies)". */
    String counts() {
        long hard = gold.stream().filter(p -> !identical.contains(p)).count();
        return gold.size() + " near-duplicate pairs (" + hard + " of them not identical bodies)";
    }

    /**
     * The pairs the linker recorded in an index: every member's near-duplicate peers, by the set's
     * ids.
     *
     * @param setIdByMarsadId the set's id of each linked article, by Marsad's article id
     */
    static Set<Pair> recorded(ArticleIndex index, Map<String, String> setIdByMarsadId) {
        var pairs = new HashSet<Pair>();
        setIdByMarsadId.forEach((marsadId, setId) -> {
            IndexedArticle stored = index.article(marsadId)
                    .orElseThrow(() -> new IllegalStateException("linked article " + setId + " is not stored"));
            for (CopyRelations.Peer peer : stored.copies().peers())
                if (peer.isNearDuplicate()) pairs.add(Pair.of(setId, setIdByMarsadId.get(peer.id())));
        });
        return pairs;
    }

    /** Prints Marsad's scores (the first run is publication order) and the baselines'. */
    void print(PrintWriter out, List<Set<Pair>> runs) {
        out.printf(
                Locale.ROOT, "near-duplicate pairs                 predicted correct    P      R   R(not identical)%n");
        print(out, "marsad, publication order", score(runs.getFirst()));
        var scores = runs.stream().map(this::score).toList();
        var p = scores.stream().mapToDouble(CopyPairs.Score::precision).summaryStatistics();
        var r = scores.stream().mapToDouble(CopyPairs.Score::recall).summaryStatistics();
        var hard =
                scores.stream().mapToDouble(CopyPairs.Score::recallNotIdentical).summaryStatistics();
        out.printf(
                Locale.ROOT,
                "  marsad, %d orders: P mean %.3f (%.3f-%.3f), R mean %.3f (%.3f-%.3f), R(not identical) mean %.3f%n",
                runs.size(),
                p.getAverage(),
                p.getMin(),
                p.getMax(),
                r.getAverage(),
                r.getMin(),
                r.getMax(),
                hard.getAverage());
        CopyPairs.baselines().forEach((name, test) -> print(out, name, score(CopyPairs.pairs(bodies, test))));
    }

    /** Lists the false and missed pairs of one run, each article as {@code describe} gives it. */
    void printErrors(PrintWriter out, Set<Pair> run, Map<String, String> describe) {
        Comparator<Pair> byIds = Comparator.comparing(Pair::a).thenComparing(Pair::b);
        run.stream()
                .filter(p -> !gold.contains(p))
                .sorted(byIds)
                .forEach(p -> out.println("  false  " + describe.get(p.a()) + "  |  " + describe.get(p.b())));
        gold.stream()
                .filter(p -> !run.contains(p))
                .sorted(byIds)
                .forEach(p -> out.println("  missed " + describe.get(p.a()) + "  |  " + describe.get(p.b())));
    }

    private CopyPairs.Score score(Set<Pair> predicted) {
        return CopyPairs.Score.of(predicted, gold, identical);
    }

    private static void print(PrintWriter out, String name, CopyPairs.Score s) {
        out.printf(
                Locale.ROOT,
                "  %-34s %5d %7d   %.3f  %.3f  %.3f%n",
                name,
                s.predicted(),
                s.correct(),
                s.precision(),
                s.recall(),
                s.recallNotIdentical());
    }
}
