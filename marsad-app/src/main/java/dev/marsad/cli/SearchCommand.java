package dev.marsad.cli;

import dev.marsad.index.IndexLocation;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import dev.marsad.web.ApiJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jsoup.parser.Parser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad search QUERY}: searches the stored articles from the command line. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Search the stored articles (any spelling: قره باخ also finds كاراباخ).")
final class SearchCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "QUERY",
            description = "Words to find; empty lists the latest.")
    String text = "";

    @Mixin
    DataOption data;

    @Option(names = "--from", description = "First publication day, like 2023-09-20.")
    String from;

    @Option(names = "--to", description = "Last publication day, like 2023-09-30.")
    String to;

    @Option(names = "--source", description = "Only this site or original source.")
    String source;

    @Option(names = "--tag", description = "Only articles with this tag key.")
    String tag;

    @Option(names = "--page", defaultValue = "1", description = "Result page, from 1.")
    int page;

    @Option(names = "--size", defaultValue = "10", description = "Hits per page (1-100).")
    int size;

    @Option(
            names = "--sort",
            defaultValue = "relevance",
            description = "relevance (best match first), newest or oldest.")
    String sort;

    @Option(names = "--copies", description = "List copies of other articles too.")
    boolean copies;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        IndexLocation location = data.directory().indexLocation();
        if (location.isEmbedded() && !Files.isDirectory(Path.of(location.address())))
            throw new IllegalArgumentException(
                    "no index in " + data.directory().root() + ": run 'marsad demo' or 'marsad ingest' first");
        var query = new SearchQuery(
                text,
                day("--from", from),
                day("--to", to),
                Optional.ofNullable(source),
                Optional.ofNullable(tag),
                Optional.empty(),
                Optional.empty(),
                copies,
                page,
                size,
                SearchQuery.Order.ofKey(sort.strip()));
        try (var index = location.open(IndexLocation.Access.READ_ONLY)) {
            SearchResult result = index.searchAndSuggest(query);
            PrintWriter out = spec.commandLine().getOut();
            // the body of GET /api/search: the list shape, an article summary and snippet per hit
            if (json) out.println(Json.pretty(ApiJson.search(result)));
            else print(result, out);
        } catch (UncheckedIOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return 0;
    }

    private static void print(SearchResult result, PrintWriter out) {
        out.printf(
                java.util.Locale.ROOT,
                "%d articles match; page %d of %d%n",
                result.total(),
                result.query().page(),
                Math.max(1, result.pageCount()));
        if (result.relaxed())
            out.println("no article holds every word; these hold most of them (each with the word it lacks)");
        result.suggestion().ifPresent(s -> out.println("did you mean: " + s));
        for (SearchResult.Hit hit : result.hits()) {
            var article = hit.article();
            String day = article.published()
                    .map(p -> p.atZone(ZoneOffset.UTC).toLocalDate().toString())
                    .orElse("----------");
            out.printf(java.util.Locale.ROOT, "%n%s  %s  [%s]%n", day, article.title(), article.site());
            if (!hit.missing().isEmpty()) out.println("    lacks: " + String.join(" ", hit.missing()));
            out.println("    "
                    + Parser.unescapeEntities(
                            hit.snippet().replace("<mark>", "«").replace("</mark>", "»"), false));
            out.println("    " + article.url());
        }
    }

    static Optional<LocalDate> day(String option, String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + option + "' must be a date like 2023-09-20, got '" + value + "'");
        }
    }
}
