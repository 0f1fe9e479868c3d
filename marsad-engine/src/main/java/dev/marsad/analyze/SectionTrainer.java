package dev.marsad.analyze;

import dev.marsad.arabic.text.AnalyzedText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;

/**
 * Trains a {@link SectionModel}: multinomial logistic regression by AdaGrad over shuffled passes of
 * the examples, with L2 regularisation, each example weighted so that every section weighs the same
 * in total (the corpus has three times more sports than culture, and the target is macro-F1).
 *
 * <ol>
 *   <li>features of every example ({@link SectionFeatures});
 *   <li>vocabulary: features seen in at least {@link Settings#minDocuments()} training articles;
 *   <li>{@link Settings#epochs()} passes in a seeded order;
 *   <li>the confidence threshold is set apart, on articles the model did not learn from: by
 *       cross-validation ({@link #fromCorpus}) or on a development part ({@link #chooseThreshold}).
 * </ol>
 */
public final class SectionTrainer {

    /**
     * How to train.
     *
     * @param epochs passes over the examples
     * @param learningRate AdaGrad's base step
     * @param l2 weight decay per update
     * @param minDocuments fewest training articles a feature must occur in to be kept
     * @param seed of the shuffling, so that training is repeatable
     * @param averaged fits from as many seeds (seed, seed + 1, …) whose weights are averaged, so
     *     that the model depends less on the order of the examples
     */
    public record Settings(int epochs, double learningRate, double l2, int minDocuments, long seed, int averaged) {
        public Settings {
            if (epochs < 1) throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
            if (!(learningRate > 0)) throw new IllegalArgumentException("learningRate must be positive");
            if (!(l2 >= 0)) throw new IllegalArgumentException("l2 must not be negative");
            if (minDocuments < 1) throw new IllegalArgumentException("minDocuments must be at least 1");
            if (averaged < 1) throw new IllegalArgumentException("averaged must be at least 1");
        }

        /**
         * The settings chosen by cross-validation inside the training and development parts of
         * SaudiNewsNet (docs/benchmarks/analyze-sections.md).
         */
        public static Settings defaults() {
            return new Settings(
                    DEFAULT_EPOCHS, DEFAULT_LEARNING_RATE, DEFAULT_L2, DEFAULT_MIN_DOCUMENTS, 11, DEFAULT_AVERAGED);
        }
    }

    /** Passes over the training articles. */
    static final int DEFAULT_EPOCHS = 25;
    /** AdaGrad's base step. */
    static final double DEFAULT_LEARNING_RATE = 0.1;
    /** Weight decay per update. */
    static final double DEFAULT_L2 = 3e-4;
    /** Folds of the cross-validation that chooses the threshold (and chose the settings). */
    public static final int FOLDS = 5;
    /** Fits averaged into one model. */
    static final int DEFAULT_AVERAGED = 1;
    /** A feature must occur in this many training articles. */
    static final int DEFAULT_MIN_DOCUMENTS = 2;
    /** Thresholds tried by {@link #chooseThreshold}, from answering always to answering rarely. */
    static final double[] THRESHOLDS = {0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8};
    /** Dev macro-F1 a higher threshold may lose against the best: "unknown" is worth a little F1. */
    static final double THRESHOLD_TOLERANCE = 0.005;

    /**
     * One training article.
     *
     * @param title its headline
     * @param text its body, paragraphs on separate lines
     * @param section its section
     */
    public record Example(String title, String text, Section section) {
        public Example {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(section, "section");
            if (!section.isKnown()) throw new IllegalArgumentException("a training example needs a known section");
        }

        Map<String, Integer> features() {
            return SectionFeatures.of(AnalyzedText.of(title), paragraphs(text));
        }
    }

    private SectionTrainer() {}

    /**
     * The model {@code marsad train sections} builds: its confidence threshold chosen by {@link
     * #FOLDS}-fold cross-validation inside the training and development parts ({@link
     * #crossValidation}), its weights learnt from both parts; the {@link SectionCorpus.Part#TEST}
     * part is not read.
     */
    public static SectionModel fromCorpus(List<SectionCorpus.Labelled> corpus, Settings settings) {
        SectionCrossValidation folds = crossValidation(corpus);
        double threshold = folds.run(settings).threshold();
        return train(examples(corpus, SectionCorpus.Part.TRAIN, SectionCorpus.Part.DEV), settings)
                .withThreshold(threshold);
    }

    /**
     * The model of the first protocol, kept for comparison: trained on the {@link
     * SectionCorpus.Part#TRAIN} part only, its threshold chosen on the {@link SectionCorpus.Part#DEV}
     * part.
     */
    public static SectionModel fromTrainingPart(List<SectionCorpus.Labelled> corpus, Settings settings) {
        SectionModel model = train(examples(corpus, SectionCorpus.Part.TRAIN), settings);
        return chooseThreshold(model, examples(corpus, SectionCorpus.Part.DEV));
    }

    /**
     * Cross-validation over the training and development parts together, in {@link #FOLDS} folds
     * by the split's hash bucket ({@link SectionCorpus#bucketOf}), so that exact copies share a fold.
     */
    public static SectionCrossValidation crossValidation(List<SectionCorpus.Labelled> corpus) {
        List<SectionCorpus.Labelled> known =
                corpus.stream().filter(a -> a.part() != SectionCorpus.Part.TEST).toList();
        int[] fold = known.stream()
                .mapToInt(a -> SectionCorpus.bucketOf(a.content()) % FOLDS)
                .toArray();
        return new SectionCrossValidation(examples(known, SectionCorpus.Part.TRAIN, SectionCorpus.Part.DEV), fold);
    }

    /** The examples of some parts of the corpus, in corpus order. */
    public static List<Example> examples(List<SectionCorpus.Labelled> corpus, SectionCorpus.Part... parts) {
        var wanted = List.of(parts);
        return corpus.stream()
                .filter(a -> wanted.contains(a.part()))
                .map(a -> new Example(a.title(), a.content(), a.section()))
                .toList();
    }

    /** A body split into analysed paragraphs, one per non-blank line. */
    static List<AnalyzedText> paragraphs(String text) {
        return text.lines().filter(l -> !l.isBlank()).map(AnalyzedText::of).toList();
    }

    /**
     * A model of the sections of {@code examples}, answering always (threshold 0).
     *
     * @throws IllegalArgumentException when the examples hold fewer than two sections
     */
    public static SectionModel train(List<Example> examples, Settings settings) {
        return train(
                examples.stream().map(Example::features).toList(),
                examples.stream().map(Example::section).toList(),
                settings);
    }

    /**
     * {@link #train(List, Settings)} on features already read: {@code features.get(i)} of an
     * article of section {@code sections.get(i)}.
     */
    static SectionModel train(List<Map<String, Integer>> features, List<Section> sections, Settings settings) {
        List<Section> classes = new ArrayList<>(new TreeSet<>(sections));
        if (classes.size() < 2)
            throw new IllegalArgumentException("training needs articles of two sections at least, got " + classes);
        Map<String, Integer> vocabulary = vocabulary(features, settings.minDocuments());
        int k = classes.size();
        double[] classWeight = classWeights(sections, classes);
        int[] gold = sections.stream().mapToInt(classes::indexOf).toArray();
        List<SectionModel.Vector> vectors = features.stream()
                .map(f -> SectionModel.Vector.of(f, vocabulary))
                .toList();
        float[] weights = new float[vocabulary.size() * k];
        double[] bias = new double[k];
        for (int run = 0; run < settings.averaged(); run++) {
            var one = new Fit(vocabulary.size(), k);
            one.run(vectors, gold, classWeight, settings, settings.seed() + run);
            for (int i = 0; i < weights.length; i++) weights[i] += one.weights[i] / settings.averaged();
            for (int c = 0; c < k; c++) bias[c] += one.bias[c] / settings.averaged();
        }
        return new SectionModel(classes, vocabulary, weights, bias, 0);
    }

    /** One AdaGrad fit from zero weights, the examples shuffled by one seed. */
    private static final class Fit {
        final float[] weights;
        final float[] squares;
        final double[] bias;
        final double[] biasSquares;
        final int k;

        Fit(int features, int k) {
            this.k = k;
            this.weights = new float[features * k];
            this.squares = new float[features * k];
            this.bias = new double[k];
            this.biasSquares = new double[k];
        }

        void run(List<SectionModel.Vector> vectors, int[] gold, double[] classWeight, Settings settings, long seed) {
            int[] order = new int[vectors.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Random random = new Random(seed);
            for (int epoch = 0; epoch < settings.epochs(); epoch++) {
                shuffle(order, random);
                for (int i : order) step(vectors.get(i), gold[i], classWeight[gold[i]], settings);
            }
        }

        private void step(SectionModel.Vector x, int gold, double exampleWeight, Settings settings) {
            double[] p = SectionModel.softmax(SectionModel.scores(x, weights, bias, k));
            for (int c = 0; c < k; c++) {
                double g = exampleWeight * (p[c] - (c == gold ? 1 : 0));
                biasSquares[c] += g * g;
                bias[c] -= settings.learningRate() * g / Math.sqrt(biasSquares[c] + 1e-8);
                for (int n = 0; n < x.size(); n++) {
                    int at = x.index(n) * k + c;
                    double gradient = g * x.value(n) + settings.l2() * weights[at];
                    squares[at] += (float) (gradient * gradient);
                    weights[at] -= (float) (settings.learningRate() * gradient / Math.sqrt(squares[at] + 1e-8));
                }
            }
        }
    }

    private static Map<String, Integer> vocabulary(List<Map<String, Integer>> features, int minDocuments) {
        Map<String, Integer> documents = new HashMap<>();
        for (Map<String, Integer> f : features) for (String name : f.keySet()) documents.merge(name, 1, Integer::sum);
        Map<String, Integer> vocabulary = new HashMap<>();
        documents.keySet().stream()
                .filter(name -> documents.get(name) >= minDocuments)
                .sorted()
                .forEach(name -> vocabulary.put(name, vocabulary.size()));
        return vocabulary;
    }

    /** Weight of an example of each class: total / (classes × class size). */
    private static double[] classWeights(List<Section> sections, List<Section> classes) {
        Map<Section, Integer> sizes = new EnumMap<>(Section.class);
        for (Section s : sections) sizes.merge(s, 1, Integer::sum);
        double[] weights = new double[classes.size()];
        for (int c = 0; c < classes.size(); c++)
            weights[c] = (double) sections.size() / (classes.size() * sizes.get(classes.get(c)));
        return weights;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /**
     * The model with the highest threshold among {@link #THRESHOLDS} whose macro-F1 on {@code
     * development} is within {@link #THRESHOLD_TOLERANCE} of the best: it says "unknown" where the
     * text is unclear as long as that costs (almost) nothing.
     */
    public static SectionModel chooseThreshold(SectionModel model, List<Example> development) {
        var top = new ArrayList<Section>();
        double[] confidence = new double[development.size()];
        for (int i = 0; i < development.size(); i++) {
            double[] p = model.probabilities(development.get(i).features());
            int best = SectionModel.argMax(p);
            top.add(model.sections().get(best));
            confidence[i] = p[best];
        }
        var predictions = new SectionCrossValidation.Predictions(
                development.stream().map(Example::section).toList(), top, confidence);
        return model.withThreshold(predictions.threshold());
    }
}
