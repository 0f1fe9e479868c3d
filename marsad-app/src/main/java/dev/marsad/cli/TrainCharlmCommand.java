package dev.marsad.cli;

import dev.marsad.analyze.CharLanguageModelTrainer;
import dev.marsad.analyze.TrainedModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad train charlm --corpus PATH}: learns a forward and a backward character-level
 * language model (GRU) from unlabelled JSON Lines text and writes them to {@code
 * <data>/models/charlm.bin.gz} (or {@code --out}), for {@code marsad train ner --neural --charlm
 * FILE}. Prints the held-out bits per character of both models beside the unigram baseline. Prints
 * one line to stderr and exits 1 when the corpus is missing or has no text.
 */
@Command(
        name = "charlm",
        mixinStandardHelpOptions = true,
        description = "Learn forward and backward character language models from unlabelled JSON Lines text"
                + " (contextual word vectors for marsad train ner --neural --charlm).")
final class TrainCharlmCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, description = "a .jsonl(.gz) file or a folder of them")
    Path corpus;

    @Option(names = "--out", description = "model file (default: <data>/models/charlm.bin.gz)")
    Path out;

    @Option(names = "--chars", description = "training characters read (default: ${DEFAULT-VALUE})")
    long chars = CharLanguageModelTrainer.Settings.defaults().chars();

    @Option(names = "--hidden", description = "state size of each model (default: ${DEFAULT-VALUE})")
    int hidden = CharLanguageModelTrainer.Settings.defaults().hidden();

    @Option(names = "--epochs", description = "passes over the training text (default: ${DEFAULT-VALUE})")
    int epochs = CharLanguageModelTrainer.Settings.defaults().epochs();

    @Option(names = "--learning-rate", description = "Adam's step size (default: ${DEFAULT-VALUE})")
    double learningRate = CharLanguageModelTrainer.Settings.defaults().learningRate();

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.exists(corpus)) throw new IllegalArgumentException("corpus not found: " + corpus);
        var d = CharLanguageModelTrainer.Settings.defaults();
        var settings = new CharLanguageModelTrainer.Settings(
                hidden, chars, d.maxTextChars(), d.heldOutTexts(), d.chunk(), learningRate, epochs, d.seed());
        long started = System.nanoTime();
        CharLanguageModelTrainer.Learnt learnt = new CharLanguageModelTrainer(
                        settings, TrainNerCommand.progressTo(spec.commandLine().getErr()))
                .train(corpus);
        Path file = out != null ? out : data.directory().models().resolve(TrainedModels.CHARLM_FILE);
        TrainNerCommand.createParent(file);
        learnt.vectors().write(file);
        TrainClustersCommand.reportLearnt(
                spec,
                String.format(
                        Locale.ROOT,
                        "character models (hidden %d) learnt on %,d characters; held out: forward %.3f, backward %.3f,"
                                + " unigram %.3f bits per character",
                        hidden,
                        learnt.trainingChars(),
                        learnt.forwardBits(),
                        learnt.backwardBits(),
                        learnt.unigramBits()),
                started,
                file);
        return 0;
    }
}
