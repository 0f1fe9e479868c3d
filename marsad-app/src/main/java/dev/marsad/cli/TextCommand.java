package dev.marsad.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code marsad text …}: the Arabic language core from the command line. Each sub-command reads
 * TEXT from its arguments or, when TEXT is {@code -}, from standard input, and prints JSON with
 * {@code --json}.
 */
@Command(
        name = "text",
        mixinStandardHelpOptions = true,
        description = "Arabic text tools: normalise, tokenise, name keys, dates, numbers.",
        subcommands = {
            TextNormalizeCommand.class,
            TextTokensCommand.class,
            TextKeyCommand.class,
            TextDatesCommand.class,
            TextNumbersCommand.class
        })
final class TextCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
