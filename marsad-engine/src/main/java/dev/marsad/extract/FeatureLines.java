package dev.marsad.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The per-feature lines of a learned model's file ({@link BlockModel}, {@link NodeModel}): {@code
 * <name> <mean> <scale> <weight>}, tab-separated, one per feature in a fixed order; read one line
 * at a time, written all at once.
 */
final class FeatureLines {

    private final List<String> names;
    final double[] means;
    final double[] scales;
    final double[] weights;
    private int read;

    /** An empty reader for the features {@code names}, in that order. */
    FeatureLines(List<String> names) {
        this.names = names;
        this.means = new double[names.size()];
        this.scales = new double[names.size()];
        this.weights = new double[names.size()];
    }

    /**
     * Takes the fields of one line when it is the next feature's line.
     *
     * @return false when it is not (another kind of line, or a feature out of order)
     * @throws NumberFormatException on a bad number or a scale that is not above 0
     */
    boolean accept(String[] fields) {
        if (fields.length != 4 || read >= names.size() || !fields[0].equals(names.get(read))) return false;
        means[read] = Double.parseDouble(fields[1]);
        scales[read] = Double.parseDouble(fields[2]);
        weights[read] = Double.parseDouble(fields[3]);
        if (!(scales[read] > 0)) throw new NumberFormatException("scale must be > 0");
        read++;
        return true;
    }

    /** Takes the fields of a model file's line that is not a feature line; false when it is no such line. */
    @FunctionalInterface
    interface OtherLine {
        boolean accept(String[] fields);
    }

    /**
     * Reads a model file's text: blank lines and {@code #} comments are skipped, each other line is
     * offered to {@code other} first and then taken as the next feature's line.
     *
     * @throws IllegalArgumentException naming {@code name} and the line when a line is neither, or
     *     holds a bad number
     */
    void readAll(String text, String name, OtherLine other) {
        int lineNo = 0;
        for (String raw : text.split("\n")) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            try {
                if (!other.accept(f) && !accept(f))
                    throw new IllegalArgumentException(
                            name + " line " + lineNo + ": expected " + expected() + ", got '" + line + "'");
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " line " + lineNo + ": bad number in '" + line + "'", e);
            }
        }
    }

    /** What the next line should be, for an error message. */
    String expected() {
        return read < names.size() ? "feature '" + names.get(read) + "'" : "no more lines";
    }

    /** Lines read so far; all features are read when this is {@code names.size()}. */
    int count() {
        return read;
    }

    /** Appends the lines of {@code names} with their values to {@code out}. */
    static void write(StringBuilder out, List<String> names, double[] means, double[] scales, double[] weights) {
        for (int j = 0; j < weights.length; j++)
            out.append(String.format(
                    Locale.ROOT, "%s\t%.6f\t%.6f\t%.6f%n", names.get(j), means[j], scales[j], weights[j]));
    }

    /** The text of the model resource {@code resource} next to this class, when the jar has it. */
    static Optional<String> bundled(String resource) {
        try (InputStream in = FeatureLines.class.getResourceAsStream(resource)) {
            if (in == null) return Optional.empty();
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
