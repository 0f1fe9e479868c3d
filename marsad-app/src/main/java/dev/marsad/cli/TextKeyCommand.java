package dev.marsad.cli;

import dev.marsad.arabic.name.NameKey;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad text key [--json] NAME}: the spelling-variant key of a name (كاراباخ → KRBK). With
 * {@code -}, every line of standard input is one name and gets one output line.
 */
@Command(
        name = "key",
        mixinStandardHelpOptions = true,
        description = "Spelling-variant key of a name: variants of one name share it.")
final class TextKeyCommand implements Runnable {

    /** One name and its key; also the JSON shape. */
    record NameAndKey(String name, String key) {}

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print JSON: {name, key} (an array when reading standard input)")
    boolean json;

    @Parameters(
            arity = "1..*",
            paramLabel = "NAME",
            description = "the name, or - for one name per line of standard input")
    List<String> name;

    @Override
    public void run() {
        boolean stdin = name.size() == 1 && name.get(0).equals(TextInput.STDIN);
        List<String> names = stdin
                ? TextInput.read(name, System.in)
                        .lines()
                        .filter(l -> !l.isBlank())
                        .map(String::strip)
                        .toList()
                : List.of(String.join(" ", name));
        List<NameAndKey> keys =
                names.stream().map(n -> new NameAndKey(n, NameKey.of(n))).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(stdin ? keys : keys.get(0)));
            return;
        }
        for (NameAndKey k : keys) out.println(stdin ? k.name() + "\t" + k.key() : k.key());
    }
}
