package dev.marsad.cli;

import dev.marsad.analyze.ConllCorpus;
import dev.marsad.analyze.NerModel;
import dev.marsad.analyze.NerTrainer;
import dev.marsad.analyze.TrainedModels;
import dev.marsad.analyze.WordClusters;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad train ner --conll FILE}: trains the entity tagger on a CoNLL/ANERcorp file and
 * writes it where the analyzer finds it ({@code <data>/models/ner.model}, or {@code --out}). By
 * default it trains on the training part of the file's fixed split (the first 70 % of its
 * sentences), so that dev and test stay unseen; {@code --part all} trains on every sentence.
 */
@Command(
        name = "ner",
        mixinStandardHelpOptions = true,
        description = "Train the named-entity tagger on a CoNLL file (token TAG per line, IOB2).")
final class TrainNerCommand implements Callable<Integer> {

    /** Which sentences of the file to train on. */
    enum Part {
        train,
        all
    }

    @Option(names = "--conll", required = true, description = "training file, e.g. ANERCorp")
    Path conll;

    @Option(
            names = "--clusters",
            description = "word clusters (marsad train clusters; default: <data>/models/clusters.tsv if present)")
    Path clusters;

    @Option(names = "--out", description = "model file (default: <data>/models/ner.model)")
    Path out;

    @Option(names = "--part", description = "train (first 70 %% of the sentences, default) or all")
    Part part = Part.train;

    @Option(names = "--epochs", description = "training passes (default: ${DEFAULT-VALUE})")
    int epochs = NerTrainer.Settings.defaults().epochs();

    @Option(
            names = "--runs",
            description = "averaged runs with different shufflings, voted into one model (default: ${DEFAULT-VALUE}; "
                    + "1 trains in a fifth of the time, about 0.01 F1 less steady)")
    int runs = NerTrainer.Settings.defaults().runs();

    @Option(
            names = "--passes",
            description = "TWO (default): a second pass reads the first pass's tags over the whole article; "
                    + "ONE: tag once (about a sixth of the training time)")
    NerTrainer.Passes passes = NerTrainer.Settings.defaults().passes();

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(conll)) throw new IllegalArgumentException("CoNLL file not found: " + conll);
        PrintWriter err = spec.commandLine().getErr();
        Path clusterFile =
                clusters != null ? clusters : data.directory().models().resolve(TrainedModels.CLUSTERS_FILE);
        if (clusters != null && !Files.isRegularFile(clusters))
            throw new IllegalArgumentException("cluster file not found: " + clusters);
        WordClusters wordClusters =
                Files.isRegularFile(clusterFile) ? WordClusters.read(clusterFile) : WordClusters.NONE;
        ConllCorpus corpus = ConllCorpus.read(conll);
        ConllCorpus training = part == Part.all ? corpus : corpus.split().train();
        String description = String.format(
                Locale.ROOT,
                "trained %s by marsad train ner on %s (%s: %d sentences, %d tokens), clusters %s, %d epochs × %d runs, %s pass(es); "
                        + "under the terms of its training data (ANERcorp: research use; clusters: their corpus's)",
                LocalDate.now(ZoneOffset.UTC),
                conll.getFileName(),
                part,
                training.sentences().size(),
                training.tokenCount(),
                wordClusters.size() > 0 ? clusterFile.getFileName() : "none",
                epochs,
                runs,
                passes);
        long started = System.nanoTime();
        NerModel model = new NerTrainer(
                        NerTrainer.Settings.defaults()
                                .withEpochs(epochs)
                                .withRuns(runs)
                                .withPasses(passes),
                        wordClusters,
                        m -> {
                            err.println("  " + m);
                            err.flush();
                        })
                .train(training, description);
        Path file = out != null ? out : data.directory().models().resolve(TrainedModels.NER_FILE);
        createParent(file);
        model.write(file);
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "trained on %d sentences in %.1f s, %d features: %s%n",
                        training.sentences().size(),
                        (System.nanoTime() - started) / 1e9,
                        model.featureCount(),
                        file);
        return 0;
    }

    static void createParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create folder " + parent, e);
        }
    }
}
