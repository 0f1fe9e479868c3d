package dev.marsad.bench.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench extract-fields}: Marsad's field accuracy (title, date, authors, tags, related
 * links, source) on fundus-news, arabic-news-html, WCXB and trafilatura-eval, by fixed halves, with
 * a per-page dump of every field, for work on the metadata readers.
 */
@Command(
        name = "extract-fields",
        mixinStandardHelpOptions = true,
        description = "Field accuracy on fundus-news, arabic-news-html, WCXB and trafilatura-eval; halves; dump.")
public final class FieldCheck implements Callable<Integer> {

    /** The sets read under --data, in this order. */
    private static final List<String> SETS =
            List.of("fundus-news", "arabic-news-html", "wcxb-articles", "trafilatura-eval");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--data",
            description = "root of the shared data sets (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data")
    Path data;

    @Option(
            names = "--half",
            description = "all, a or b: which fixed half of each set (default: ${DEFAULT-VALUE})",
            defaultValue = "all",
            converter = Half.Converter.class)
    Half half;

    @Option(
            names = "--dump",
            description =
                    "a folder to write <set>.fields.tsv (field, ok/ERR, page, gold, ours) and <set>-body/ (each page's gold and Marsad's body) into")
    Path dump;

    @Option(names = "--set", description = "only these sets (folder names under --data)")
    List<String> only;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        FieldEval eval = new FieldEval(out, half, Optional.ofNullable(dump));
        for (String set : only == null ? SETS : only) {
            Path dir = data.resolve(set);
            if (Files.isDirectory(dir) && Files.exists(dir.resolve("SOURCE.md"))) eval.run(dir);
            else out.println("skipped: " + dir + " not found");
        }
        out.flush();
        return 0;
    }
}
