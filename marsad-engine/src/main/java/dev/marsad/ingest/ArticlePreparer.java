package dev.marsad.ingest;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.crawl.Capture;
import dev.marsad.crawl.Hints;
import dev.marsad.extract.Article;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractionOutcome;
import dev.marsad.extract.TimePrecision;
import dev.marsad.extract.WorkBudget;
import java.util.Objects;
import java.util.Optional;

/**
 * The pure half of the pipeline: extract and analyze one capture. Safe for use by many threads at
 * once (the extractor and the analyzer are).
 */
final class ArticlePreparer {

    /**
     * Why a page with text but no publication date is not kept: news articles state when they were
     * published (metadata, JSON-LD, a time element, a visible date line, or the feed that listed
     * them), while "about us" pages, section fronts and other site pages do not, and an undated page
     * would sort as the newest story of all.
     */
    static final String NO_DATE =
            "no publication date: a news article states one (about pages and section fronts do not)";

    /** What preparing one capture gave: an analysed article ready to link, or the verdict already. */
    sealed interface Prepared {
        record Ready(AnalyzedArticle article) implements Prepared {}

        record Done(Verdict verdict) implements Prepared {}
    }

    private final ArticleExtractor extractor;
    private final ArticleAnalyzer analyzer;
    private final WorkBudget.Limits budget;

    /** A preparer that gives each page {@link WorkBudget#PAGE} for extract and analyze together. */
    ArticlePreparer(ArticleExtractor extractor, ArticleAnalyzer analyzer) {
        this(extractor, analyzer, WorkBudget.PAGE);
    }

    ArticlePreparer(ArticleExtractor extractor, ArticleAnalyzer analyzer, WorkBudget.Limits budget) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    /**
     * 1. extract the article; 2. name it after the capture's source when the page states no site
     * name, and date it by the listing when the page states no date; 3. reject it when it is still
     * undated; 4. analyze it. A stage that throws gives a {@link Verdict.Failed} naming the error;
     * a page that runs over its budget (both stages share one) is rejected as {@link
     * Verdict.Reason#OVER_BUDGET} by the stage it ran out in.
     */
    Prepared prepare(Capture capture) {
        WorkBudget spent = WorkBudget.start(budget);
        ExtractionOutcome outcome;
        try {
            outcome = extractor.extract(capture.page(), spent); // 1
        } catch (RuntimeException | StackOverflowError e) {
            return failed(capture, Verdict.Stage.EXTRACT, e);
        }
        Article article;
        switch (outcome) {
            case ExtractionOutcome.Rejected r -> {
                return rejection(capture, r);
            }
            case ExtractionOutcome.Extracted e -> article = withCrawlKnowledge(e.article(), capture); // 2
        }
        if (article.published().isEmpty()) // 3
        return new Prepared.Done(new Verdict.Rejected(
                capture.page().url(), Verdict.Stage.EXTRACT, Verdict.Reason.NOT_AN_ARTICLE, NO_DATE));
        try {
            return new Prepared.Ready(analyzer.analyze(article, spent)); // 4
        } catch (WorkBudget.OverBudget e) {
            return new Prepared.Done(new Verdict.Rejected(
                    capture.page().url(), Verdict.Stage.ANALYZE, Verdict.Reason.OVER_BUDGET, e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return failed(capture, Verdict.Stage.ANALYZE, e);
        }
    }

    /**
     * The article with what the crawl knew: a page that names no site (or only its host) takes its
     * source's name, so that stories count publishers, not hosts; a page that states no date takes
     * the date its feed or news sitemap gave (a date alone, as a news sitemap may give it, stays a
     * date with no time of day), and a page that states only a date takes the listing's time of day
     * when the listing's time falls on that date (UTC): it is the same publication, known more
     * exactly.
     */
    static Article withCrawlKnowledge(Article article, Capture capture) {
        Article named = article;
        String host = article.url().getHost();
        boolean unnamed = article.siteName().isEmpty()
                || (host != null && article.siteName().get().equalsIgnoreCase(host));
        if (unnamed && capture.sourceName().isPresent())
            named = named.withSiteName(capture.sourceName().get());
        Hints hints = capture.hints();
        Optional<java.time.Instant> listed = hints.published();
        if (listed.isEmpty()) return named;
        if (named.published().isEmpty())
            return named.withPublished(listed.get(), hints.dayOnly() ? TimePrecision.DAY : TimePrecision.TIME);
        if (!hints.dayOnly() && isSameDayMoreExactly(named, listed.get())) return named.withPublished(listed.get());
        return named;
    }

    /** Whether the page gave only a date and {@code listed} is a time on that date (UTC). */
    private static boolean isSameDayMoreExactly(Article article, java.time.Instant listed) {
        return article.publishedPrecision() == TimePrecision.DAY
                && article.published()
                        .map(p -> p.atZone(java.time.ZoneOffset.UTC).toLocalDate())
                        .filter(listed.atZone(java.time.ZoneOffset.UTC).toLocalDate()::equals)
                        .isPresent();
    }

    private static Prepared rejection(Capture capture, ExtractionOutcome.Rejected r) {
        if (r.reason() == ExtractionOutcome.RejectReason.EXTRACTOR_FAILURE)
            return new Prepared.Done(new Verdict.Failed(capture.page().url(), Verdict.Stage.EXTRACT, r.detail()));
        Verdict.Reason reason = Verdict.Reason.valueOf(r.reason().name());
        return new Prepared.Done(new Verdict.Rejected(capture.page().url(), Verdict.Stage.EXTRACT, reason, r.detail()));
    }

    private static Prepared failed(Capture capture, Verdict.Stage stage, Throwable e) {
        return new Prepared.Done(new Verdict.Failed(capture.page().url(), stage, e.toString()));
    }
}
