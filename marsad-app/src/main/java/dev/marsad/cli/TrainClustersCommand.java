package dev.marsad.cli;

import dev.marsad.analyze.ClusterTrainer;
import dev.marsad.analyze.TrainedModels;
import dev.marsad.analyze.WordClusters;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad train clusters --corpus PATH}: learns word clusters from unlabelled JSON Lines text
 * (SaudiNewsNet's {@code *.jsonl.gz}, or any file with a {@code content} or {@code text} field) and
 * writes them to {@code <data>/models/clusters.tsv} (or {@code --out}). Prints one line to stderr
 * and exits 1 when the corpus is missing or holds no text.
 */
@Command(
        name = "clusters",
        mixinStandardHelpOptions = true,
        description = "Learn word clusters from unlabelled JSON Lines text (for marsad train ner --clusters).")
final class TrainClustersCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, description = "a .jsonl(.gz) file or a folder of them")
    Path corpus;

    @Option(names = "--out", description = "cluster file (default: <data>/models/clusters.tsv)")
    Path out;

    @Option(names = "--max-texts", description = "most texts read (default: ${DEFAULT-VALUE})")
    int maxTexts = ClusterTrainer.Settings.defaults().maxTexts();

    @Option(names = "--contexts", description = "context words (default: ${DEFAULT-VALUE})")
    int contexts = ClusterTrainer.Settings.defaults().contexts();

    @Option(names = "--fine", description = "fine clusters (default: ${DEFAULT-VALUE})")
    int fine = ClusterTrainer.Settings.defaults().fine();

    @Option(names = "--coarse", description = "coarse clusters (default: ${DEFAULT-VALUE})")
    int coarse = ClusterTrainer.Settings.defaults().coarse();

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The comment of a file learnt from {@code corpus}: what it is, and that the corpus's terms hold. */
    static String learntNotice(String what, Path corpus) {
        return what + " from " + corpus
                + "\nwhat is learnt from a corpus is under that corpus's terms: do not redistribute it when they forbid it";
    }

    /** Prints "{@code what} in N s: FILE" to the command's output. */
    static void reportLearnt(picocli.CommandLine.Model.CommandSpec spec, String what, long started, Path file) {
        spec.commandLine()
                .getOut()
                .printf(Locale.ROOT, "%s in %.1f s: %s%n", what, (System.nanoTime() - started) / 1e9, file);
    }

    @Override
    public Integer call() {
        if (!Files.exists(corpus)) throw new IllegalArgumentException("corpus not found: " + corpus);
        PrintWriter err = spec.commandLine().getErr();
        var d = ClusterTrainer.Settings.defaults();
        var settings = new ClusterTrainer.Settings(
                maxTexts, d.words(), contexts, d.dimensions(), fine, coarse, d.iterations(), d.seed());
        long started = System.nanoTime();
        WordClusters clusters = new ClusterTrainer(settings, TrainNerCommand.progressTo(err)).train(corpus);
        Path file = out != null ? out : data.directory().models().resolve(TrainedModels.CLUSTERS_FILE);
        TrainNerCommand.createParent(file);
        clusters.write(file, learntNotice("word clusters learnt by marsad train clusters", corpus));
        reportLearnt(spec, clusters.size() + " words clustered", started, file);
        return 0;
    }
}
