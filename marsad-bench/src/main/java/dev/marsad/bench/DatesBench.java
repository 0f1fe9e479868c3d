package dev.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.arabic.date.ArabicDateFinder;
import dev.marsad.arabic.date.Bias;
import dev.marsad.arabic.date.DateLineParser;
import dev.marsad.arabic.date.DateMention;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench dates}: exact-match accuracy of the date finder on the Arabic date
 * expressions of the issue-14 set (its development and unseen parts side by side, per kind), then
 * of Duckling's and dateparser's test suites (arabic-date-expressions/cases.tsv),
 * per kind, with every failure listed; then the visible date lines ({@code publishedRaw}) of
 * arabic-news-html against their gold publication dates.
 *
 * <p>A case passes when the mention that covers most of the input resolves to the expected
 * start (and end, for intervals), compared as local date-times in the reference's zone; a date
 * without time compares the day only. Grain agreement is reported beside it.
 */
@Command(
        name = "dates",
        mixinStandardHelpOptions = true,
        description =
                "Date expression accuracy on the issue-14 set (dev and held-out parts), ../shared/data/arabic-date-expressions and arabic-news-html date lines.")
final class DatesBench implements Callable<Integer> {

    @Option(
            names = "--data",
            defaultValue = "../shared/data",
            description = "Folder holding arabic-date-expressions/ and arabic-news-html/ (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(
            names = "--bias",
            defaultValue = "NEAREST",
            description =
                    "Completion of incomplete dates for the listed failures: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Bias bias;

    @Option(
            names = "--parts",
            split = ",",
            defaultValue = "dev,held-out",
            description =
                    "Parts of the issue-14 date set to score, side by side: dev (development) and held-out (unseen) (default: ${DEFAULT-VALUE}).")
    List<String> parts;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        dateSet(out);
        Path cases = data.resolve("arabic-date-expressions").resolve("cases.tsv");
        if (Files.isRegularFile(cases)) {
            List<DateCase> all = DateCase.read(cases);
            report(
                    out,
                    all,
                    "each source's convention (duckling FUTURE, dateparser NEAREST)",
                    DateCase::sourceConvention,
                    false);
            for (Bias b : Bias.values()) report(out, all, "bias " + b, c -> b, b == bias);
        } else {
            out.println("skipped: " + cases + " not found");
        }
        Path truth = data.resolve("arabic-news-html").resolve("ground-truth.json");
        if (Files.isRegularFile(truth)) {
            dateLines(out, truth);
            throughput(out, truth);
        } else {
            out.println("skipped: " + truth + " not found");
        }
        out.flush();
        return 0;
    }

    private static void report(
            PrintWriter out, List<DateCase> all, String label, Function<DateCase, Bias> bias, boolean listFailures) {
        var finders = new EnumMap<Bias, ArabicDateFinder>(Bias.class);
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int passed = 0, grainAgrees = 0;
        for (DateCase c : all) {
            Optional<DateMention> best = bestMention(finders.computeIfAbsent(bias.apply(c), ArabicDateFinder::new), c);
            boolean ok = best.isPresent() && c.matches(best.get());
            int[] tally = byKind.computeIfAbsent(c.kind(), k -> new int[2]);
            tally[1]++;
            if (ok) {
                passed++;
                tally[0]++;
                if (best.get().grain().name().equalsIgnoreCase(c.grain())) grainAgrees++;
            } else {
                failures.add(c.describe(best));
            }
        }
        out.printf(
                Locale.ROOT,
                "cases.tsv, %s: %d/%d exact (%.1f %%); grain also agrees on %d of those%n",
                label,
                passed,
                all.size(),
                100.0 * passed / all.size(),
                grainAgrees);
        for (var e : byKind.entrySet()) {
            out.printf(
                    Locale.ROOT,
                    "  %-18s %3d/%-3d %.1f %%%n",
                    e.getKey(),
                    e.getValue()[0],
                    e.getValue()[1],
                    100.0 * e.getValue()[0] / e.getValue()[1]);
        }
        if (listFailures && !failures.isEmpty()) {
            out.println("  failures (" + label + "):");
            failures.forEach(f -> out.println("    " + f));
        }
    }

    /**
     * The issue-14 set, each part scored day-exact (to the minute where a time is expected) with
     * the default bias, overall and per kind, side by side. Failures are listed for the
     * development part only: the unseen part is read for its score, never row by row.
     */
    private void dateSet(PrintWriter out) {
        ArabicDateFinder finder = new ArabicDateFinder();
        Map<String, Map<String, int[]>> byPart = new java.util.LinkedHashMap<>();
        List<String> devFailures = new ArrayList<>();
        for (String part : parts) {
            if (!part.equals(DEV_PART) && !part.equals(HELD_OUT_PART))
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "--parts: expected dev or held-out, got '" + part + "'");
            Map<String, int[]> tally = new TreeMap<>();
            for (DateSetCase c : DateSetCase.read(part)) {
                Optional<DateMention> got = c.mentionOf(finder.find(c.sentence(), c.reference()));
                boolean ok = c.matches(got);
                for (String key : List.of(c.kind(), ALL_KINDS)) {
                    int[] t = tally.computeIfAbsent(key, k -> new int[2]);
                    t[1]++;
                    if (ok) t[0]++;
                }
                if (!ok && part.equals(DEV_PART)) devFailures.add(c.describe(got));
            }
            byPart.put(part, tally);
        }
        out.println("issue-14 date set, day-exact (to the minute where a time is given), bias NEAREST:");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-22s", "kind"));
        for (String part : byPart.keySet())
            header.append(String.format(
                    Locale.ROOT, " %-22s", part + (part.equals(DEV_PART) ? " (development)" : " (unseen)")));
        out.println(header);
        java.util.SortedSet<String> kinds = new java.util.TreeSet<>();
        byPart.values().forEach(t -> kinds.addAll(t.keySet()));
        kinds.remove(ALL_KINDS);
        List<String> rows = new ArrayList<>(kinds);
        rows.add(ALL_KINDS);
        for (String kind : rows) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-22s", kind));
            for (Map<String, int[]> tally : byPart.values()) {
                int[] t = tally.getOrDefault(kind, new int[2]);
                line.append(String.format(
                        Locale.ROOT, " %3d/%-3d %6.1f %%       ", t[0], t[1], t[1] == 0 ? 0.0 : 100.0 * t[0] / t[1]));
            }
            out.println(line.toString().stripTrailing());
        }
        if (!devFailures.isEmpty()) {
            out.println("  failures (dev part only):");
            devFailures.forEach(f -> out.println("    " + f));
        }
    }

    /** The development part of the issue-14 set; its failures are listed. */
    static final String DEV_PART = "dev";
    /** The unseen part: scored, never listed. */
    static final String HELD_OUT_PART = "held-out";
    /** The row of the table that sums every kind. */
    private static final String ALL_KINDS = "all kinds";

    /** The mention covering most of the input; absolute rows have no reference. */
    private static Optional<DateMention> bestMention(ArabicDateFinder finder, DateCase c) {
        List<DateMention> found = c.reference().isPresent()
                ? finder.find(c.input(), c.reference().get())
                : finder.findAbsolute(c.input(), java.time.ZoneOffset.UTC);
        return found.stream().max(Comparator.comparingInt(m -> m.end() - m.start()));
    }

    /** Minimum wall time of each throughput measurement, after as long a warm-up. */
    static final long MEASURE_NANOS = 3_000_000_000L;

    /** Characters per second of the date and quantity finders over the article bodies (one thread). */
    private static void throughput(PrintWriter out, Path truth) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(truth, StandardCharsets.UTF_8));
        StringBuilder corpus = new StringBuilder();
        for (JsonNode page : root)
            corpus.append(page.path("articleBody").asText()).append('\n');
        String text = corpus.toString();
        ZonedDateTime ref = ZonedDateTime.parse("2020-08-24T00:00Z");
        ArabicDateFinder dates = new ArabicDateFinder();
        dev.marsad.arabic.number.QuantityFinder quantities = new dev.marsad.arabic.number.QuantityFinder();
        double dateRate = charsPerSecond(text, () -> dates.find(text, ref).size());
        double quantityRate = charsPerSecond(text, () -> quantities.find(text).size());
        out.printf(
                Locale.ROOT,
                "throughput on %d characters of article bodies: dates %.2f MB/s (%d found), quantities %.2f MB/s (%d found)%n",
                text.length(),
                dateRate / 1e6,
                dates.find(text, ref).size(),
                quantityRate / 1e6,
                quantities.find(text).size());
    }

    private static double charsPerSecond(String text, java.util.function.IntSupplier run) {
        long sink = 0;
        for (long end = System.nanoTime() + MEASURE_NANOS; System.nanoTime() < end; ) sink += run.getAsInt();
        long chars = 0, start = System.nanoTime(), now = start;
        while (now - start < MEASURE_NANOS) {
            sink += run.getAsInt();
            chars += text.length();
            now = System.nanoTime();
        }
        if (sink < 0) throw new IllegalStateException("unreachable");
        return chars * 1e9 / (now - start);
    }

    private static void dateLines(PrintWriter out, Path truth) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(truth, StandardCharsets.UTF_8));
        int total = 0, exact = 0, sameDay = 0, withTime = 0;
        List<String> lines = new ArrayList<>();
        for (var it = root.properties().iterator(); it.hasNext(); ) {
            var entry = it.next();
            JsonNode page = entry.getValue();
            if (!page.hasNonNull("publishedRaw") || !page.hasNonNull("published")) continue;
            total++;
            String raw = page.get("publishedRaw").asText();
            String gold = page.get("published").asText();
            Optional<ZonedDateTime> parsed = DateLineParser.parse(raw);
            boolean showsTime = raw.contains(":");
            if (showsTime) withTime++;
            boolean minute = showsTime && parsed.isPresent() && GoldTime.sameMinute(parsed.get(), gold);
            boolean day = parsed.isPresent() && GoldTime.sameDay(parsed.get(), gold);
            if (minute) exact++;
            if (day) sameDay++;
            lines.add(String.format(
                    Locale.ROOT,
                    "    %s %-40s gold %-25s got %s",
                    minute || day && !showsTime ? "ok  " : day ? "day " : "FAIL",
                    raw,
                    gold,
                    parsed.map(ZonedDateTime::toString).orElse("-")));
        }
        out.printf(
                Locale.ROOT,
                "arabic-news-html publishedRaw: %d/%d to the day; %d/%d of the lines that show a time to the minute%n",
                sameDay,
                total,
                exact,
                withTime);
        lines.forEach(out::println);
    }
}
