package dev.marsad.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code marsad train …}: trains the models that the analyzer loads from the data folder's {@code
 * models/}, from the user's own copies of the training data (no trained model ships with Marsad:
 * the data they are learnt from may not be redistributed).
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = "Train models from your copy of the data: ner (entity tagger), clusters (word clusters).",
        subcommands = {TrainNerCommand.class, TrainClustersCommand.class})
final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
