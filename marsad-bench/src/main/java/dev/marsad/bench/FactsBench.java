package dev.marsad.bench;

import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.analyze.Attribution;
import dev.marsad.analyze.QuantityMention;
import dev.marsad.arabic.ArabicNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench facts}: the facts an article shows (quantities with their counted noun,
 * attributions) against the labelled sentences of {@code facts/facts-dev.tsv} and {@code
 * facts/facts-unseen.tsv} (written for Marsad; the unseen half was written first and is never
 * used to tune). Each sentence is analysed as the text of an article ({@link
 * ArticleAnalyzer#analyzeText}). Quantities match on value and unit (normalised, without the
 * alef of tanween; "في المئة" and "بالمئة" are "%"); speakers on their normalised name. Mismatches are listed for the development
 * half only.
 */
@Command(
        name = "facts",
        mixinStandardHelpOptions = true,
        description = "Quantities and attributions on Marsad's labelled fact sentences (dev and unseen halves).")
public final class FactsBench implements Callable<Integer> {

    /** The halves, development first. */
    static final List<String> HALVES = List.of("facts-dev.tsv", "facts-unseen.tsv");

    /** Per cent spellings, compared in SEARCH form (في المئة → في الميه). */
    private static final Set<String> PERCENT =
            Set.of("%", norm("في المئة"), norm("في المائة"), norm("بالمئة"), norm("بالمائة"));

    @Option(names = "--show-unseen", description = "also list the unseen half's mismatches (after the last change)")
    boolean showUnseen;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One labelled sentence. */
    record Case(String text, Set<String> quantities, Set<String> speakers) {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var analyzer = new ArticleAnalyzer();
        for (String half : HALVES) {
            List<Case> cases = read(half);
            int[] q = new int[3]; // right, shown, expected
            int[] s = new int[3];
            var mismatches = new ArrayList<String>();
            for (Case c : cases) {
                var analysis = analyzer.analyzeText(
                        "\u062e\u0628\u0631",
                        c.text(),
                        Optional.of(Instant.parse("2024-06-01T09:00:00Z")),
                        URI.create("urn:marsad:facts"));
                Set<String> shown = new TreeSet<>();
                for (QuantityMention m : analysis.analyzed().quantities()) shown.add(quantity(m));
                Set<String> speakers = new TreeSet<>();
                for (Attribution a : analysis.analyzed().attributions()) speakers.add(norm(a.speaker()));
                count(q, shown, c.quantities());
                count(s, speakers, c.speakers());
                if (!shown.equals(c.quantities()) || !speakers.equals(c.speakers()))
                    mismatches.add(c.text() + "\n      quantities " + shown + " expected " + c.quantities()
                            + "; speakers " + speakers + " expected " + c.speakers());
            }
            out.printf(Locale.ROOT, "%s: %d sentences%n", half, cases.size());
            out.printf(Locale.ROOT, "  quantities: %s%n", prf(q));
            out.printf(Locale.ROOT, "  speakers:   %s%n", prf(s));
            out.printf(
                    Locale.ROOT,
                    "  sentences with every fact right: %d of %d%n",
                    cases.size() - mismatches.size(),
                    cases.size());
            if (half.equals(HALVES.getFirst()) || showUnseen) mismatches.forEach(m -> out.println("    " + m));
        }
        return 0;
    }

    private static void count(int[] tally, Set<String> shown, Set<String> expected) {
        for (String x : shown) if (expected.contains(x)) tally[0]++;
        tally[1] += shown.size();
        tally[2] += expected.size();
    }

    private static String prf(int[] t) {
        double p = t[1] == 0 ? 1 : (double) t[0] / t[1];
        double r = t[2] == 0 ? 1 : (double) t[0] / t[2];
        return String.format(Locale.ROOT, "precision %.3f (%d/%d), recall %.3f (%d/%d)", p, t[0], t[1], r, t[0], t[2]);
    }

    private static String quantity(QuantityMention m) {
        return m.value().stripTrailingZeros().toPlainString() + " "
                + m.unit().map(FactsBench::unit).orElse("");
    }

    /** A unit compared without the accusative alef of tanween (صاروخا = صاروخ); per cent spellings as %. */
    private static String unit(String unit) {
        String n = norm(unit);
        if (PERCENT.contains(n)) return "%";
        return n.length() > 3 && n.endsWith("\u0627") ? n.substring(0, n.length() - 1) : n;
    }

    private static String norm(String s) {
        return ArabicNormalizer.SEARCH.normalize(s.strip());
    }

    static List<Case> read(String name) {
        try (InputStream in = FactsBench.class.getResourceAsStream("/facts/" + name)) {
            if (in == null) throw new IllegalStateException("facts set missing: /facts/" + name);
            var cases = new ArrayList<Case>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 3) throw new IllegalArgumentException(name + ": expected 3 fields in '" + line + "'");
                cases.add(new Case(f[0], set(f[1], true), set(f[2], false)));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read facts set " + name, e);
        }
    }

    private static Set<String> set(String field, boolean quantities) {
        Set<String> items = new TreeSet<>();
        if (field.strip().equals("-")) return items;
        for (String item : field.split(" ; ")) {
            if (!quantities) {
                items.add(norm(item));
                continue;
            }
            int space = item.strip().indexOf(' ');
            String value = item.strip().substring(0, space);
            items.add(new java.math.BigDecimal(value).stripTrailingZeros().toPlainString() + " "
                    + unit(item.strip().substring(space + 1)));
        }
        return items;
    }
}
