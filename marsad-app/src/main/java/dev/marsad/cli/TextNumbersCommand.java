package dev.marsad.cli;

import dev.marsad.arabic.date.ArabicDateFinder;
import dev.marsad.arabic.number.Quantity;
import dev.marsad.arabic.number.QuantityFinder;
import dev.marsad.arabic.number.Span;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad text numbers TEXT [--json]}: the quantities of a text with their counted noun.
 * Numbers inside date expressions (found first with the date finder) are left out. With {@code
 * --json}, an array of {@code {text, value, unit, approximate}} ({@code unit} null when none).
 */
@Command(
        name = "numbers",
        mixinStandardHelpOptions = true,
        description = "Find quantities (number, counted noun, approximation) in Arabic text.")
final class TextNumbersCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TEXT", description = "The text, or - to read standard input.")
    String text;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** Standard input; tests put their own stream here. */
    InputStream stdin = System.in;

    @Override
    public Integer call() {
        String input = TextInput.read(text, stdin);
        // The reference does not matter here: only the spans of the date mentions are used.
        List<Span> dates = new ArabicDateFinder()
                .find(input, ZonedDateTime.now(ZoneOffset.UTC)).stream()
                        .map(m -> new Span(m.start(), m.end()))
                        .toList();
        List<Quantity> quantities = new QuantityFinder().find(input, dates);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(quantities));
        } else {
            for (Quantity q : quantities) {
                out.printf(
                        Locale.ROOT,
                        "%s\t%s\t%s\t%s%n",
                        q.text(),
                        q.value().toPlainString(),
                        q.unit().orElse("-"),
                        q.approximate() ? "approximate" : "exact");
            }
        }
        out.flush();
        return 0;
    }

    /** One line of the JSON output; {@code unit} is empty (null) when no counted noun follows. */
    record QuantityLine(String text, BigDecimal value, Optional<String> unit, boolean approximate) {}

    private static String toJson(List<Quantity> quantities) {
        return Json.pretty(quantities.stream()
                .map(q -> new QuantityLine(q.text(), q.value(), q.unit(), q.approximate()))
                .toList());
    }
}
