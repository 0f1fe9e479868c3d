package dev.marsad.cli;

import dev.marsad.crawl.Page;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractionOutcome;
import dev.marsad.web.ApiArticle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad extract FILE|URL}: reads one page and prints its article in the one JSON shape of
 * an article ({@link ApiArticle}, as the API gives it; dates in ISO-8601, absent values as null,
 * the analysis and the index's fields null). A page that is not an article prints one line to stderr with
 * the reason and exits 2; a file or URL that cannot be read exits 1.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Extract the article of one HTML file or URL and print it as JSON.")
public final class ExtractCommand implements Callable<Integer> {

    /** Exit code for a page that was read but is not an article. */
    static final int REJECTED = 2;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    PageTarget target;

    @Option(names = "--warnings", description = "also print what was odd about the page to stderr")
    boolean warnings;

    @Override
    public Integer call() {
        Page page = target.read();
        ExtractionOutcome outcome = new ArticleExtractor().extract(page);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        return switch (outcome) {
            case ExtractionOutcome.Extracted e -> {
                out.println(Json.pretty(ApiArticle.extracted(e.article())));
                if (warnings) e.warnings().forEach(w -> err.println("marsad extract: warning: " + w));
                yield 0;
            }
            case ExtractionOutcome.Rejected r -> {
                err.println("marsad extract: " + target + ": not an article: " + r.reason() + " (" + r.detail() + ")");
                yield REJECTED;
            }
        };
    }
}
