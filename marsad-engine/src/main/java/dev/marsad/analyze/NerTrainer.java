package dev.marsad.analyze;

import dev.marsad.arabic.text.AnalyzedText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link NerModel} on a {@link ConllCorpus} with the averaged structured perceptron
 * (Collins 2002): for each sentence, decode with Viterbi under the current weights; where the best
 * sequence differs from the gold one, add the gold sequence's features and subtract the predicted
 * one's; the model keeps the average of the weights over all steps, which generalises like a
 * regularised model without a learning rate to tune.
 *
 * <ol>
 *   <li>align: tokenise each sentence with marsad-arabic and give each word the gold tag of the
 *       corpus token it starts in (a second word of one token continues its entity);
 *   <li>extract each word's {@link NerFeatures} once and number the feature names;
 *   <li>run {@link Settings#epochs} passes over the sentences in a shuffled order;
 *   <li>average, drop features whose weights are all near zero, and build the model.
 * </ol>
 */
public final class NerTrainer {

    /** Averaged weights smaller than this for every tag are dropped from the model file. */
    private static final float MIN_WEIGHT = 1e-3f;

    /**
     * Contiguous folds of the training sentences: the features of each fold read the names of the
     * others ({@link NameLexicon}), as the features of new text read names of the training text.
     */
    private static final int FOLDS = 5;

    /** How many news texts the self-training ({@link #trainWithInducedNames}) tags by default. */
    public static final int INDUCED_TEXTS = 10_000;

    /**
     * Training settings.
     *
     * @param epochs passes over the training sentences
     * @param seed seed of the shuffling of the first run
     * @param runs how many perceptrons are trained, each on its own shuffling (seeds {@code seed},
     *     {@code seed + 1}, …), and averaged into one model: a single run's F1 moves by ±0.01 with
     *     the order it saw the sentences in; the average of several does not depend on one order
     */
    public record Settings(int epochs, long seed, int runs) {
        public Settings {
            if (epochs < 1) throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
            if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }

        /** One run. */
        public Settings(int epochs, long seed) {
            this(epochs, seed, 1);
        }

        /** The defaults: chosen on the development part of ANERcorp (see docs/benchmarks/analyze-ner.md). */
        public static Settings defaults() {
            return new Settings(12, 7L, 5);
        }

        /** These settings with {@code epochs} passes. */
        public Settings withEpochs(int epochs) {
            return new Settings(epochs, seed, runs);
        }

        /** These settings with {@code runs} averaged runs. */
        public Settings withRuns(int runs) {
            return new Settings(epochs, seed, runs);
        }
    }

    private final Settings settings;
    private final Consumer<String> progress;
    private final NerFeatures features;
    /** Per fold of the training sentences, the induced names their features read (none: {@link #features}'). */
    private List<NameLexicon> inducedByFold = List.of();

    /** A trainer whose features read these clusters, telling {@code progress} about each pass. */
    public NerTrainer(Settings settings, WordClusters clusters, Consumer<String> progress) {
        this(settings, clusters, EmbeddingClusters.NONE, progress);
    }

    /** A trainer whose features read these clusters and embedding clusters. */
    public NerTrainer(
            Settings settings, WordClusters clusters, EmbeddingClusters embeddings, Consumer<String> progress) {
        this(settings, clusters, embeddings, NameLexicon.EMPTY, progress);
    }

    private NerTrainer(
            Settings settings,
            WordClusters clusters,
            EmbeddingClusters embeddings,
            NameLexicon induced,
            Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
        Lexicon lexicon = Lexicon.load();
        this.features = new NerFeatures(
                Gazetteer.load(lexicon.stopWords(), lexicon.genericHeads()), lexicon, clusters, embeddings, induced);
    }

    /**
     * Trains on {@code corpus} with names induced from unlabelled news (self-training, {@link
     * InducedNames}), reading nothing but {@code corpus}'s labels. As with the training names
     * ({@link NameLexicon}), a tagger must not learn to trust names induced by a tagger that saw
     * the very sentences it learns from: for each of the {@link #FOLDS} folds, a tagger trained on
     * the other folds (one run) tags its own share of the first {@code maxTexts} texts at {@code
     * news}, and the names it finds are the feature of that fold's sentences. For new text, a
     * tagger trained on all of {@code corpus} (one run) tags a share of the same size: a list as
     * long as those the model learnt to trust (a list from all the texts, five times as many names,
     * fired on more words than training ever showed it and did worse on dev).
     *
     * @throws IllegalArgumentException when the corpus has no sentence or {@code news} no text
     */
    public NerModel trainWithInducedNames(ConllCorpus corpus, String description, Path news, int maxTexts) {
        var byFold = new ArrayList<NameLexicon>();
        List<ConllCorpus.Sentence> sentences = corpus.sentences();
        int n = sentences.size();
        int share = Math.max(1, maxTexts / (FOLDS + 1));
        for (int fold = 0; fold < FOLDS; fold++) {
            var others = new ConllCorpus(without(sentences, n * fold / FOLDS, n * (fold + 1) / FOLDS));
            byFold.add(inducedNames(others, description, news, fold * share, share));
            progress.accept("induced names, fold " + (fold + 1) + ": "
                    + byFold.getLast().size());
        }
        NameLexicon induced = inducedNames(corpus, description, news, FOLDS * share, share);
        progress.accept("induced names for new text: " + induced.size());
        var trainer = new NerTrainer(settings, features.clusters(), features.embeddings(), induced, progress);
        trainer.inducedByFold = List.copyOf(byFold);
        return trainer.train(corpus, description);
    }

    /**
     * Classic self-training: a tagger trained on {@code corpus} (one run) tags the first {@code
     * maxTexts} news texts, and the tagger returned learns from {@code corpus} and those of its
     * sentences that name an entity.
     */
    public NerModel trainSelfTrained(ConllCorpus corpus, String description, Path news, int maxTexts) {
        var oneRun = new Settings(settings.epochs(), settings.seed(), 1);
        NerModel first =
                new NerTrainer(oneRun, features.clusters(), features.embeddings(), m -> {}).train(corpus, description);
        var tagged = InducedNames.taggedSentences(first, news, maxTexts);
        progress.accept("self-training: " + tagged.size() + " tagged news sentences");
        return train(corpus.plus(new ConllCorpus(tagged)), description);
    }

    /** The names a tagger trained on {@code corpus} (one run) finds in {@code count} news texts after {@code skip}. */
    private NameLexicon inducedNames(ConllCorpus corpus, String description, Path news, int skip, int count) {
        var oneRun = new Settings(settings.epochs(), settings.seed(), 1);
        NerModel tagger =
                new NerTrainer(oneRun, features.clusters(), features.embeddings(), m -> {}).train(corpus, description);
        return InducedNames.names(InducedNames.count(tagger, news, skip, count, m -> {}));
    }

    /** One sentence ready for training: feature ids and gold tag per word. */
    private record Example(int[][] features, int[] gold) {}

    /**
     * Trains on {@code corpus}.
     *
     * @param description what the model is trained on and under which terms, kept in the model
     * @throws IllegalArgumentException when the corpus has no sentence
     */
    public NerModel train(ConllCorpus corpus, String description) {
        if (corpus.sentences().isEmpty()) throw new IllegalArgumentException("no sentences to train on");
        var sentences = new ArrayList<List<Word>>();
        var gold = new ArrayList<int[]>();
        for (ConllCorpus.Sentence sentence : corpus.sentences()) {
            List<Word> words = Word.of(AnalyzedText.of(sentence.text()));
            if (words.isEmpty()) continue;
            sentences.add(words);
            gold.add(goldTags(sentence, words));
        }
        var ids = new HashMap<String, Integer>();
        var examples = new ArrayList<Example>();
        int n = sentences.size();
        for (int fold = 0; fold < FOLDS; fold++) {
            int from = n * fold / FOLDS;
            int to = n * (fold + 1) / FOLDS;
            NameLexicon others = NameLexicon.of(without(sentences, from, to), without(gold, from, to));
            NerFeatures f = inducedByFold.isEmpty() ? features : features.withInduced(inducedByFold.get(fold));
            for (int s = from; s < to; s++)
                examples.add(new Example(number(f.of(sentences.get(s), others), ids), gold.get(s)));
        }
        int t = NerModel.TAGS.size();
        float[] weights = new float[ids.size() * t];
        float[] transitions = new float[(t + 1) * t];
        for (int run = 0; run < settings.runs(); run++) {
            var w = new Weights(weights.length, transitions.length);
            var random = new Random(settings.seed() + run);
            var order = new ArrayList<>(examples);
            for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
                Collections.shuffle(order, random);
                int mistakes = 0;
                for (Example e : order) mistakes += w.learn(e);
                progress.accept((settings.runs() > 1 ? "run " + (run + 1) + ", " : "") + "epoch " + epoch + ": "
                        + mistakes + " words wrong of "
                        + order.stream().mapToInt(e -> e.gold().length).sum());
            }
            w.addAveraged(weights, transitions, 1f / settings.runs());
        }
        return model(ids, weights, transitions, description, NameLexicon.of(sentences, gold));
    }

    private NerModel model(Map<String, Integer> ids, float[] w, float[] trans, String description, NameLexicon names) {
        int t = NerModel.TAGS.size();
        var weights = new HashMap<String, float[]>();
        ids.forEach((name, id) -> {
            float[] v = new float[t];
            boolean kept = false;
            for (int k = 0; k < t; k++) {
                v[k] = w[id * t + k];
                kept |= Math.abs(v[k]) >= MIN_WEIGHT;
            }
            if (kept) weights.put(name, v);
        });
        float[][] transitions = new float[t + 1][t];
        for (int p = 0; p <= t; p++) System.arraycopy(trans, p * t, transitions[p], 0, t);
        return new NerModel(
                description,
                weights,
                transitions,
                features.clusters(),
                features.embeddings(),
                features.induced(),
                names);
    }

    private static <T> List<T> without(List<T> all, int from, int to) {
        var rest = new ArrayList<T>(all.subList(0, from));
        rest.addAll(all.subList(to, all.size()));
        return rest;
    }

    private static int[][] number(List<String[]> names, Map<String, Integer> ids) {
        int[][] out = new int[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            String[] f = names.get(i);
            out[i] = new int[f.length];
            for (int k = 0; k < f.length; k++) out[i][k] = ids.computeIfAbsent(f[k], x -> ids.size());
        }
        return out;
    }

    /** Each word's tag: that of the corpus token it starts in; a later word of one token continues. */
    static int[] goldTags(ConllCorpus.Sentence sentence, List<Word> words) {
        int[] starts = sentence.tokenStarts();
        int[] tags = new int[words.size()];
        int previousToken = -1;
        for (int i = 0; i < words.size(); i++) {
            int token = tokenAt(starts, words.get(i).start());
            int tag = tagIndex(sentence.tags().get(token));
            if (token == previousToken && tag % 2 == 1) tag++;
            if (tag % 2 == 0 && tag > 0 && (i == 0 || !NerModel.isAllowed(tags[i - 1], tag))) tag--;
            tags[i] = tag;
            previousToken = token;
        }
        return tags;
    }

    static int tokenAt(int[] starts, int offset) {
        int i = 0;
        while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
        return i;
    }

    /** The model's tag index of a corpus tag: B-PERS → B-PER; unknown types are O. */
    static int tagIndex(String tag) {
        if (tag.length() < 3) return 0;
        String type = tag.substring(2);
        if (type.equals("PERS")) type = "PER";
        int index = NerModel.TAGS.indexOf(tag.substring(0, 2) + type);
        return Math.max(index, 0);
    }

    /** Perceptron weights with the sums needed for averaging (the lazy-update trick). */
    private static final class Weights {
        private final float[] w;
        private final float[] sum;
        private final float[] trans;
        private final float[] transSum;
        private int step = 1;

        Weights(int features, int transitions) {
            w = new float[features];
            sum = new float[features];
            trans = new float[transitions];
            transSum = new float[transitions];
        }

        int learn(Example e) {
            int t = NerModel.TAGS.size();
            double[][] emission = new double[e.gold().length][t];
            for (int i = 0; i < emission.length; i++)
                for (int f : e.features()[i]) for (int k = 0; k < t; k++) emission[i][k] += w[f * t + k];
            float[][] transitions = new float[t + 1][t];
            for (int p = 0; p <= t; p++) System.arraycopy(trans, p * t, transitions[p], 0, t);
            int[] predicted = NerModel.viterbi(emission, transitions);
            int wrong = 0;
            for (int i = 0; i < predicted.length; i++) {
                int gold = e.gold()[i];
                int guess = predicted[i];
                int goldPrevious = i == 0 ? t : e.gold()[i - 1];
                int guessPrevious = i == 0 ? t : predicted[i - 1];
                if (gold != guess) {
                    wrong++;
                    for (int f : e.features()[i]) {
                        update(w, sum, f * t + gold, 1);
                        update(w, sum, f * t + guess, -1);
                    }
                }
                if (gold != guess || goldPrevious != guessPrevious) {
                    update(trans, transSum, goldPrevious * t + gold, 1);
                    update(trans, transSum, guessPrevious * t + guess, -1);
                }
            }
            step++;
            return wrong;
        }

        private void update(float[] weights, float[] sums, int index, float delta) {
            weights[index] += delta;
            sums[index] += step * delta;
        }

        private float averaged(float[] weights, float[] sums, int index) {
            return weights[index] - sums[index] / step;
        }

        /** Adds {@code share} times the averaged weights to {@code weights} and {@code transitions}. */
        void addAveraged(float[] weights, float[] transitions, float share) {
            for (int i = 0; i < weights.length; i++) weights[i] += share * averaged(w, sum, i);
            for (int i = 0; i < transitions.length; i++) transitions[i] += share * averaged(trans, transSum, i);
        }
    }
}
