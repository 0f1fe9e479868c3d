package dev.marsad.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code marsad train …}: builds the analyzer's models from the user's own copy of the training
 * data into the data folder's {@code models/}, where every command that analyses finds them.
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description =
                "Train the analyzer's models from your copy of the data: sections, keyphrases, ner (entity tagger), clusters (its word clusters), embeddings (its word embeddings), charlm (its character language models), all (every one the data folder lacks).",
        subcommands = {
            TrainSectionsCommand.class,
            TrainKeyphrasesCommand.class,
            TrainNerCommand.class,
            TrainClustersCommand.class,
            TrainEmbeddingsCommand.class,
            TrainCharlmCommand.class,
            TrainAllCommand.class
        })
final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
