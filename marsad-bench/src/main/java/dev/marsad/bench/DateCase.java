package dev.marsad.bench;

import dev.marsad.arabic.date.Bias;
import dev.marsad.arabic.date.DateMention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One row of arabic-date-expressions/cases.tsv: input, reference (may be empty), expected start
 * or {@code start/end}, grain, kind and origin (the project whose test it comes from, e.g.
 * {@code duckling:…}). The reference has an offset (Duckling) or is local (dateparser, read as UTC).
 */
record DateCase(
        String input, Optional<ZonedDateTime> reference, String expected, String grain, String kind, String origin) {

    /**
     * The completion convention the row's source project tests with: Duckling resolves incomplete
     * dates (a bare weekday, a day without a year, an hour without AM/PM) to the next occurrence;
     * dateparser's rows are "ago" phrases, Hijri and absolute dates, for which Marsad's default
     * (the nearest occurrence) is the one its tests assume.
     */
    Bias sourceConvention() {
        return origin.startsWith("duckling") ? Bias.FUTURE : Bias.NEAREST;
    }

    static List<DateCase> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<DateCase> cases = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 5) throw new IllegalArgumentException("cannot read case line '" + line + "' in " + file);
                cases.add(new DateCase(f[0], parseReference(f[1]), f[2], f[3], f[4], f.length > 5 ? f[5] : ""));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Optional<ZonedDateTime> parseReference(String value) {
        if (value.isBlank()) return Optional.empty();
        try {
            return Optional.of(ZonedDateTime.parse(value));
        } catch (java.time.format.DateTimeParseException local) {
            return Optional.of(LocalDateTime.parse(value).atZone(ZoneOffset.UTC));
        }
    }

    /** Whether the mention resolves to the expected start (and end), in the reference's zone. */
    boolean matches(DateMention m) {
        String[] parts = expected.split("/");
        if (!GoldTime.sameLocal(m.from(), parts[0], reference.map(ZonedDateTime::getZone))) return false;
        return parts.length < 2 || GoldTime.sameLocal(m.until(), parts[1], reference.map(ZonedDateTime::getZone));
    }

    String describe(Optional<DateMention> got) {
        String result = got.map(m -> "'" + m.text() + "' → " + m.from().toLocalDateTime() + "/"
                        + m.until().toLocalDateTime() + " " + m.grain())
                .orElse("nothing found");
        return kind + " | " + input + " | expected " + expected + " (" + grain + ") | got " + result;
    }
}
