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

    /** The set's score with {@code extractor}: F1 (or snippet F) by the set's own metric. */
    double score(ArticleExtractor extractor) {
        if (kind == Kind.SNIPPETS) {
            int tp = 0, fn = 0, fp = 0;
            for (SnippetEval.Entry e : snippets) {
                String text = SnippetEval.collapse(text(extractor, e.page()));
                for (String s : e.with())
                    if (!text.isEmpty() && text.contains(SnippetEval.collapse(s))) tp++;
                    else fn++;
                for (String s : e.without()) if (!text.isEmpty() && text.contains(SnippetEval.collapse(s))) fp++;
            }
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (GoldPage page : pages) {
            gold.add(page.goldBody());
            predicted.add(text(extractor, page));
        }
        return ScrapinghubEval.score(
                        kind == Kind.WORDS ? ScrapinghubEval.Metric.WORDS : ScrapinghubEval.Metric.SHINGLES,
                        gold,
                        predicted)
                .f1();
    }

    /** The text of {@code page} that this set scores; "" for a rejected page. */
    String text(ArticleExtractor extractor, GoldPage page) {
        ExtractionOutcome outcome = extractor.extract(Page.of(page.url(), page.html(), "text/html"));
        if (!(outcome instanceof ExtractionOutcome.Extracted e)) return "";
        return kind == Kind.SHINGLES_BODY
                ? e.article().plainText()
                : e.article().readingText();
    }
}
