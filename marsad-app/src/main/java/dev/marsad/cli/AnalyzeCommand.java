package dev.marsad.cli;

import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.crawl.Page;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractionOutcome;
import dev.marsad.web.ApiArticle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code marsad analyze FILE|URL}: extracts and analyses one page and prints it in the one JSON
 * shape of an article ({@link ApiArticle}, as the API gives it): title, published, source, body,
 * embeds, relatedLinks, tags, dates, quantities, entities and more; the index's fields are null. A page that is not an article prints one line to stderr with
 * the reason and exits 2; a file or URL that cannot be read exits 1.
 */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = "Extract and analyse one HTML file or URL; print tags, entities, dates, quantities as JSON.")
public final class AnalyzeCommand implements Callable<Integer> {

    /** Exit code for a page that was read but is not an article. */
    static final int REJECTED = 2;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    PageTarget target;

    @Override
    public Integer call() {
        Page page = target.read();
        ExtractionOutcome outcome = new ArticleExtractor().extract(page);
        return switch (outcome) {
            case ExtractionOutcome.Extracted e -> {
                var analyzed = new ArticleAnalyzer().analyze(e.article());
                spec.commandLine().getOut().println(Json.pretty(ApiArticle.analyzed(analyzed)));
                yield 0;
            }
            case ExtractionOutcome.Rejected r -> {
                spec.commandLine()
                        .getErr()
                        .println("marsad analyze: " + target + ": not an article: " + r.reason() + " (" + r.detail()
                                + ")");
                yield REJECTED;
            }
        };
    }
}
