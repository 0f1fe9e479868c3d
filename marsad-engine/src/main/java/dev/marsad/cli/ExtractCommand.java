package dev.marsad.cli;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.marsad.crawl.Page;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.Block;
import dev.marsad.extract.ExtractionOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad extract FILE|URL}: reads one page and prints its article as JSON (dates in
 * ISO-8601, absent values as null). A page that is not an article prints one line to stderr with
 * the reason and exits 2; a file or URL that cannot be read exits 1.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Extract the article of one HTML file or URL and print it as JSON.")
public final class ExtractCommand implements Callable<Integer> {

    /** How long fetching a URL may take. */
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);

    /** Exit code for a page that was read but is not an article. */
    static final int REJECTED = 2;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|URL", description = "an HTML file (may be .gz) or an http(s) URL")
    String target;

    @Option(names = "--url", description = "the page URL to resolve links against (for files)")
    URI pageUrl;

    @Option(names = "--warnings", description = "also print what was odd about the page to stderr")
    boolean warnings;

    @Override
    public Integer call() {
        Page page = PageInputs.isUrl(target)
                ? PageInputs.fetch(target)
                : PageInputs.file(Path.of(target), Optional.ofNullable(pageUrl));
        ExtractionOutcome outcome = new ArticleExtractor().extract(page);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        return switch (outcome) {
            case ExtractionOutcome.Extracted e -> {
                out.println(json(e.article()));
                if (warnings) e.warnings().forEach(w -> err.println("marsad extract: warning: " + w));
                yield 0;
            }
            case ExtractionOutcome.Rejected r -> {
                err.println("marsad extract: " + target + ": not an article: " + r.reason() + " (" + r.detail() + ")");
                yield REJECTED;
            }
        };
    }

    /** The JSON form of any extract record, as printed by this command. */
    static String json(Object value) {
        try {
            return mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }

    static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addMixIn(Block.class, BlockTypes.class);
    }

    /** Names each body block's kind in the JSON ("type": "paragraph"). */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
        @JsonSubTypes.Type(value = Block.ListBlock.class, name = "list"),
        @JsonSubTypes.Type(value = Block.Quote.class, name = "quote"),
        @JsonSubTypes.Type(value = Block.Table.class, name = "table")
    })
    private interface BlockTypes {}
}
