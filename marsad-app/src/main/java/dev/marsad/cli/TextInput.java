package dev.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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

    /** The text itself, or all of standard input (UTF-8) when it is "-". */
    static String read(String argument, InputStream stdin) {
        if (!argument.equals("-")) return argument;
        try {
            return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text from standard input", e);
        }
    }

    /**
     * Parses --ref: an ISO instant or date-time with offset or zone (2023-09-20T00:00Z,
     * 2023-09-20T03:00+03:00[Asia/Riyadh]) or a date (2023-09-20, midnight UTC); blank means now.
     *
     * @throws IllegalArgumentException naming the value when it is none of these
     */
    static ZonedDateTime reference(String value) {
        if (value == null || value.isBlank()) return ZonedDateTime.now(ZoneOffset.UTC);
        return time("--ref", value);
    }

    /**
     * Parses a point in time as {@link #reference} does, naming {@code name} in the error.
     *
     * @throws IllegalArgumentException naming the value when it is no instant, date-time or date
     */
    static ZonedDateTime time(String name, String value) {
        try {
            return ZonedDateTime.parse(value);
        } catch (DateTimeException notZoned) {
            try {
                return OffsetDateTime.parse(value).toZonedDateTime();
            } catch (DateTimeException notOffset) {
                try {
                    return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC);
                } catch (DateTimeException notDate) {
                    throw new IllegalArgumentException("'" + name
                            + "' must be an ISO instant like 2023-09-20T00:00Z or a date like 2023-09-20, got '" + value
                            + "'");
                }
            }
        }
    }
}
