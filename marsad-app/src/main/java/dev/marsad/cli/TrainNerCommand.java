package dev.marsad.cli;

import dev.marsad.analyze.ConllCorpus;
import dev.marsad.analyze.ContextualCharVectors;
import dev.marsad.analyze.EmbeddingClusters;
import dev.marsad.analyze.NerModel;
import dev.marsad.analyze.NerTrainer;
import dev.marsad.analyze.NetworkTrainer;
import dev.marsad.analyze.TrainedModels;
import dev.marsad.analyze.WordClusters;
import dev.marsad.analyze.WordVectors;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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

    @Option(
            names = "--embeddings",
            description = "embedding clusters (marsad train embeddings) as features; default none: on ANERcorp's"
                    + " development part they did not help (docs/benchmarks/analyze-ner.md)")
    Path embeddings;

    @Option(
            names = "--news",
            description = "unlabelled JSON Lines news (e.g. ../shared/data/saudinewsnet): self-training, the names"
                    + " a first tagger finds there often and with one type become a feature (default: none)")
    Path news;

    @Option(names = "--news-texts", description = "most news texts the self-training tags (default: ${DEFAULT-VALUE})")
    int newsTexts = NerTrainer.INDUCED_TEXTS;

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
                    + "ONE: tag once (about a sixth of the training time); NEURAL: a network joins the second pass")
    NerTrainer.Passes passes = NerTrainer.Settings.defaults().passes();

    @Option(
            names = "--neural",
            description = "a neural network (window network over the same features and, with --vectors, word vectors)"
                    + " joins the perceptron's second pass, its log-probabilities added to the perceptron's scores:"
                    + " same as --passes NEURAL")
    boolean neural;

    @Option(
            names = "--vectors",
            description = "word vectors the neural second pass reads (marsad train embeddings --vectors); only with"
                    + " --neural, and only when given: a model trained with them embeds them, and with them their"
                    + " corpus's licence (SaudiNewsNet: CC BY-NC-SA)")
    Path vectors;

    @Option(
            names = "--charlm",
            description = "character language models (marsad train charlm) whose contextual word vectors the neural"
                    + " second pass reads; only with --neural, and only when given: a model trained with them embeds"
                    + " them, and with them their corpus's licence (SaudiNewsNet: CC BY-NC-SA)")
    Path charlm;

    @Option(
            names = "--network-epochs",
            description = "passes of the neural second pass over the training sentences, every one of them: no part"
                    + " is held out to stop early, unlike marsad bench ner, which stops on ANERcorp's development"
                    + " part (default: ${DEFAULT-VALUE}, about where that stopped)")
    int networkEpochs = NetworkTrainer.Settings.defaults().epochs();

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
        if (embeddings != null && !Files.isRegularFile(embeddings))
            throw new IllegalArgumentException("embedding cluster file not found: " + embeddings);
        EmbeddingClusters dense = embeddings != null ? EmbeddingClusters.read(embeddings) : EmbeddingClusters.NONE;
        if (news != null && !Files.exists(news)) throw new IllegalArgumentException("news corpus not found: " + news);
        if (neural) passes = NerTrainer.Passes.NEURAL;
        WordVectors wordVectors = wordVectors();
        if (networkEpochs < 1)
            throw new IllegalArgumentException("--network-epochs must be at least 1, got " + networkEpochs);
        ConllCorpus corpus = ConllCorpus.read(conll);
        ConllCorpus training = part == Part.all ? corpus : corpus.split().train();
        String description = String.format(
                Locale.ROOT,
                "trained %s by marsad train ner on %s (%s: %d sentences, %d tokens), clusters %s, embeddings %s, word vectors %s, character models %s, names induced from %s, %d epochs × %d runs, %s pass(es); "
                        + "under the terms of its training data (ANERcorp: research use; clusters, embeddings, word"
                        + " vectors, character models and induced names: their corpus's, for SaudiNewsNet CC BY-NC-SA,"
                        + " keep for yourself)",
                LocalDate.now(ZoneOffset.UTC),
                conll.getFileName(),
                part,
                training.sentences().size(),
                training.tokenCount(),
                wordClusters.size() > 0 ? clusterFile.getFileName() : "none",
                embeddings != null ? embeddings.getFileName() : "none",
                vectors != null ? vectors.getFileName() : "none",
                charlm != null ? charlm.getFileName() : "none",
                news != null ? newsTexts + " texts of " + news.getFileName() : "none",
                epochs,
                runs,
                passes);
        long started = System.nanoTime();
        var trainer = new NerTrainer(
                        NerTrainer.Settings.defaults()
                                .withEpochs(epochs)
                                .withRuns(runs)
                                .withPasses(passes),
                        wordClusters,
                        dense,
                        progressTo(err))
                .withNetwork(NetworkTrainer.Settings.defaults().withEpochs(networkEpochs), wordVectors, contextual());
        NerModel model = news != null
                ? trainer.trainWithInducedNames(training, description, news, newsTexts)
                : trainer.train(training, description);
        Path file = out != null ? out : data.directory().models().resolve(TrainedModels.NER_FILE);
        createParent(file);
        model.write(file);
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "trained on %d sentences in %.1f s, %d features, %s pass(es), word vectors %s, character models %s:"
                                + " %s%n",
                        training.sentences().size(),
                        (System.nanoTime() - started) / 1e9,
                        model.featureCount(),
                        passes,
                        vectors != null ? vectors : "none",
                        charlm != null ? charlm : "none",
                        file);
        return 0;
    }

    /**
     * The word vectors named by {@code --vectors}, or none: never picked up unasked, since a model
     * that embeds them carries their corpus's licence.
     *
     * @throws IllegalArgumentException when they are named without the neural second pass, which
     *     alone reads them, or the file is missing
     */
    private WordVectors wordVectors() {
        if (vectors == null) return WordVectors.NONE;
        if (passes != NerTrainer.Passes.NEURAL)
            throw new IllegalArgumentException("--vectors " + vectors
                    + " is read only by the neural second pass: add --neural (or --passes NEURAL), or leave it out");
        if (!Files.isRegularFile(vectors)) throw new IllegalArgumentException("word vector file not found: " + vectors);
        return WordVectors.read(vectors);
    }

    /**
     * The character language models named by {@code --charlm}, or none (never picked up unasked,
     * as {@link #wordVectors}).
     *
     * @throws IllegalArgumentException when they are named without the neural second pass, or the
     *     file is missing
     */
    private ContextualCharVectors contextual() {
        if (charlm == null) return ContextualCharVectors.NONE;
        if (passes != NerTrainer.Passes.NEURAL)
            throw new IllegalArgumentException("--charlm " + charlm
                    + " is read only by the neural second pass: add --neural (or --passes NEURAL), or leave it out");
        if (!Files.isRegularFile(charlm))
            throw new IllegalArgumentException("character language model file not found: " + charlm);
        return ContextualCharVectors.read(charlm);
    }

    /** Progress lines of a training, indented, to {@code err} as they come. */
    static Consumer<String> progressTo(PrintWriter err) {
        return m -> {
            err.println("  " + m);
            err.flush();
        };
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
