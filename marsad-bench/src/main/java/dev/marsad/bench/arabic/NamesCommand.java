package dev.marsad.bench.arabic;

import dev.marsad.arabic.ArabicNormalizer;
import dev.marsad.arabic.name.NameKey;
import dev.marsad.arabic.name.NamePair;
import dev.marsad.arabic.name.NamePairs;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench names}: precision and recall of {@link NameKey} on same-name /
 * different-name pairs, next to plain normalised-string equality in the same run. By default it
 * reports the development part (the pairs bundled with marsad-arabic and {@code dev.tsv}) and the
 * unseen part ({@code held-out.tsv}, written before the issue-14 changes and never read while
 * developing) side by side; {@code --pairs} scores one TSV of its own. {@code --errors} lists the
 * wrong pairs of the development part only: the unseen part is reported in aggregate, never pair
 * by pair.
 */
@Command(
        name = "names",
        mixinStandardHelpOptions = true,
        description = "Name keys on same-name / different-name pairs: precision and recall, development and unseen"
                + " parts side by side.")
public final class NamesCommand implements Callable<Integer> {

    /** Where the bench's own pair sets live on the classpath (see the README there). */
    private static final String SETS = "/dev/marsad/bench/names/";

    @Spec
    CommandSpec spec;

    @Option(names = "--pairs", description = "TSV of pairs (relation, category, a, b); default: the three bundled sets")
    Path pairs;

    @Option(names = "--errors", description = "list the wrong pairs of the development part (never of the unseen part)")
    boolean errors;

    /** One set of pairs and which part of the evaluation it belongs to. */
    private record PairSet(String part, String name, List<NamePair> pairs) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        var sets = new ArrayList<PairSet>();
        if (pairs == null) {
            sets.add(new PairSet("development", "marsad-arabic name-pairs.tsv", NamePairs.bundled()));
            sets.add(new PairSet("development", "bench dev.tsv", resource("dev.tsv")));
            sets.add(new PairSet("unseen", "bench held-out.tsv", resource("held-out.tsv")));
        } else if (!Files.isRegularFile(pairs)) {
            out.println("skipped: " + pairs + " not found");
            return 0;
        } else {
            try (Reader r = Files.newBufferedReader(pairs, StandardCharsets.UTF_8)) {
                sets.add(new PairSet("given", pairs.toString(), NamePairs.read(r, pairs.toString())));
            }
        }
        for (PairSet set : sets) {
            long same = set.pairs().stream()
                    .filter(p -> p.relation() == NamePair.Relation.SAME)
                    .count();
            out.printf(
                    Locale.ROOT,
                    "%-11s %-30s %d pairs: %d same name, %d different names%n",
                    set.part(),
                    set.name(),
                    set.pairs().size(),
                    same,
                    set.pairs().size() - same);
        }
        var keys = new LinkedHashMap<String, Function<String, String>>();
        keys.put(
                "normalised string (SEARCH)",
                n -> ArabicNormalizer.SEARCH.normalize(n).strip());
        keys.put("NameKey", NameKey::of);
        out.printf(
                Locale.ROOT,
                "%n%-28s %-11s %-30s %-10s %10s %8s %12s%n",
                "key",
                "part",
                "set",
                "category",
                "precision",
                "recall",
                "kept apart");
        for (Map.Entry<String, Function<String, String>> k : keys.entrySet()) {
            for (PairSet set : sets) {
                print(out, k.getKey(), set, "all", NamePairs.score(set.pairs(), k.getValue()));
            }
        }
        for (PairSet set : sets) {
            for (String category :
                    new TreeSet<>(set.pairs().stream().map(NamePair::category).toList())) {
                List<NamePair> part = set.pairs().stream()
                        .filter(p -> p.category().equals(category))
                        .toList();
                print(out, "NameKey", set, category, NamePairs.score(part, NameKey::of));
            }
        }
        if (errors) printErrors(out, sets);
        return 0;
    }

    private static List<NamePair> resource(String name) {
        try (InputStream in = NamesCommand.class.getResourceAsStream(SETS + name)) {
            if (in == null) throw new IllegalStateException("bundled " + SETS + name + " is missing");
            return NamePairs.read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SETS + name, e);
        }
    }

    private static void print(PrintWriter out, String key, PairSet set, String category, NamePairs.Score s) {
        out.printf(
                Locale.ROOT,
                "%-28s %-11s %-30s %-10s %9.1f%% %7.1f%% %11.1f%%%n",
                key,
                set.part(),
                set.name(),
                category,
                100 * s.precision(),
                100 * s.recall(),
                100 * s.separation());
    }

    private static void printErrors(PrintWriter out, List<PairSet> sets) {
        for (PairSet set : sets) {
            if (set.part().equals("unseen")) {
                out.printf(Locale.ROOT, "%n%s: wrong pairs not listed (unseen part)%n", set.name());
                continue;
            }
            out.printf(Locale.ROOT, "%n%s: wrong pairs%n", set.name());
            for (NamePair p : set.pairs()) {
                String ka = NameKey.of(p.a());
                String kb = NameKey.of(p.b());
                boolean predictedSame = !ka.isEmpty() && ka.equals(kb);
                boolean same = p.relation() == NamePair.Relation.SAME;
                if (predictedSame == same) continue;
                out.printf(
                        Locale.ROOT,
                        "  %-9s %-7s %s [%s] / %s [%s]%n",
                        same ? "missed" : "merged",
                        p.category(),
                        p.a(),
                        ka,
                        p.b(),
                        kb);
            }
        }
    }
}
