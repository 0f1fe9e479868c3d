package dev.marsad.analyze;

import dev.marsad.arabic.text.AnalyzedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A trained section classifier: multinomial logistic regression over {@link SectionFeatures}, each
 * document a vector of {@code 1 + ln(count)} per known feature scaled to unit length.
 *
 * <p>It answers only when the most probable section reaches {@link #threshold()}; below it the text
 * does not say its section with confidence and {@link #classify} is empty. Built by {@link
 * SectionTrainer}, written and read as a small gzip text file ({@link #write}, {@link #read}).
 * Immutable and thread-safe.
 */
public final class SectionModel {

    /** First line of a model file; a file with another first line is refused. */
    static final String HEADER = "marsad-section-model 1";

    private final List<Section> classes;
    private final Map<String, Integer> vocabulary;
    /** {@code weights[feature * classes + class]}. */
    private final float[] weights;

    private final double[] bias;
    private final double threshold;

    SectionModel(
            List<Section> classes, Map<String, Integer> vocabulary, float[] weights, double[] bias, double threshold) {
        this.classes = List.copyOf(classes);
        this.vocabulary = Map.copyOf(vocabulary);
        this.weights = weights.clone();
        this.bias = bias.clone();
        this.threshold = threshold;
        if (classes.size() < 2) throw new IllegalArgumentException("a section model needs two sections at least");
        if (weights.length != vocabulary.size() * classes.size() || bias.length != classes.size())
            throw new IllegalArgumentException("section model: weights do not fit " + vocabulary.size()
                    + " features and " + classes.size() + " sections");
        if (!(threshold >= 0 && threshold <= 1))
            throw new IllegalArgumentException("section model: threshold must be in [0, 1], got " + threshold);
    }

    /** The sections it can give, in the order of {@link #probabilities}. */
    public List<Section> sections() {
        return classes;
    }

    /** The lowest probability of the best section for which {@link #classify} answers. */
    public double threshold() {
        return threshold;
    }

    /** This model answering from {@code newThreshold} on (in [0, 1]). */
    public SectionModel withThreshold(double newThreshold) {
        return new SectionModel(classes, vocabulary, weights, bias, newThreshold);
    }

    /** How many features it knows. */
    public int featureCount() {
        return vocabulary.size();
    }

    /** The section of a title and body when the model is confident, else empty. */
    public Optional<Section> classify(AnalyzedText title, List<AnalyzedText> body) {
        double[] p = probabilities(SectionFeatures.of(title, body));
        int best = argMax(p);
        return p[best] >= threshold ? Optional.of(classes.get(best)) : Optional.empty();
    }

    /** The probability of each of {@link #sections()} for this title and body. */
    public double[] probabilities(AnalyzedText title, List<AnalyzedText> body) {
        return probabilities(SectionFeatures.of(title, body));
    }

    double[] probabilities(Map<String, Integer> counts) {
        return softmax(scores(Vector.of(counts, vocabulary)));
    }

    double[] scores(Vector x) {
        return scores(x, weights, bias, classes.size());
    }

    /** The score of each of {@code k} classes: its bias plus the weights times the vector's values. */
    static double[] scores(Vector x, float[] weights, double[] bias, int k) {
        double[] scores = bias.clone();
        for (int n = 0; n < x.size(); n++) {
            int base = x.index(n) * k;
            double v = x.value(n);
            for (int c = 0; c < k; c++) scores[c] += weights[base + c] * v;
        }
        return scores;
    }

    static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) max = Math.max(max, s);
        double sum = 0;
        double[] p = new double[scores.length];
        for (int c = 0; c < scores.length; c++) sum += p[c] = Math.exp(scores[c] - max);
        for (int c = 0; c < scores.length; c++) p[c] /= sum;
        return p;
    }

    static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
        return best;
    }

    /**
     * Writes the model to {@code file} (gzip text: header, sections, threshold, bias, then one line
     * per feature with its weights), creating the parent folder.
     *
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public void write(Path file) {
        try {
            try (var out = GzipText.writer(file)) {
                out.write(HEADER + "\n");
                out.write("sections "
                        + String.join(" ", classes.stream().map(Section::name).toList()) + "\n");
                out.write(String.format(Locale.ROOT, "threshold %.6f%n", threshold));
                out.write("bias " + numbers(bias) + "\n");
                int k = classes.size();
                for (var entry : vocabulary.entrySet()) {
                    double[] row = new double[k];
                    for (int c = 0; c < k; c++) row[c] = weights[entry.getValue() * k + c];
                    out.write(entry.getKey() + "\t" + numbers(row) + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write section model " + file, e);
        }
    }

    private static String numbers(double[] values) {
        var joined = new StringBuilder();
        for (double v : values) {
            if (!joined.isEmpty()) joined.append(' ');
            joined.append(String.format(Locale.ROOT, "%.6g", v));
        }
        return joined.toString();
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @throws UncheckedIOException naming the file when it cannot be read
     * @throws IllegalArgumentException naming the file and line when it is no section model
     */
    public static SectionModel read(Path file) {
        Objects.requireNonNull(file, "file");
        try (var in = GzipText.reader(file)) {
            return new ModelFileReader(file, in).read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read section model " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the lines of one model file, naming the file and line of anything wrong. */
    private static final class ModelFileReader {
        private final Path file;
        private final BufferedReader in;
        private int lineNumber;

        ModelFileReader(Path file, BufferedReader in) {
            this.file = file;
            this.in = in;
        }

        SectionModel read() throws IOException {
            if (!HEADER.equals(next())) throw bad("not a Marsad section model (first line is not '" + HEADER + "')");
            List<Section> classes = new ArrayList<>();
            for (String name : field("sections").split(" ")) {
                try {
                    classes.add(Section.valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw bad("unknown section '" + name + "'");
                }
            }
            double threshold = parse(field("threshold").split(" "), 1)[0];
            double[] bias = parse(field("bias").split(" "), classes.size());
            Map<String, Integer> vocabulary = new HashMap<>();
            List<double[]> rows = new ArrayList<>();
            for (String line = next(); line != null; line = next()) {
                int tab = line.indexOf('\t');
                if (tab <= 0) throw bad("expected 'feature<TAB>weights'");
                vocabulary.put(line.substring(0, tab), rows.size());
                rows.add(parse(line.substring(tab + 1).split(" "), classes.size()));
            }
            float[] weights = new float[rows.size() * classes.size()];
            for (int f = 0; f < rows.size(); f++)
                for (int c = 0; c < classes.size(); c++) weights[f * classes.size() + c] = (float) rows.get(f)[c];
            try {
                return new SectionModel(classes, vocabulary, weights, bias, threshold);
            } catch (IllegalArgumentException e) {
                throw bad(e.getMessage());
            }
        }

        private String next() throws IOException {
            lineNumber++;
            return in.readLine();
        }

        private String field(String name) throws IOException {
            String line = next();
            if (line == null || !line.startsWith(name + " ")) throw bad("expected a line '" + name + " …'");
            return line.substring(name.length() + 1);
        }

        private double[] parse(String[] parts, int expected) {
            if (parts.length != expected) throw bad("expected " + expected + " numbers, got " + parts.length);
            double[] values = new double[expected];
            try {
                for (int i = 0; i < expected; i++) values[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw bad("not a number: " + e.getMessage());
            }
            return values;
        }

        private IllegalArgumentException bad(String detail) {
            return new IllegalArgumentException("section model " + file + " line " + lineNumber + ": " + detail);
        }
    }

    /** A sparse document vector: known features with their values, unit length. */
    record Vector(int[] indexes, double[] values) {

        static Vector of(Map<String, Integer> counts, Map<String, Integer> vocabulary) {
            int[] idx = new int[counts.size()];
            double[] val = new double[counts.size()];
            int n = 0;
            double norm = 0;
            for (var entry : counts.entrySet()) {
                Integer index = vocabulary.get(entry.getKey());
                if (index == null) continue;
                idx[n] = index;
                val[n] = 1 + Math.log(entry.getValue());
                norm += val[n] * val[n];
                n++;
            }
            double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
            for (int i = 0; i < n; i++) val[i] *= scale;
            return new Vector(java.util.Arrays.copyOf(idx, n), java.util.Arrays.copyOf(val, n));
        }

        int size() {
            return indexes.length;
        }

        int index(int n) {
            return indexes[n];
        }

        double value(int n) {
            return values[n];
        }
    }
}
