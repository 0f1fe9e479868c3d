package dev.marsad.bench;

import dev.marsad.bench.extract.ExtractEvaluations;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench extract}: extraction quality and speed against peers on the shared sets. With
 * no set option it runs every set found under {@code --data}; a set that is absent prints
 * "skipped: … not found" and the command still exits 0.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Article extraction: quality (P/R/F1/accuracy) and speed, Marsad vs peers in the same run.")
public final class ExtractBench implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--data",
            description = "root of the shared data sets (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data")
    Path data;

    @Option(
            names = "--gold",
            description = "a folder in the scrapinghub layout (html/, ground-truth.json, peer-outputs/)")
    Path gold;

    @Option(names = "--wcxb", description = "a folder in the WCXB layout (html/, ground-truth/)")
    Path wcxb;

    @Option(names = "--snippets", description = "a folder in the trafilatura-eval layout (html/, evaldata.json)")
    Path snippets;

    @Option(names = "--fields", description = "a fundus-news or arabic-news-html folder for field-by-field accuracy")
    Path[] fields;

    @Option(
            names = "--speed",
            description = "only the speed run (Marsad, Readability4J, boilerpipe, Readability.js) on the --gold pages")
    boolean speedOnly;

    @Option(names = "--no-node", description = "leave Mozilla Readability.js (node) out of the speed run")
    boolean noNode;

    @Option(
            names = "--node-cache",
            description = "where npm installs @mozilla/readability and jsdom (default: ${DEFAULT-VALUE})",
            defaultValue = "${sys:user.home}/.cache/marsad/readability-js")
    Path nodeCache;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        boolean anySet = gold != null || wcxb != null || snippets != null || fields != null;
        var plan = new ExtractEvaluations.Plan(
                gold != null ? gold : anySet ? null : data.resolve("aeb-scrapinghub"),
                wcxb != null ? wcxb : anySet ? null : data.resolve("wcxb-articles"),
                snippets != null ? snippets : anySet ? null : data.resolve("trafilatura-eval"),
                fields != null
                        ? java.util.List.of(fields)
                        : anySet
                                ? java.util.List.of()
                                : java.util.List.of(data.resolve("fundus-news"), data.resolve("arabic-news-html")),
                speedOnly,
                !noNode,
                nodeCache);
        new ExtractEvaluations(out).run(plan);
        return 0;
    }
}
