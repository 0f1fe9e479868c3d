package dev.marsad.arabic.name;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The evaluation set for {@link NameKey}: {@code name-pairs.tsv}, at least 300 same-name and 300
 * different-name pairs written for Marsad, and the score of a key function on it.
 */
public final class NamePairs {

    private static final String RESOURCE = "name-pairs.tsv";

    private NamePairs() {}

    /** The bundled pairs. */
    public static List<NamePair> bundled() {
        try (InputStream in = NamePairs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("bundled " + RESOURCE + " is missing");
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Pairs from TSV text: {@code relation<TAB>category<TAB>a<TAB>b}, relation {@code same} or
     * {@code different}; {@code #} lines and blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the source and line when a line is malformed
     */
    public static List<NamePair> read(Reader reader, String source) throws IOException {
        var pairs = new ArrayList<NamePair>();
        var lines = new BufferedReader(reader);
        int number = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            number++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new IllegalArgumentException(
                        source + ":" + number + ": expected 4 tab-separated fields, got " + f.length);
            }
            NamePair.Relation relation = switch (f[0].strip().toLowerCase(Locale.ROOT)) {
                case "same" -> NamePair.Relation.SAME;
                case "different" -> NamePair.Relation.DIFFERENT;
                default ->
                    throw new IllegalArgumentException(
                            source + ":" + number + ": relation must be 'same' or 'different', got '" + f[0] + "'");
            };
            pairs.add(new NamePair(relation, f[1].strip(), f[2].strip(), f[3].strip()));
        }
        return pairs;
    }

    /** How {@code key} does on {@code pairs}: a pair is predicted "same" when both keys are equal and non-empty. */
    public static Score score(List<NamePair> pairs, Function<String, String> key) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (NamePair p : pairs) {
            String ka = key.apply(p.a());
            boolean predictedSame = !ka.isEmpty() && ka.equals(key.apply(p.b()));
            boolean same = p.relation() == NamePair.Relation.SAME;
            if (same && predictedSame) tp++;
            else if (same) fn++;
            else if (predictedSame) fp++;
            else tn++;
        }
        return new Score(tp, fp, fn, tn);
    }

    /** Confusion counts over pairs, "same name" being the positive class. */
    public record Score(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

        /** Of the pairs given one key, the share that are one name; 1 when none were. */
        public double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        /** Of the same-name pairs, the share given one key. */
        public double recall() {
            int same = truePositives + falseNegatives;
            return same == 0 ? 1.0 : (double) truePositives / same;
        }

        /** Of the different-name pairs, the share kept apart. */
        public double separation() {
            int different = falsePositives + trueNegatives;
            return different == 0 ? 1.0 : (double) trueNegatives / different;
        }
    }
}
