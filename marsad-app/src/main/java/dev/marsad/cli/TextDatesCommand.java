package dev.marsad.cli;

import dev.marsad.arabic.date.ArabicDateFinder;
import dev.marsad.arabic.date.Bias;
import dev.marsad.arabic.date.DateMention;
import dev.marsad.arabic.date.WeekdayCheck;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
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
 * {@code marsad text dates TEXT --ref ISO-INSTANT [--json]}: the date and time expressions of a
 * text, resolved against the reference. With {@code --json}, an array of {@code {text, start, end,
 * date, until, grain, weekdayConsistent}} ({@code weekdayConsistent} is null when no weekday was
 * written beside a date).
 */
@Command(
        name = "dates",
        mixinStandardHelpOptions = true,
        description = "Find date and time expressions in Arabic text and resolve them against a reference instant.")
final class TextDatesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TEXT", description = "The text, or - to read standard input.")
    String text;

    @Option(
            names = "--ref",
            paramLabel = "ISO-INSTANT",
            description = "Reference instant, e.g. 2023-09-20T00:00Z (default: now, UTC).")
    String reference;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Option(
            names = "--bias",
            description =
                    "How to complete dates without year or bare weekdays: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Bias bias = Bias.NEAREST;

    @Spec
    CommandSpec spec;

    /** Standard input; tests put their own stream here. */
    InputStream stdin = System.in;

    @Override
    public Integer call() {
        ZonedDateTime ref = TextInput.reference(reference);
        List<DateMention> mentions = new ArabicDateFinder(bias).find(TextInput.read(text, stdin), ref);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(mentions));
        } else {
            for (DateMention m : mentions) {
                out.printf(
                        Locale.ROOT,
                        "%d-%d\t%s\t%s\t%s\t%s%n",
                        m.start(),
                        m.end(),
                        m.text(),
                        format(m.from()),
                        m.grain().name().toLowerCase(Locale.ROOT),
                        m.weekdayCheck().name().toLowerCase(Locale.ROOT));
            }
        }
        out.flush();
        return 0;
    }

    /** One line of the JSON output; {@code weekdayConsistent} is empty (null) when no weekday was checked. */
    record DateLine(
            String text,
            int start,
            int end,
            String date,
            String until,
            String grain,
            Optional<Boolean> weekdayConsistent) {}

    private static String toJson(List<DateMention> mentions) {
        return Json.pretty(mentions.stream()
                .map(m -> new DateLine(
                        m.text(),
                        m.start(),
                        m.end(),
                        format(m.from()),
                        format(m.until()),
                        m.grain().name().toLowerCase(Locale.ROOT),
                        m.weekdayCheck() == WeekdayCheck.NOT_STATED
                                ? Optional.empty()
                                : Optional.of(m.weekdayCheck() == WeekdayCheck.CONSISTENT)))
                .toList());
    }

    /** ISO 8601 with offset (2023-09-20T10:00+03:00); the zone id is left out, the offset is what matters. */
    private static String format(ZonedDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
