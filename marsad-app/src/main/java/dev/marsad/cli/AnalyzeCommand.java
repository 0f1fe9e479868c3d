package dev.marsad.cli;

import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.analyze.TrainedModels;
import dev.marsad.crawl.Page;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractionOutcome;
import dev.marsad.web.ApiArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad analyze}: analyses one HTML page (FILE or URL), a plain text ({@code -}: the first
 * non-blank line of standard input is the title, the rest the text), or JSON Lines on standard input
 * ({@code --jsonl}), with the trained models of the data folder when there are any.
 *
 * <p>A page prints it in the one JSON shape of an article ({@link ApiArticle}, as the API gives it;
 * the index's fields are null); a page that is not an article prints one line to stderr with the
 * reason and exits 2; a file or URL that cannot be read exits 1. Text and JSON Lines print {@link
 * TextAnalysisView}s, entity mentions with offsets into the text; a JSON line that cannot be
 * analysed prints an error object in its place, and the run exits 3 when any did, after every line.
 */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = "Analyse an HTML file or URL, a plain text on stdin (-), or JSON Lines on stdin (--jsonl).")
public final class AnalyzeCommand implements Callable<Integer> {

    /** Exit code for a page that was read but is not an article. */
    static final int REJECTED = 2;
    /** Exit code of a JSON Lines run in which some lines gave error objects. */
    static final int SOME_LINES_FAILED = 3;
    /** URI scheme of texts read without a url; such urls are not printed. */
    static final String TEXT_SCHEME = "urn";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE|URL|-",
            description = "an HTML file (may be .gz), an http(s) URL, or - for a plain text on stdin")
    String target;

    @Option(names = "--url", description = "the page URL to resolve links against (for files)")
    URI pageUrl;

    @Option(
            names = "--jsonl",
            description =
                    "read JSON Lines on stdin: {title, text, id?, url?, published?} per line; one result per line")
    boolean jsonl;

    @Option(
            names = "--workers",
            description = "threads analysing JSON lines (default: one per core)",
            defaultValue = "0")
    int workers;

    @Mixin
    AddressOption addresses;

    /** Where text and JSON Lines are read from; tests set their own. */
    InputStream stdin = System.in;

    @Mixin
    DataOption data;

    @Override
    public Integer call() throws IOException, InterruptedException {
        var analyzer = new ArticleAnalyzer(TrainedModels.load(data.directory().models()));
        PrintWriter out = spec.commandLine().getOut();
        if (jsonl) {
            if (target != null && !target.equals(TextInput.STDIN))
                throw new IllegalArgumentException("--jsonl reads standard input; remove '" + target + "'");
            var reader = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            int threads = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
            int failed = new JsonLinesAnalysis(analyzer, threads).run(reader, out);
            return failed == 0 ? 0 : SOME_LINES_FAILED;
        }
        if (target == null) throw new IllegalArgumentException("give a FILE, a URL, - (text on stdin) or --jsonl");
        if (target.equals(TextInput.STDIN)) return analyzeText(analyzer, out);
        return analyzePage(analyzer, out);
    }

    private int analyzeText(ArticleAnalyzer analyzer, PrintWriter out) {
        String all;
        try {
            all = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text from standard input", e);
        }
        String stripped = all.stripLeading();
        if (stripped.isEmpty()) throw new IllegalArgumentException("standard input holds no text");
        int newline = stripped.indexOf('\n');
        String title =
                newline < 0 ? stripped.strip() : stripped.substring(0, newline).strip();
        String text = newline < 0 ? "" : stripped.substring(newline + 1);
        var analysis = analyzer.analyzeText(title, text, Optional.empty(), URI.create(TEXT_SCHEME + ":line:1"));
        out.println(Json.pretty(TextAnalysisView.of(1, null, text, analysis)));
        return 0;
    }

    private int analyzePage(ArticleAnalyzer analyzer, PrintWriter out) {
        Page page = PageInputs.isUrl(target)
                ? PageInputs.fetch(target, addresses.allowed())
                : PageInputs.file(Path.of(target), Optional.ofNullable(pageUrl));
        ExtractionOutcome outcome = new ArticleExtractor().extract(page);
        return switch (outcome) {
            case ExtractionOutcome.Extracted e -> {
                out.println(Json.pretty(ApiArticle.analyzed(analyzer.analyze(e.article()))));
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
