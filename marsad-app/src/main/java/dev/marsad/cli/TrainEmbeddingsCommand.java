package dev.marsad.cli;

import dev.marsad.analyze.EmbeddingClusters;
import dev.marsad.analyze.EmbeddingTrainer;
import dev.marsad.analyze.TrainedModels;
import dev.marsad.analyze.WordVectors;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad train embeddings --corpus PATH}: learns word embeddings (skip-gram with negative
 * sampling) from unlabelled JSON Lines text and writes their clusters at several granularities to
 * {@code <data>/models/embedding-clusters.tsv} (or {@code --out}), where {@code marsad train ner}
 * finds them. Prints one line to stderr and exits 1 when the corpus is missing or too small.
 */
@Command(
        name = "embeddings",
        mixinStandardHelpOptions = true,
        description = "Learn word embeddings from unlabelled JSON Lines text and cluster them"
                + " (for marsad train ner --embeddings).")
final class TrainEmbeddingsCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, description = "a .jsonl(.gz) file or a folder of them")
    Path corpus;

    @Option(names = "--out", description = "embedding cluster file (default: <data>/models/embedding-clusters.tsv)")
    Path out;

    @Option(names = "--max-texts", description = "most texts read (default: all)")
    int maxTexts = EmbeddingTrainer.Settings.defaults().maxTexts();

    @Option(names = "--epochs", description = "skip-gram passes over the texts (default: ${DEFAULT-VALUE})")
    int epochs = EmbeddingTrainer.Settings.defaults().epochs();

    @Option(
            names = "--granularities",
            split = ",",
            description = "numbers of clusters, finest first (default: 1024,256,64)")
    List<Integer> granularities = EmbeddingTrainer.Settings.defaults().granularities();

    @Option(
            names = "--vectors",
            description = "write the 50,000 most frequent words' vectors themselves (for train ner --neural) to"
                    + " <data>/models/word-vectors.bin.gz (or --out) instead of their clusters")
    boolean vectors;

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.exists(corpus)) throw new IllegalArgumentException("corpus not found: " + corpus);
        PrintWriter err = spec.commandLine().getErr();
        var d = EmbeddingTrainer.Settings.defaults();
        var settings = new EmbeddingTrainer.Settings(
                maxTexts,
                d.minCount(),
                d.dimensions(),
                d.window(),
                d.negatives(),
                epochs,
                d.subsample(),
                d.clusteredWords(),
                granularities,
                d.iterations(),
                d.seed());
        long started = System.nanoTime();
        if (vectors) {
            WordVectors learnt =
                    new EmbeddingTrainer(settings, TrainNerCommand.progressTo(err)).vectors(corpus, d.clusteredWords());
            Path file = out != null ? out : data.directory().models().resolve(TrainedModels.VECTORS_FILE);
            TrainNerCommand.createParent(file);
            learnt.write(file);
            TrainClustersCommand.reportLearnt(spec, learnt.size() + " word vectors", started, file);
            return 0;
        }
        EmbeddingClusters clusters = new EmbeddingTrainer(settings, TrainNerCommand.progressTo(err)).train(corpus);
        Path file = out != null ? out : data.directory().models().resolve(TrainedModels.EMBEDDINGS_FILE);
        TrainNerCommand.createParent(file);
        clusters.write(
                file,
                TrainClustersCommand.learntNotice("word embedding clusters learnt by marsad train embeddings", corpus));
        TrainClustersCommand.reportLearnt(spec, clusters.size() + " words embedded and clustered", started, file);
        return 0;
    }
}
