package dev.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.crawl.Capture;
import dev.marsad.crawl.Page;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractionOutcome;
import dev.marsad.extract.WorkBudget;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, bounds on analysis: a page that is too large, or that runs over its budget, is
 * rejected with a typed reason by the stage that gave up on it. No timing: the budgets here are
 * ones no page can meet (one byte of allocation) or every page meets.
 */
class PageBudgetTest {

    private static final URI URL = URI.create("https://budget.example/news/1");
    private static final WorkBudget.Limits ONE_BYTE = new WorkBudget.Limits(Duration.ofHours(1), 1);

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

    /** A dated article page of {@code paragraphs} short paragraphs. */
    private static Capture page(int paragraphs) {
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>أسعار القمح</title>"
                + "<meta property=\"article:published_time\" content=\"2023-09-20T10:00:00Z\"></head><body><article>");
        for (int i = 0; i < paragraphs; i++)
            html.append("<p>قال التجار في سوق الحبوب إن أسعار القمح ارتفعت في الأسبوع رقم ")
                    .append(i)
                    .append(" بنسبة طفيفة.</p>");
        html.append("</article></body></html>");
        return Capture.of(Page.of(URL, html.toString().getBytes(StandardCharsets.UTF_8), "text/html"));
    }

    private static Verdict.Rejected rejected(ArticlePreparer.Prepared prepared) {
        assertThat(prepared).isInstanceOf(ArticlePreparer.Prepared.Done.class);
        Verdict verdict = ((ArticlePreparer.Prepared.Done) prepared).verdict();
        assertThat(verdict).isInstanceOf(Verdict.Rejected.class);
        return (Verdict.Rejected) verdict;
    }

    @Test
    void rejectsFortyThousandShortParagraphsAsTooLargeBeforeAnalysis() {
        Verdict.Rejected r = rejected(new ArticlePreparer(extractor, analyzer).prepare(page(40_000)));
        assertThat(r.stage()).isEqualTo(Verdict.Stage.EXTRACT);
        assertThat(r.reason()).isEqualTo(Verdict.Reason.TOO_LARGE);
        assertThat(r.detail()).contains("40000 paragraphs");
    }

    @Test
    void rejectsBodyOfMoreBlocksThanAreAnalysed() {
        Verdict.Rejected r = rejected(new ArticlePreparer(extractor, analyzer).prepare(page(2_500)));
        assertThat(r.reason()).isEqualTo(Verdict.Reason.TOO_LARGE);
        assertThat(r.detail()).contains("blocks");
    }

    @Test
    void keepsAnOrdinaryPageWithinTheDefaultBudget() {
        assertThat(new ArticlePreparer(extractor, analyzer).prepare(page(30)))
                .isInstanceOf(ArticlePreparer.Prepared.Ready.class);
    }

    @Test
    void rejectsPageOverItsBudgetWithTheReasonAndStep() {
        Verdict.Rejected r = rejected(new ArticlePreparer(extractor, analyzer, ONE_BYTE).prepare(page(30)));
        assertThat(r.stage()).isEqualTo(Verdict.Stage.EXTRACT);
        assertThat(r.reason()).isEqualTo(Verdict.Reason.OVER_BUDGET);
        assertThat(r.detail()).contains("memory budget", "extract:");
    }

    @Test
    void analysisStopsWhenItsBudgetRunsOut() {
        var outcome = extractor.extract(page(30).page());
        assertThat(outcome).isInstanceOf(ExtractionOutcome.Extracted.class);
        var article = ((ExtractionOutcome.Extracted) outcome).article();
        assertThatThrownBy(() -> analyzer.analyze(article, WorkBudget.start(ONE_BYTE)))
                .isInstanceOf(WorkBudget.OverBudget.class)
                .hasMessageContaining("analyze: paragraph 1 of 30");
    }
}
