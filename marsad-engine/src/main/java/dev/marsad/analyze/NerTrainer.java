package dev.marsad.analyze;

import dev.marsad.arabic.text.AnalyzedText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 *   <li>first pass: run {@link Settings#epochs} passes over the sentences in a shuffled order,
 *       {@link Settings#runs} times, and average;
 *   <li>tag each fold of the training sentences with a first pass trained on the other folds;
 *   <li>add to each word the {@link StackedFeatures} of those held-out tags over its document;
 *   <li>second pass: learn as in step 3 over both kinds of features; drop the features whose
 *       weights are all near zero, and build the model. With {@link Passes#NEURAL}, a {@link
 *       WindowNetwork} also learns from the same examples ({@link NetworkTrainer}) and joins the
 *       second pass (or replaces it, with a blend of 0).
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
     * Consecutive training sentences read as one text by the second pass's features: about an
     * article's length (ANERcorp has no article boundaries).
     */
    private static final int DOCUMENT_SENTENCES = 15;

    /** The weight the second pass starts with for keeping the first pass's tag of a word. */
    private static final float FIRST_PASS_TRUST = 1f;

    /**
     * Training settings.
     *
     * @param epochs passes over the training sentences
     * @param seed seed of the shuffling of the first run
     * @param runs how many perceptrons are trained, each on its own shuffling (seeds {@code seed},
     *     {@code seed + 1}, …), and averaged into one model: a single run's F1 moves by ±0.01 with
     *     the order it saw the sentences in; the average of several does not depend on one order
     */
    public record Settings(int epochs, long seed, int runs, Passes passes) {
        public Settings {
            if (epochs < 1) throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
            if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, got " + runs);
            Objects.requireNonNull(passes, "passes");
        }

        /** One run, two passes. */
        public Settings(int epochs, long seed) {
            this(epochs, seed, 1, Passes.TWO);
        }

        /** The defaults: chosen on the development part of ANERcorp (see docs/benchmarks/analyze-ner.md). */
        public static Settings defaults() {
            return new Settings(12, 7L, 5, Passes.TWO);
        }

        /** These settings with {@code epochs} passes over the sentences. */
        public Settings withEpochs(int epochs) {
            return new Settings(epochs, seed, runs, passes);
        }

        /** These settings with the first run shuffled by {@code seed}. */
        public Settings withSeed(long seed) {
            return new Settings(epochs, seed, runs, passes);
        }

        /** These settings with {@code runs} averaged runs. */
        public Settings withRuns(int runs) {
            return new Settings(epochs, seed, runs, passes);
        }

        /** These settings with one tagging pass or two. */
        public Settings withPasses(Passes passes) {
            return new Settings(epochs, seed, runs, passes);
        }
    }

    /**
     * How many times the model tags a text: once, or twice with the second pass reading the first
     * pass's tags over the whole text ({@link StackedFeatures}).
     */
    public enum Passes {
        ONE,
        TWO,
        /** Two passes, the second a neural network ({@link WindowNetwork}) over the same features. */
        NEURAL
    }

    private final Settings settings;
    private final Perceptron perceptron;
    private final NerFeatures features;
    private final Consumer<String> progress;
    private final NetworkTrainer.Settings network;
    private final TokenVectors vectors;
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
        this(settings, clusters, embeddings, induced, progress, NetworkTrainer.Settings.defaults(), TokenVectors.NONE);
    }

    private NerTrainer(
            Settings settings,
            WordClusters clusters,
            EmbeddingClusters embeddings,
            NameLexicon induced,
            Consumer<String> progress,
            NetworkTrainer.Settings network,
            TokenVectors vectors) {
        this.settings = settings;
        this.progress = progress;
        this.network = network;
        this.vectors = vectors;
        this.perceptron = new Perceptron(progress);
        Lexicon lexicon = Lexicon.load();
        this.features = new NerFeatures(
                Gazetteer.load(lexicon.stopWords(), lexicon.genericHeads()), lexicon, clusters, embeddings, induced);
    }

    /**
     * This trainer with {@code network} as the settings of a neural second pass ({@link
     * Passes#NEURAL}), reading {@code vectors} ({@link WordVectors#NONE}: none).
     */
    public NerTrainer withNetwork(NetworkTrainer.Settings network, WordVectors vectors) {
        return withNetwork(network, vectors, ContextualCharVectors.NONE);
    }

    /**
     * This trainer with {@code network} as the settings of a neural second pass, reading each word's
     * {@code vectors} followed by its contextual vector from {@code context} ({@code NONE}: none).
     */
    public NerTrainer withNetwork(NetworkTrainer.Settings network, WordVectors vectors, ContextualCharVectors context) {
        return new NerTrainer(
                settings,
                features.clusters(),
                features.embeddings(),
                features.induced(),
                progress,
                network,
                new TokenVectors(vectors, context));
    }

    /**
     * Trains on {@code corpus} with names induced from unlabelled news (self-training, {@link
     * InducedNames}), reading nothing but {@code corpus}'s labels. As with the training names
     * ({@link NameLexicon}), a tagger must not learn to trust names induced by a tagger that saw
     * the very sentences it learns from: for each of the {@link #FOLDS} folds, a tagger trained on
     * the other folds (one run) tags its own share of the first {@code maxTexts} texts at {@code
     * news}, and the names it finds are the feature of that fold's sentences. For new text, a
     * tagger trained on all of {@code corpus} (one run) tags a share of the same size, so that the
     * list is as long as those the model learnt to trust. Neither this layout nor a list from all
     * the texts beat the tagger without induced names on ANERcorp's dev part (0.753 and 0.766
     * against 0.762, one run each: docs/benchmarks/analyze-ner.md), which is why it is off by
     * default.
     *
     * @throws IllegalArgumentException when the corpus has no sentence or {@code news} no text
     */
    public NerModel trainWithInducedNames(ConllCorpus corpus, String description, Path news, int maxTexts) {
        var byFold = new ArrayList<NameLexicon>();
        // the folds must be those train() cuts: over the sentences that have words
        List<ConllCorpus.Sentence> sentences = corpus.sentences().stream()
                .filter(sentence -> !Word.of(AnalyzedText.of(sentence.text())).isEmpty())
                .toList();
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
        var tagged = InducedNames.taggedSentences(firstTagger(corpus, description), news, maxTexts);
        progress.accept("self-training: " + tagged.size() + " tagged news sentences");
        return train(corpus.plus(new ConllCorpus(tagged)), description);
    }

    /** The names a tagger trained on {@code corpus} (one run) finds in {@code count} news texts after {@code skip}. */
    private NameLexicon inducedNames(ConllCorpus corpus, String description, Path news, int skip, int count) {
        return InducedNames.names(InducedNames.count(firstTagger(corpus, description), news, skip, count, m -> {}));
    }

    /** The quick tagger that tags news for self-training: one run, one pass, these features. */
    private NerModel firstTagger(ConllCorpus corpus, String description) {
        var oneRun = settings.withRuns(1).withPasses(Passes.ONE);
        return new NerTrainer(oneRun, features.clusters(), features.embeddings(), m -> {}).train(corpus, description);
    }

    /**
     * Trains on {@code corpus}.
     *
     * @param description what the model is trained on and under which terms, kept in the model
     * @throws IllegalArgumentException when the corpus has no sentence
     */
    public NerModel train(ConllCorpus corpus, String description) {
        return train(corpus, new ConllCorpus(List.of()), description);
    }

    /**
     * Trains on {@code corpus}; a neural second pass ({@link Passes#NEURAL}) stops early on {@code
     * validation} when it has sentences (the other passes do not read it).
     *
     * @param description what the model is trained on and under which terms, kept in the model
     * @throws IllegalArgumentException when the corpus has no sentence
     */
    public NerModel train(ConllCorpus corpus, ConllCorpus validation, String description) {
        if (corpus.sentences().isEmpty()) throw new IllegalArgumentException("no sentences to train on");
        var sentences = new ArrayList<List<Word>>();
        var gold = new ArrayList<int[]>();
        for (ConllCorpus.Sentence sentence : corpus.sentences()) { // 1. align
            List<Word> words = Word.of(AnalyzedText.of(sentence.text()));
            if (words.isEmpty()) continue;
            sentences.add(words);
            gold.add(goldTags(sentence, words));
        }
        var ids = new HashMap<String, Integer>();
        List<Perceptron.Example> examples = examples(sentences, gold, ids); // 2. features
        int firstCount = ids.size();
        Perceptron.Learnt first = learn(examples, firstCount, settings, ""); // 3. first pass
        NameLexicon names = NameLexicon.of(sentences, gold);
        if (settings.passes() == Passes.ONE)
            return new NerModel(
                    description,
                    pass(ids, first, firstCount),
                    Optional.empty(),
                    features.clusters(),
                    features.embeddings(),
                    features.induced(),
                    names);
        HeldOut heldOut = crossValidatedTags(examples, firstCount); // 4. first pass, held out
        List<Perceptron.Example> stacked = stacked(sentences, examples, heldOut, ids); // 5. second-pass features
        if (settings.passes() == Passes.NEURAL && network.blend() == 0)
            return withNetwork( // 6.
                    description,
                    pass(ids, first, firstCount),
                    Optional.empty(),
                    names,
                    withVectors(stacked, sentences),
                    ids,
                    validation);
        Perceptron.Learnt second =
                perceptron.learn(stacked, trustingFirstPass(ids), settings, "second pass, "); // 6. second pass
        if (settings.passes() == Passes.NEURAL)
            return withNetwork(
                    description,
                    pass(ids, first, firstCount),
                    Optional.of(pass(ids, second, ids.size())),
                    names,
                    withVectors(stacked, sentences),
                    ids,
                    validation);
        return new NerModel(
                description,
                pass(ids, first, firstCount),
                Optional.of(pass(ids, second, ids.size())),
                features.clusters(),
                features.embeddings(),
                features.induced(),
                names);
    }

    /**
     * Step 6 of a neural second pass: a {@link WindowNetwork} learns from the same examples as the
     * perceptron's second pass would, stopping early on {@code validation} as tagged by the first
     * pass over documents of {@link #DOCUMENT_SENTENCES} sentences.
     */
    private NerModel withNetwork(
            String description,
            NerModel.Pass firstPass,
            Optional<NerModel.Pass> secondPass,
            NameLexicon names,
            List<NetworkTrainer.Example> stacked,
            Map<String, Integer> ids,
            ConllCorpus validation) {
        var firstOnly = new NerModel(
                description,
                firstPass,
                Optional.empty(),
                features.clusters(),
                features.embeddings(),
                features.induced(),
                names);
        List<NetworkTrainer.Example> check = validationExamples(firstOnly, validation, ids);
        NetworkTrainer.Learnt learnt = new NetworkTrainer(network, progress)
                .train(stacked, check, ids.size(), vectors.dimensions(), ownTags(ids));
        progress.accept("network kept after epoch " + learnt.epochs());
        var rows = new HashMap<String, Integer>();
        ids.forEach((name, id) -> {
            if (learnt.rows()[id] >= 0) rows.put(name, learnt.rows()[id]);
        });
        return new NerModel(
                description,
                firstPass,
                secondPass,
                Optional.of(new NerModel.Network(learnt.network(), rows, vectors, network.blend())),
                features.clusters(),
                features.embeddings(),
                features.induced(),
                names);
    }

    /** The validation sentences as the network reads them: features numbered by {@code ids}, new ones left out. */
    private List<NetworkTrainer.Example> validationExamples(
            NerModel firstOnly, ConllCorpus validation, Map<String, Integer> ids) {
        var sentences = new ArrayList<List<Word>>();
        var gold = new ArrayList<int[]>();
        for (ConllCorpus.Sentence sentence : validation.sentences()) {
            List<Word> words = Word.of(AnalyzedText.of(sentence.text()));
            if (words.isEmpty()) continue;
            sentences.add(words);
            gold.add(goldTags(sentence, words));
        }
        var examples = new ArrayList<NetworkTrainer.Example>();
        for (int d = 0; d < sentences.size(); d += DOCUMENT_SENTENCES) {
            int end = Math.min(sentences.size(), d + DOCUMENT_SENTENCES);
            List<List<String[]>> document = firstOnly.secondPassFeatures(sentences.subList(d, end), features);
            for (int s = d; s < end; s++) {
                List<String[]> names = document.get(s - d);
                int[][] numbers = new int[names.size()][];
                for (int i = 0; i < numbers.length; i++)
                    numbers[i] = Arrays.stream(names.get(i))
                            .map(ids::get)
                            .filter(Objects::nonNull)
                            .mapToInt(Integer::intValue)
                            .toArray();
                examples.add(new NetworkTrainer.Example(numbers, vectors.of(sentences.get(s)), gold.get(s)));
            }
        }
        return examples;
    }

    /** The feature number of "the first pass gave this tag" for each tag; -1 where none. */
    private static int[] ownTags(Map<String, Integer> ids) {
        int[] own = new int[NerModel.TAGS.size()];
        for (int k = 0; k < own.length; k++)
            own[k] = ids.getOrDefault(StackedFeatures.OWN_TAG + NerModel.TAGS.get(k), -1);
        return own;
    }

    /** The examples with each word's {@link TokenVectors}. */
    private List<NetworkTrainer.Example> withVectors(List<Perceptron.Example> examples, List<List<Word>> sentences) {
        var out = new ArrayList<NetworkTrainer.Example>(examples.size());
        for (int s = 0; s < examples.size(); s++)
            out.add(new NetworkTrainer.Example(
                    examples.get(s).features(),
                    vectors.of(sentences.get(s)),
                    examples.get(s).gold()));
        return out;
    }

    /** Each sentence's feature ids: the features of each fold read the names of the other folds. */
    private List<Perceptron.Example> examples(List<List<Word>> sentences, List<int[]> gold, Map<String, Integer> ids) {
        var examples = new ArrayList<Perceptron.Example>();
        int n = sentences.size();
        for (int fold = 0; fold < FOLDS; fold++) {
            int from = n * fold / FOLDS;
            int to = n * (fold + 1) / FOLDS;
            NameLexicon others = NameLexicon.of(without(sentences, from, to), without(gold, from, to));
            NerFeatures f = inducedByFold.isEmpty() ? features : features.withInduced(inducedByFold.get(fold));
            for (int s = from; s < to; s++)
                examples.add(new Perceptron.Example(number(f.of(sentences.get(s), others), ids), gold.get(s)));
        }
        return examples;
    }

    /** The average of {@code settings.runs()} averaged perceptrons over features {@code 0 … count - 1}. */
    private Perceptron.Learnt learn(List<Perceptron.Example> examples, int count, Settings settings, String label) {
        return perceptron.learn(examples, new float[count * NerModel.TAGS.size()], settings, label);
    }

    /**
     * Step 4: the first pass's tags of every training sentence by a model that did not see it: the
     * sentences are cut into {@link #FOLDS} contiguous folds, and each fold is tagged by one run
     * trained on the others. So the second pass learns how far the first pass can be trusted on
     * new text, not on text it has learnt by heart.
     */
    private HeldOut crossValidatedTags(List<Perceptron.Example> examples, int count) {
        var tags = new ArrayList<int[]>(examples.size());
        var scores = new ArrayList<double[][]>(examples.size());
        int n = examples.size();
        int t = NerModel.TAGS.size();
        for (int fold = 0; fold < FOLDS; fold++) {
            int from = n * fold / FOLDS;
            int to = n * (fold + 1) / FOLDS;
            Perceptron.Learnt held =
                    learn(without(examples, from, to), count, settings.withRuns(1), "fold " + (fold + 1) + ", ");
            float[][] transitions = Perceptron.transitions(held.transitions());
            for (Perceptron.Example e : examples.subList(from, to)) {
                scores.add(Perceptron.emission(e.features(), held.weights(), t));
                tags.add(NerModel.viterbi(scores.getLast(), transitions));
            }
        }
        return new HeldOut(tags, scores);
    }

    /** The held-out first pass of every training sentence: its tags and each tag's score per word. */
    private record HeldOut(List<int[]> tags, List<double[][]> scores) {}

    /**
     * Step 5: each sentence's features for the second pass: its own, and the {@link
     * StackedFeatures} of the held-out first-pass tags over documents of {@link #DOCUMENT_SENTENCES}
     * consecutive sentences (ANERcorp marks no article boundaries; neighbouring sentences are
     * mostly of one story).
     */
    private static List<Perceptron.Example> stacked(
            List<List<Word>> sentences, List<Perceptron.Example> examples, HeldOut heldOut, Map<String, Integer> ids) {
        var stacked = new ArrayList<Perceptron.Example>(examples.size());
        for (int d = 0; d < sentences.size(); d += DOCUMENT_SENTENCES) {
            int end = Math.min(sentences.size(), d + DOCUMENT_SENTENCES);
            List<List<String[]>> document = StackedFeatures.of(
                    sentences.subList(d, end),
                    heldOut.tags().subList(d, end),
                    heldOut.scores().subList(d, end));
            for (int s = d; s < end; s++) {
                int[][] own = examples.get(s).features();
                int[][] extra = number(document.get(s - d), ids);
                int[][] both = new int[own.length][];
                for (int i = 0; i < own.length; i++) {
                    both[i] = Arrays.copyOf(own[i], own[i].length + extra[i].length);
                    System.arraycopy(extra[i], 0, both[i], own[i].length, extra[i].length);
                }
                stacked.add(new Perceptron.Example(both, examples.get(s).gold()));
            }
        }
        return stacked;
    }

    /**
     * The second pass's starting weights: {@link #FIRST_PASS_TRUST} for each first-pass tag as its
     * own tag ("t1=B-PER" for B-PER), zero elsewhere. The perceptron learns only from its mistakes,
     * so without this a second pass whose first pass made none on some kind of word would have
     * learnt nothing of it and fall back on whatever weights other words left.
     */
    private static float[] trustingFirstPass(Map<String, Integer> ids) {
        int t = NerModel.TAGS.size();
        for (int k = 0; k < t; k++)
            ids.computeIfAbsent(StackedFeatures.OWN_TAG + NerModel.TAGS.get(k), x -> ids.size());
        float[] start = new float[ids.size() * t];
        for (int k = 0; k < t; k++)
            start[ids.get(StackedFeatures.OWN_TAG + NerModel.TAGS.get(k)) * t + k] = FIRST_PASS_TRUST;
        return start;
    }

    /** A pass of the model: the features numbered below {@code count} whose weights are not all near zero. */
    private static NerModel.Pass pass(Map<String, Integer> ids, Perceptron.Learnt learnt, int count) {
        int t = NerModel.TAGS.size();
        var weights = new HashMap<String, float[]>();
        ids.forEach((name, id) -> {
            if (id >= count) return;
            float[] v = new float[t];
            boolean kept = false;
            for (int k = 0; k < t; k++) {
                v[k] = learnt.weights()[id * t + k];
                kept |= Math.abs(v[k]) >= MIN_WEIGHT;
            }
            if (kept) weights.put(name, v);
        });
        return new NerModel.Pass(weights, Perceptron.transitions(learnt.transitions()));
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
}
