package dev.marsad.cli;

import dev.marsad.arabic.ArabicNormalizer;
import dev.marsad.arabic.text.AnalyzedText;
import dev.marsad.arabic.token.CliticSplitter;
import dev.marsad.arabic.token.Segmentation;
import dev.marsad.arabic.token.TokenType;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad text tokens [--json] TEXT}: one line per token with its normalised form, stem and
 * clitics, e.g. {@code وبالمفاوضات  0-11  ARABIC  وبالمفاوضات  مفاوض  و+ب+ال|مفاوضات|}.
 */
@Command(
        name = "tokens",
        mixinStandardHelpOptions = true,
        description = "Tokenise: token, offsets, type, normalised form, stem, clitics.")
final class TextTokensCommand implements Runnable {

    /** One row of the output; also its JSON shape. */
    record Row(
            String token,
            int start,
            int end,
            String type,
            String normalized,
            String stem,
            List<String> proclitics,
            String base,
            List<String> enclitics) {}

    @Spec
    CommandSpec spec;

    @Option(
            names = "--json",
            description =
                    "print a JSON array of {token, start, end, type, normalized, stem, proclitics, base, enclitics}")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "the text, or - for standard input")
    List<String> text;

    @Override
    public void run() {
        AnalyzedText analyzed = AnalyzedText.of(TextInput.read(text, System.in));
        List<Row> rows = IntStream.range(0, analyzed.size())
                .mapToObj(i -> row(analyzed, i))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(rows));
            return;
        }
        for (Row r : rows) {
            out.println(String.join(
                    "\t",
                    r.token(),
                    r.start() + "-" + r.end(),
                    r.type(),
                    r.normalized(),
                    r.stem(),
                    String.join("+", r.proclitics()) + "|" + r.base() + "|" + String.join("+", r.enclitics())));
        }
    }

    /** Token {@code i} of the analysed text: its form and stem as analysed, its clitics as written. */
    static Row row(AnalyzedText analyzed, int i) {
        String surface = analyzed.surface(i);
        String form = analyzed.form(i);
        TokenType type = analyzed.type(i);
        if (type != TokenType.ARABIC) {
            return new Row(
                    surface, analyzed.start(i), analyzed.end(i), type.name(), form, form, List.of(), form, List.of());
        }
        Segmentation s = CliticSplitter.DEFAULT.split(ArabicNormalizer.MATCHING.normalize(surface));
        return new Row(
                surface,
                analyzed.start(i),
                analyzed.end(i),
                type.name(),
                form,
                analyzed.stem(i),
                s.proclitics(),
                s.base(),
                s.enclitics());
    }
}
