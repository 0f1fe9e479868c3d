package dev.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The TEXT argument of the {@code text} commands: the words given, or standard input for {@code -}. */
final class TextInput {

    /** The argument that means "read standard input". */
    static final String STDIN = "-";

    private TextInput() {}

    /**
     * The text: the arguments joined by spaces, or all of standard input (UTF-8) when the only
     * argument is {@code -}.
     *
     * @throws IllegalArgumentException when no text is given
     */
    static String read(List<String> args, InputStream stdin) {
        if (args == null || args.isEmpty())
            throw new IllegalArgumentException("no TEXT given (use - to read standard input)");
        if (args.size() == 1 && args.get(0).equals(STDIN)) {
            try {
                return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read standard input", e);
            }
        }
        return String.join(" ", args);
    }
}
