package dev.marsad.bench.extract;

import dev.marsad.crawl.Page;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.Block;
import dev.marsad.extract.ExtractionOutcome;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench extract-losses}: where the text that Marsad's shipped extractor keeps and a
 * development set's gold leaves out sits, by place and by kind of block, so that the largest kind
 * can be chosen (aeb-scrapinghub's half B is never read). Every block of the shipped body (a
 * list: each of its items) is a unit; a unit is gold text when it is held by the gold ({@link
 * BlockLabels#heldBy}; trafilatura-eval: when it holds a "with" snippet, and extra when it holds a
 * "without" one). An extra unit is <em>leading</em> before the first gold unit, <em>trailing</em>
 * after the last, <em>inside</em> between them. Its kind: the block's markup (heading, list item,
 * quote, table), else for a paragraph: repeated on another page of the same host, short (under
 * {@value #SHORT_CHARS} characters without a sentence end), else a paragraph. Each extra unit
 * weighs its share of its page's characters, summed over the set's pages and divided by their
 * number: about what it takes from the set's mean precision.
 */
@Command(
        name = "extract-losses",
        mixinStandardHelpOptions = true,
        description = "Where the text Marsad keeps and the development golds leave out sits, by place and kind.")
public final class ExtractLosses implements Callable<Integer> {

    /** A paragraph shorter than this without a sentence end is a short line. */
    static final int SHORT_CHARS = 80;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataFolder data;

    @picocli.CommandLine.Option(
            names = "--list",
            description = "also print every extra unit (set, place, kind, share of its page, text)")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ArticleExtractor shipped = new ArticleExtractor();
        out.println("set     place     kind          units  chars   precision share (per page, summed / pages)");
        for (DevSet set : DevSet.load(data.data)) {
            List<GoldPage> pages = set.allPages();
            List<List<Block>> bodies = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (GoldPage page : pages) {
                ExtractionOutcome outcome = shipped.extract(Page.of(page.url(), page.html(), "text/html"));
                bodies.add(body(outcome));
                texts.add(set.text(outcome));
            }
            Map<String, Integer> repeats = repeatsPerHost(pages, bodies);
            Map<String, double[]> sums = new TreeMap<>();
            out.printf(
                    Locale.ROOT,
                    "%-7s score %.4f (the set's own metric, %d pages)%n",
                    set.name(),
                    set.score(texts),
                    pages.size());
            for (int i = 0; i < pages.size(); i++) {
                List<Unit> units = units(bodies.get(i), pages.get(i).url().getHost(), repeats);
                Predicate<String> text = goldTest(set, i);
                Predicate<String> extra = extraTest(set, i, text);
                List<String> listed = count(units, text, extra, sums);
                if (list)
                    for (String l : listed)
                        out.println(set.name() + "\t" + pages.get(i).id() + "\t" + l);
            }
            for (Map.Entry<String, double[]> e : sums.entrySet()) {
                double[] s = e.getValue();
                out.printf(
                        Locale.ROOT,
                        "%-7s %-30s %5d %7d   %.4f%n",
                        set.name(),
                        e.getKey(),
                        (long) s[0],
                        (long) s[1],
                        s[2] / Math.max(1, pages.size()));
            }
        }
        return 0;
    }

    /** One unit of the shipped body (a block, or one item of a list) and its kind. */
    record Unit(String text, String kind) {}

    private static List<Block> body(ExtractionOutcome outcome) {
        return outcome instanceof ExtractionOutcome.Extracted e ? e.article().body() : List.<Block>of();
    }

    /** How many pages of each host hold each paragraph text (key: host + text). */
    private static Map<String, Integer> repeatsPerHost(List<GoldPage> pages, List<List<Block>> bodies) {
        Map<String, Integer> n = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            String host = pages.get(i).url().getHost();
            bodies.get(i).stream().map(Block::text).distinct().forEach(t -> n.merge(host + "\n" + t, 1, Integer::sum));
        }
        return n;
    }

    /** The units of one page's body, each with its kind; {@code repeats} as {@link #repeatsPerHost}. */
    static List<Unit> units(List<Block> body, String host, Map<String, Integer> repeats) {
        List<Unit> units = new ArrayList<>();
        for (Block b : body) {
            switch (b) {
                case Block.ListBlock l -> l.items().forEach(item -> units.add(new Unit(item, "list-item")));
                case Block.Heading h -> units.add(new Unit(h.text(), "heading"));
                case Block.Quote q -> units.add(new Unit(q.text(), "quote"));
                case Block.Table t -> units.add(new Unit(t.text(), "table"));
                case Block.Paragraph p -> units.add(new Unit(p.text(), paragraphKind(p.text(), host, repeats)));
            }
        }
        return units;
    }

    private static String paragraphKind(String text, String host, Map<String, Integer> repeats) {
        if (repeats.getOrDefault(host + "\n" + text, 0) > 1) return "repeated-on-host";
        String t = text.strip();
        if (t.length() < SHORT_CHARS && !t.matches("(?s).*[.!?\u061f\u3002]['\"\u201d\u00bb)]?$")) return "short-line";
        return "paragraph";
    }

    private static Predicate<String> goldTest(DevSet set, int i) {
        if (set.kind() != DevSet.Kind.SNIPPETS)
            return BlockLabels.heldBy(set.pages().get(i).goldBody());
        SnippetEval.Entry e = set.snippets().get(i);
        return u -> BlockLabels.touches(SnippetEval.collapse(u), e.with());
    }

    private static Predicate<String> extraTest(DevSet set, int i, Predicate<String> text) {
        if (set.kind() != DevSet.Kind.SNIPPETS) return text.negate();
        SnippetEval.Entry e = set.snippets().get(i);
        return u -> BlockLabels.touches(SnippetEval.collapse(u), e.without());
    }

    /**
     * Adds a page's extra units to {@code sums} under "place kind", "all kind", "place *" and "all *"
     * (units, characters, share of the page's characters) and returns them as lines (place, kind,
     * share, text).
     */
    static List<String> count(
            List<Unit> units, Predicate<String> text, Predicate<String> extra, Map<String, double[]> sums) {
        List<String> listed = new ArrayList<>();
        long total = units.stream().mapToLong(u -> u.text().length()).sum();
        if (total == 0) return listed;
        int first = -1, last = -1;
        for (int j = 0; j < units.size(); j++) {
            if (text.test(units.get(j).text())) {
                if (first < 0) first = j;
                last = j;
            }
        }
        for (int j = 0; j < units.size(); j++) {
            Unit u = units.get(j);
            if (!extra.test(u.text())) continue;
            String place = first < 0 ? "inside" : j < first ? "leading" : j > last ? "trailing" : "inside";
            listed.add(String.format(
                    Locale.ROOT, "%s\t%s\t%.3f\t%s", place, u.kind(), u.text().length() / (double) total, u.text()));
            for (String key : List.of(place + " " + u.kind(), "all " + u.kind(), place + " *", "all *")) {
                double[] s = sums.computeIfAbsent(key, k -> new double[3]);
                s[0]++;
                s[1] += u.text().length();
                s[2] += u.text().length() / (double) total;
            }
        }
        return listed;
    }
}
