package dev.marsad.cli;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.crawl.Page;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractionOutcome;
import dev.marsad.link.ArticleLinker;
import dev.marsad.link.LinkResult;
import java.util.Objects;

/**
 * One page through the stages after crawling: extract → analyze → link (which stores it). Not
 * thread-safe, as linking is not: pages go through one at a time.
 */
final class PagePipeline {

    /**
     * Why a page with text but no publication date is not kept: news articles state when they
     * were published (metadata, JSON-LD, a time element or a visible date line), while "about us"
     * pages, section fronts and other site pages do not, and an undated page would sort as the
     * newest story of all.
     */
    static final String NO_DATE =
            "no publication date: a news article states one (about pages and section fronts do not)";

    private final ArticleExtractor extractor;
    private final ArticleAnalyzer analyzer;
    private final ArticleLinker linker;
    private final SiteNames siteNames;

    PagePipeline(ArticleExtractor extractor, ArticleAnalyzer analyzer, ArticleLinker linker, SiteNames siteNames) {
        this.extractor = extractor;
        this.analyzer = analyzer;
        this.linker = linker;
        this.siteNames = siteNames;
    }

    /** What became of one page. */
    sealed interface Result {}

    /** The page was an article and is stored. */
    record Stored(LinkResult link) implements Result {
        Stored {
            Objects.requireNonNull(link, "link");
        }
    }

    /** The page gave no article. */
    record Rejected(ExtractionOutcome.RejectReason reason, String detail) implements Result {
        Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    Result process(Page page) {
        return switch (extractor.extract(page)) {
            case ExtractionOutcome.Rejected rejected -> new Rejected(rejected.reason(), rejected.detail());
            case ExtractionOutcome.Extracted extracted
            when extracted.article().published().isEmpty() ->
                new Rejected(ExtractionOutcome.RejectReason.NOT_AN_ARTICLE, NO_DATE);
            case ExtractionOutcome.Extracted extracted -> {
                AnalyzedArticle analyzed = analyzer.analyze(siteNames.name(extracted.article()));
                yield new Stored(linker.link(analyzed));
            }
        };
    }
}
