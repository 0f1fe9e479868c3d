package dev.marsad.bench.extract;

import dev.marsad.crawl.Page;
import dev.marsad.extract.Article;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractionOutcome;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench extract-peers}: whether an independent extractor's choice is a precision
 * signal for Marsad's body, on the development sets only (aeb-scrapinghub's half B is never read).
 * Every paragraph Marsad keeps is labelled from the gold as {@link BlockLabels} labels training
 * blocks, and as kept or dropped by each peer (held by the peer's text by the same trigram rule).
 * It prints, per set and place in the body (the first {@link #LEAD} paragraphs, the last {@link
 * #TRAIL}, the rest), how many of the gold's non-text paragraphs the peer drops against how many of
 * its text paragraphs, and the set's score when the edge runs a peer drops are cut, against Marsad
 * alone, in the same run.
 */
@Command(
        name = "extract-peers",
        mixinStandardHelpOptions = true,
        description = "Peers' agreement as a precision signal on Marsad's body, development sets only.")
public final class ExtractPeers implements Callable<Integer> {

    /** Paragraphs counted as the body's leading edge. */
    static final int LEAD = 3;

    /** Paragraphs counted as the body's trailing edge. */
    static final int TRAIL = 5;

    /** An edge run that a rule cuts holds at most this share of the body's characters. */
    static final double MAX_RUN_SHARE = 0.4;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataFolder data;

    @Option(
            names = "--min-overlap",
            description = "a peer counts only on pages where it keeps at least this share of Marsad's"
                    + " characters (default: ${DEFAULT-VALUE})",
            defaultValue = "0.5")
    double minOverlap;

    /** How a rule combines the peers' verdicts on a paragraph. */
    enum Vote {
        BOILERPIPE,
        READABILITY,
        BOTH_DROP,
        EITHER_DROPS
    }

    /** One paragraph of Marsad's body: its gold label (null: unlabelled) and the peers' verdicts. */
    record Para(String text, Boolean content, boolean boilerpipeKeeps, boolean readabilityKeeps) {
        boolean dropped(Vote vote) {
            return switch (vote) {
                case BOILERPIPE -> !boilerpipeKeeps;
                case READABILITY -> !readabilityKeeps;
                case BOTH_DROP -> !boilerpipeKeeps && !readabilityKeeps;
                case EITHER_DROPS -> !boilerpipeKeeps || !readabilityKeeps;
            };
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ArticleExtractor marsad = new ArticleExtractor();
        BodyExtractor boilerpipe = new BodyExtractor.Boilerpipe();
        BodyExtractor readability = new BodyExtractor.Readability4J();
        out.println("set     place  vote         not-text dropped  text dropped  (paragraphs, words)");
        for (DevSet set : DevSet.load(data.data)) {
            List<List<Para>> pages = new ArrayList<>();
            for (int i = 0; i < set.allPages().size(); i++) {
                GoldPage page = set.allPages().get(i);
                List<String> paras = paragraphs(marsad, page);
                Predicate<String> bp = peer(boilerpipe.body(page), paras);
                Predicate<String> rd = peer(readability.body(page), paras);
                Predicate<String> inGold = set.kind() == DevSet.Kind.SNIPPETS
                        ? null
                        : BlockLabels.heldBy(set.pages().get(i).goldBody());
                List<Para> list = new ArrayList<>();
                for (String p : paras) list.add(new Para(p, label(set, i, inGold, p), bp.test(p), rd.test(p)));
                pages.add(list);
            }
            confusion(out, set.name(), pages);
            rules(out, set, pages);
        }
        return 0;
    }

    private static List<String> paragraphs(ArticleExtractor marsad, GoldPage page) {
        ExtractionOutcome o = marsad.extract(Page.of(page.url(), page.html(), "text/html"));
        return o instanceof ExtractionOutcome.Extracted e ? e.article().paragraphs() : List.of();
    }

    /**
     * Whether the peer keeps a paragraph; a peer that keeps less than {@code --min-overlap} of
     * Marsad's characters chose another part of the page and keeps every paragraph (no verdict).
     */
    private Predicate<String> peer(String text, List<String> paras) {
        Predicate<String> held = BlockLabels.heldBy(text);
        long all = 0, kept = 0;
        for (String p : paras) {
            all += p.length();
            if (held.test(p)) kept += p.length();
        }
        if (all == 0 || kept < minOverlap * all) return p -> true;
        return held;
    }

    private static Boolean label(DevSet set, int i, Predicate<String> inGold, String para) {
        if (inGold != null) return inGold.test(para);
        SnippetEval.Entry e = set.snippets().get(i);
        String text = SnippetEval.collapse(para);
        boolean in = BlockLabels.touches(text, e.with());
        boolean out = BlockLabels.touches(text, e.without());
        return in == out ? null : in;
    }

    private static void confusion(PrintWriter out, String set, List<List<Para>> pages) {
        for (String place : List.of("lead", "trail", "inside")) {
            for (Vote vote : Vote.values()) {
                long[] c = new long[8];
                for (List<Para> page : pages)
                    for (int j = 0; j < page.size(); j++) {
                        Para p = page.get(j);
                        if (p.content() == null || !place.equals(place(j, page.size()))) continue;
                        int base = p.content() ? 4 : 0;
                        long words = BodyMetrics.tokens(p.text()).size();
                        c[base]++;
                        c[base + 1] += words;
                        if (p.dropped(vote)) {
                            c[base + 2]++;
                            c[base + 3] += words;
                        }
                    }
                out.printf(
                        Locale.ROOT,
                        "%-7s %-6s %-12s %4d/%-4d %6d/%-6d  %5d/%-5d %7d/%-7d%n",
                        set,
                        place,
                        vote,
                        c[2],
                        c[0],
                        c[3],
                        c[1],
                        c[6],
                        c[4],
                        c[7],
                        c[5]);
            }
        }
    }

    private static String place(int j, int size) {
        if (j < LEAD) return "lead";
        if (j >= size - TRAIL) return "trail";
        return "inside";
    }

    /** Where a rule cuts what the peers drop. */
    enum Cut {
        /** the trailing run of paragraphs the vote drops */
        TRAIL,
        /** the trailing and the leading run */
        EDGES,
        /** every paragraph the vote drops */
        ANYWHERE,
        /** every paragraph the vote drops that the gold leaves out: what the signal gives at most */
        CEILING
    }

    private static void rules(PrintWriter out, DevSet set, List<List<Para>> pages) {
        double base = set.score(texts(pages, null, null));
        out.printf(Locale.ROOT, "%-7s marsad %.4f%n", set.name(), base);
        for (Vote vote : Vote.values()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-7s %-12s", set.name(), vote));
            for (Cut cut : Cut.values())
                line.append(String.format(Locale.ROOT, "  %s %+.4f", cut, set.score(texts(pages, vote, cut)) - base));
            out.println(line);
        }
    }

    /** Each page's text, with what {@code vote} drops cut as {@code cut} says (none when null). */
    static List<String> texts(List<List<Para>> pages, Vote vote, Cut cut) {
        List<String> texts = new ArrayList<>();
        for (List<Para> page : pages) {
            List<Para> kept = page;
            if (cut == Cut.ANYWHERE || cut == Cut.CEILING) {
                kept = page.stream()
                        .filter(p -> !p.dropped(vote) || cut == Cut.CEILING && !Boolean.FALSE.equals(p.content()))
                        .toList();
                if (kept.isEmpty()) kept = page;
            } else if (cut != null) {
                long all = page.stream().mapToLong(p -> p.text().length()).sum();
                int to = page.size() - run(page, vote, all, true);
                int from = cut == Cut.EDGES ? run(page.subList(0, to), vote, all, false) : 0;
                kept = page.subList(from, Math.max(from, to));
            }
            texts.add(String.join(
                    Article.PARAGRAPH_SEPARATOR, kept.stream().map(Para::text).toList()));
        }
        return texts;
    }

    /** The length of the longest edge run the vote drops, within the edge and share limits. */
    private static int run(List<Para> page, Vote vote, long all, boolean trailing) {
        int limit = Math.min(trailing ? TRAIL : LEAD, page.size() - 1);
        int n = 0;
        long chars = 0;
        while (n < limit) {
            Para p = page.get(trailing ? page.size() - 1 - n : n);
            if (!p.dropped(vote) || chars + p.text().length() > MAX_RUN_SHARE * all) break;
            chars += p.text().length();
            n++;
        }
        return n;
    }
}
