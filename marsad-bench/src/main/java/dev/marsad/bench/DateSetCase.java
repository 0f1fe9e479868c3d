package dev.marsad.bench;

import dev.marsad.arabic.date.DateMention;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One row of the issue-14 date set ({@code dev.tsv}, {@code held-out.tsv} under
 * {@code dev/marsad/bench/dates/}): a news sentence, its reference moment, the words whose mention
 * is scored, the expected local day (or day and minute) and the failure kind it exercises.
 */
record DateSetCase(String sentence, ZonedDateTime reference, String expression, String expected, String kind) {

    /** Folder of the set on the class path. */
    static final String FOLDER = "/dev/marsad/bench/dates/";

    /** The rows of one part of the set, read from the class path; the header line is skipped. */
    static List<DateSetCase> read(String part) {
        String resource = FOLDER + part + ".tsv";
        try (InputStream in = DateSetCase.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("date set " + resource + " is missing from the jar");
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<DateSetCase> cases = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                if (f.length != 5 || !f[0].contains(f[2]))
                    throw new IllegalArgumentException("cannot read date-set line '" + line + "' in " + resource);
                cases.add(new DateSetCase(f[0], ZonedDateTime.parse(f[1]), f[2], f[3], f[4]));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The found mention that overlaps the expression most, if any does. */
    Optional<DateMention> mentionOf(List<DateMention> found) {
        int start = sentence.indexOf(expression), end = start + expression.length();
        return found.stream()
                .filter(m -> m.start() < end && m.end() > start)
                .max(Comparator.comparingInt(m -> Math.min(end, m.end()) - Math.max(start, m.start())));
    }

    /** Day-exact (and to the minute when the expected value has a time), in the reference's offset. */
    boolean matches(Optional<DateMention> m) {
        return m.isPresent() && GoldTime.sameLocal(m.get().from(), expected, Optional.of(reference.getZone()));
    }

    String describe(Optional<DateMention> got) {
        String result = got.map(m -> "'" + m.text() + "' → " + m.from().toLocalDateTime())
                .orElse("nothing found");
        return kind + " | " + sentence + " | " + expression + " | ref " + reference + " | expected " + expected
                + " | got " + result;
    }
}
