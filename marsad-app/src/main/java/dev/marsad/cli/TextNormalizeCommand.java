package dev.marsad.cli;

import dev.marsad.arabic.ArabicNormalizer;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad text normalize [--preset search|matching|display] [--json] TEXT}. */
@Command(
        name = "normalize",
        mixinStandardHelpOptions = true,
        description = "Normalise Arabic text (default preset: search, the index key).")
final class TextNormalizeCommand implements Runnable {

    /** The presets by name. */
    enum Preset {
        SEARCH(ArabicNormalizer.SEARCH),
        MATCHING(ArabicNormalizer.MATCHING),
        DISPLAY(ArabicNormalizer.DISPLAY);

        final ArabicNormalizer normalizer;

        Preset(ArabicNormalizer normalizer) {
            this.normalizer = normalizer;
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--preset", description = "search (default), matching or display", defaultValue = "search")
    String preset;

    @Option(names = "--json", description = "print JSON: {text, preset, normalized}")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "the text, or - for standard input")
    List<String> text;

    @Override
    public void run() {
        Preset chosen = parsePreset(preset);
        String input = TextInput.read(text, System.in);
        String normalized = chosen.normalizer.normalize(input);
        PrintWriter out = spec.commandLine().getOut();
        if (!json) {
            out.println(normalized);
            return;
        }
        out.println(Json.pretty(
                Map.of("text", input, "preset", chosen.name().toLowerCase(Locale.ROOT), "normalized", normalized)));
    }

    private static Preset parsePreset(String name) {
        try {
            return Preset.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--preset must be search, matching or display, got '" + name + "'", e);
        }
    }
}
