package dev.marsad.bench.arabic;

import dev.marsad.arabic.ArabicNormalizer;
import dev.marsad.arabic.name.NameKey;
import dev.marsad.arabic.name.NamePair;
import dev.marsad.arabic.name.NamePairs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code marsad bench names}: precision and recall of {@link NameKey} on the bundled name pairs
 * (or a TSV given with {@code --pairs}), next to plain normalised-string equality in the same run.
 */
@Command(
        name = "names",
        mixinStandardHelpOptions = true,
        description = "Name keys on same-name / different-name pairs: precision and recall.")
public final class NamesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pairs", description = "TSV of pairs (relation, category, a, b); default: the bundled list")
    Path pairs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<NamePair> list;
        if (pairs == null) {
            list = NamePairs.bundled();
        } else if (!Files.isRegularFile(pairs)) {
            out.println("skipped: " + pairs + " not found");
            return 0;
        } else {
            try (Reader r = Files.newBufferedReader(pairs, StandardCharsets.UTF_8)) {
                list = NamePairs.read(r, pairs.toString());
            }
        }
        long same = list.stream()
                .filter(p -> p.relation() == NamePair.Relation.SAME)
                .count();
        out.printf(
                Locale.ROOT,
                "%d pairs: %d same name, %d different names (%s)%n",
                list.size(),
                same,
                list.size() - same,
                pairs == null ? "bundled name-pairs.tsv" : pairs);
        var keys = new LinkedHashMap<String, Function<String, String>>();
        keys.put(
                "normalised string (SEARCH)",
                n -> ArabicNormalizer.SEARCH.normalize(n).strip());
        keys.put("NameKey", NameKey::of);
        out.printf(Locale.ROOT, "%-28s %-10s %10s %8s %12s%n", "key", "category", "precision", "recall", "kept apart");
        for (Map.Entry<String, Function<String, String>> k : keys.entrySet()) {
            print(out, k.getKey(), "all", NamePairs.score(list, k.getValue()));
            for (String category :
                    new TreeSet<>(list.stream().map(NamePair::category).toList())) {
                List<NamePair> part =
                        list.stream().filter(p -> p.category().equals(category)).toList();
                print(out, k.getKey(), category, NamePairs.score(part, k.getValue()));
            }
        }
        return 0;
    }

    private static void print(PrintWriter out, String key, String category, NamePairs.Score s) {
        out.printf(
                Locale.ROOT,
                "%-28s %-10s %9.1f%% %7.1f%% %11.1f%%%n",
                key,
                category,
                100 * s.precision(),
                100 * s.recall(),
                100 * s.separation());
    }
}
