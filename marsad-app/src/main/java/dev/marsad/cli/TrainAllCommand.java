package dev.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad train all}: every model learnt from data that may not be shipped (sections,
 * keyphrase frequencies, word clusters, entity tagger), each by its own command, from the user's
 * copy under {@code ../shared/data}; models already in the data folder are kept unless {@code
 * --replace}, a model whose data is absent is skipped. Exits 1 when a model failed to train.
 */
@Command(
        name = "all",
        mixinStandardHelpOptions = true,
        description = "Train every model the data folder lacks from ../shared/data: sections, keyphrases, clusters,"
                + " ner (--quick: samples, about a minute; --replace: train again those present).")
final class TrainAllCommand implements Callable<Integer> {

    @Option(names = "--quick", description = "learn from samples (what the demo does): about a minute on two cores")
    boolean quick;

    @Option(names = "--replace", description = "train again the models already in the data folder")
    boolean replace;

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var training = new ModelTraining(
                data.directory(),
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
        int failed = training.train(
                quick ? ModelTraining.Size.QUICK : ModelTraining.Size.FULL,
                replace ? ModelTraining.Existing.REPLACE : ModelTraining.Existing.KEEP);
        return failed == 0 ? 0 : 1;
    }
}
