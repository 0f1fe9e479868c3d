package dev.marsad.bench.extract;

import dev.marsad.crawl.Page;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractionOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One development set of the block model, scored by its own metric: aeb-scrapinghub half A only
 * (half B is the unseen part and is never read here), WCXB, trafilatura-eval, fundus-news,
 * arabic-news-html and the newspaper4k fixtures. Pages with a gold text carry it; trafilatura-eval
 * pages carry their with/without snippets instead.
 */
record DevSet(String name, Kind kind, List<GoldPage> pages, List<SnippetEval.Entry> snippets) {

    DevSet {
        Objects.requireNonNull(name, "name");
        pages = List.copyOf(pages);
        snippets = List.copyOf(snippets);
    }

    /** How a set is scored and which text of Marsad's it scores. */
    enum Kind {
        /** 4-shingle F1 of the reading text (aeb, np4k). */
        SHINGLES_READING,
        /** 4-shingle F1 of the body alone (fundus, arabic-news-html, as extract-fields scores them). */
        SHINGLES_BODY,
        /** Word-bag F1 of the reading text (WCXB). */
        WORDS,
        /** with/without snippet F of the reading text (trafilatura-eval). */
        SNIPPETS
    }

    /** The development sets found under {@code data}; absent ones are left out. */
    static List<DevSet> load(Path data) {
        List<DevSet> sets = new ArrayList<>();
        Path aeb = data.resolve("aeb-scrapinghub");
        if (Files.exists(aeb.resolve("ground-truth.json"))) {
            List<GoldPage> halfA = GoldFiles.scrapinghub(aeb).stream()
                    .filter(p -> Half.A.keeps(p.id()))
                    .toList();
            sets.add(new DevSet("aeb-A", Kind.SHINGLES_READING, halfA, List.of()));
        }
        Path wcxb = data.resolve("wcxb-articles");
        if (Files.exists(wcxb.resolve("ground-truth")))
            sets.add(new DevSet("wcxb", Kind.WORDS, GoldFiles.wcxb(wcxb), List.of()));
        Path traf = data.resolve("trafilatura-eval");
        if (Files.exists(traf.resolve("evaldata.json")))
            sets.add(new DevSet("traf", Kind.SNIPPETS, List.of(), SnippetEval.load(traf)));
        Path fundus = data.resolve("fundus-news");
        if (Files.exists(fundus.resolve("page-to-expected.json")))
            sets.add(new DevSet("fundus", Kind.SHINGLES_BODY, goldPages(fundus), List.of()));
        Path arabic = data.resolve("arabic-news-html");
        if (Files.exists(arabic.resolve("ground-truth.json")))
            sets.add(new DevSet("arabic", Kind.SHINGLES_BODY, goldPages(arabic), List.of()));
        Path np4k = data.resolve("newspaper4k-fixtures");
        if (Files.exists(np4k.resolve("txt")))
            sets.add(new DevSet("np4k", Kind.SHINGLES_READING, GoldFiles.newspaperFixtures(np4k), List.of()));
        return sets;
    }

    private static List<GoldPage> goldPages(Path dir) {
        return FieldSets.read(dir).stream()
                .map(FieldGold::page)
                .filter(p -> !p.goldBody().isBlank())
                .toList();
    }

    /** The set's pages in scoring order: the gold pages, or the snippet pages. */
    List<GoldPage> allPages() {
        return kind == Kind.SNIPPETS
                ? snippets.stream().map(SnippetEval.Entry::page).toList()
                : pages;
    }

    /** The set's score with {@code extractor}: F1 (or snippet F) by the set's own metric. */
    double score(ArticleExtractor extractor) {
        return score(allPages().stream().map(p -> text(extractor, p)).toList());
    }

    /** The set's score for {@code texts}, one per page of {@link #allPages()} in order. */
    double score(List<String> texts) {
        if (kind == Kind.SNIPPETS) return snippetF(snippets, texts);
        List<String> gold = pages.stream().map(GoldPage::goldBody).toList();
        return ScrapinghubEval.score(metric(), gold, texts).f1();
    }

    /**
     * The score of page {@code i} of {@link #allPages()} alone, for {@code text}: F1 by the set's
     * metric, or for snippets the share of the page's snippets judged right (a page has a few, often
     * of one kind only, where an F would be 0 or undefined).
     */
    double pageScore(int i, String text) {
        if (kind == Kind.SNIPPETS) {
            SnippetEval.Entry e = snippets.get(i);
            String t = SnippetEval.collapse(text);
            long right = e.with().stream()
                            .filter(s -> !t.isEmpty() && t.contains(SnippetEval.collapse(s)))
                            .count()
                    + e.without().stream()
                            .filter(s -> t.isEmpty() || !t.contains(SnippetEval.collapse(s)))
                            .count();
            return right / (double) Math.max(1, e.with().size() + e.without().size());
        }
        return ScrapinghubEval.score(metric(), List.of(pages.get(i).goldBody()), List.of(text))
                .f1();
    }

    private ScrapinghubEval.Metric metric() {
        return kind == Kind.WORDS ? ScrapinghubEval.Metric.WORDS : ScrapinghubEval.Metric.SHINGLES;
    }

    private static double snippetF(List<SnippetEval.Entry> entries, List<String> texts) {
        int tp = 0, fn = 0, fp = 0;
        for (int i = 0; i < entries.size(); i++) {
            SnippetEval.Entry e = entries.get(i);
            String text = SnippetEval.collapse(texts.get(i));
            for (String s : e.with())
                if (!text.isEmpty() && text.contains(SnippetEval.collapse(s))) tp++;
                else fn++;
            for (String s : e.without()) if (!text.isEmpty() && text.contains(SnippetEval.collapse(s))) fp++;
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The text of {@code page} that this set scores; "" for a rejected page. */
    String text(ArticleExtractor extractor, GoldPage page) {
        return text(extractor.extract(Page.of(page.url(), page.html(), "text/html")));
    }

    /** The text of an outcome that this set scores; "" for a rejection. */
    String text(ExtractionOutcome outcome) {
        if (!(outcome instanceof ExtractionOutcome.Extracted e)) return "";
        return kind == Kind.SHINGLES_BODY
                ? e.article().plainText()
                : e.article().readingText();
    }
}
