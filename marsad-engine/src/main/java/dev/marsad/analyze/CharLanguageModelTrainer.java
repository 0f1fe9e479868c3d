package dev.marsad.analyze;

import dev.marsad.arabic.text.AnalyzedText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Learns {@link ContextualCharVectors}: a forward and a backward {@link CharLanguageModel} on
 * unlabelled news (JSON Lines, {@link UnlabelledTexts}).
 *
 * <ol>
 *   <li>read the texts as the tagger reads its input: each text cut into sentences ({@link
 *       #sentences}: at line breaks, as a text's paragraphs are the tagger's parts, and after a
 *       sentence's final mark), each sentence read as the tagger reads one ({@link
 *       ContextualCharVectors#encode}: the words' SEARCH forms joined by spaces between two boundary
 *       marks), the text cut at {@link Settings#maxTextChars}, until {@link Settings#chars}
 *       characters; the sentences of the next {@link Settings#heldOutTexts} texts are held out;
 *   <li>the alphabet: the characters seen at least {@link #MIN_CHAR_COUNT} times;
 *   <li>each model, one per thread: every sentence from the zero state (as the tagger starts each), in chunks of {@link
 *       Settings#chunk} characters (truncated backpropagation: the state carries from one chunk to
 *       the next, the gradient does not), one Adam step per chunk, the gradient clipped to norm
 *       {@link #CLIP}, the texts in a seeded shuffled order each epoch;
 *   <li>the held-out texts' bits per character under each model, against the unigram model of the
 *       training characters (a sanity check: a model that learnt anything is well below it).
 * </ol>
 *
 * Deterministic: each model's draws come from {@link Settings#seed}, and the two models share
 * nothing while they learn.
 */
public final class CharLanguageModelTrainer {

    /**
     * Settings.
     *
     * @param hidden the size of each model's state (the tagger reads twice this per word)
     * @param chars how many training characters are read (per model: both read the same texts)
     * @param maxTextChars most characters read of one text (the rest of a long text adds little)
     * @param heldOutTexts texts after the training ones whose perplexity is reported
     * @param chunk characters per truncated backpropagation step
     * @param learningRate Adam's step size
     * @param epochs passes over the training texts
     * @param seed seed of the starting weights and of the order of the texts
     */
    public record Settings(
            int hidden,
            long chars,
            int maxTextChars,
            int heldOutTexts,
            int chunk,
            double learningRate,
            int epochs,
            long seed) {
        public Settings {
            if (hidden < 1 || chars < 1 || maxTextChars < 2 || heldOutTexts < 0 || chunk < 1 || epochs < 1)
                throw new IllegalArgumentException("bad character model settings " + this);
            if (learningRate <= 0) throw new IllegalArgumentException("learning rate must be positive: " + this);
        }

        /** The defaults (docs/benchmarks/analyze-ner.md, round 5). */
        public static Settings defaults() {
            return new Settings(128, 3_000_000, 2_000, 200, 64, 0.002, 1, 7L);
        }
    }

    /** Fewest occurrences in the training texts for a character to have a number of its own. */
    static final int MIN_CHAR_COUNT = 20;

    /** Largest gradient norm of one step; a larger gradient is scaled down to it. */
    static final double CLIP = 5;

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    /**
     * What was learnt, and how well the held-out texts are predicted.
     *
     * @param vectors the two models
     * @param forwardBits held-out bits per character, forward model
     * @param backwardBits the same, backward model
     * @param unigramBits the same under the training characters' frequencies
     * @param trainingChars characters each model read per epoch
     */
    public record Learnt(
            ContextualCharVectors vectors,
            double forwardBits,
            double backwardBits,
            double unigramBits,
            long trainingChars) {}

    private final Settings settings;
    private final Consumer<String> progress;

    public CharLanguageModelTrainer(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * Learns both models from the texts of {@code corpus} (a JSON Lines file or a folder of them).
     *
     * @throws IllegalArgumentException when the corpus has no texts, or none left to hold out after
     *     the training characters (held-out bits per character would be undefined)
     */
    public Learnt train(Path corpus) {
        var training = new ArrayList<List<String>>(); // 1. the texts' sentences
        var heldOut = new ArrayList<List<String>>();
        long[] read = {0};
        int[] texts = {0, 0}; // training, held out
        UnlabelledTexts.forEach(
                corpus,
                Integer.MAX_VALUE,
                text -> {
                    if (read[0] >= settings.chars() && texts[1] >= settings.heldOutTexts()) return;
                    List<List<String>> sentences = sentences(text);
                    if (sentences.isEmpty()) return;
                    if (read[0] < settings.chars()) {
                        training.addAll(sentences);
                        for (List<String> words : sentences) read[0] += length(words);
                        texts[0]++;
                    } else {
                        heldOut.addAll(sentences);
                        texts[1]++;
                    }
                },
                progress);
        if (training.isEmpty()) throw new IllegalArgumentException("no text to learn characters from in " + corpus);
        if (heldOut.isEmpty())
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "no text left to hold out in %s: its %d texts (%,d characters) are all needed for the %,d"
                            + " training characters; give more text or train on fewer characters",
                    corpus,
                    texts[0],
                    read[0],
                    settings.chars()));
        return train(training, heldOut);
    }

    /** Learns both models from texts given as their words (steps 2–4). */
    Learnt train(List<List<String>> texts, List<List<String>> heldOut) {
        String alphabet = alphabet(texts); // 2. alphabet
        List<int[]> encoded = texts.stream().map(t -> encode(t, alphabet)).toList();
        List<int[]> check = heldOut.stream().map(t -> encode(t, alphabet)).toList();
        long chars = encoded.stream().mapToLong(e -> e.length - 1).sum();
        progress.accept(String.format(
                Locale.ROOT,
                "character models: %d sentences, %,d characters, alphabet of %d",
                texts.size(),
                chars,
                ContextualCharVectors.size(alphabet)));
        var models = new CharLanguageModel[2];
        var threads = new Thread[2];
        RuntimeException[] failed = new RuntimeException[2];
        for (int d = 0; d < 2; d++) {
            boolean reversed = d == 1;
            int which = d;
            // 3. the two directions share nothing while they learn: one thread each halves the wall time
            threads[d] = Thread.ofPlatform()
                    .name(reversed ? "charlm-backward" : "charlm-forward")
                    .start(() -> {
                        try {
                            models[which] = learn(directed(encoded, reversed), alphabet, reversed);
                        } catch (RuntimeException e) {
                            failed[which] = e;
                        }
                    });
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while learning character models", e);
            }
        }
        for (RuntimeException e : failed) if (e != null) throw e;
        double unigram = unigramBits(encoded, check, ContextualCharVectors.size(alphabet)); // 4. held out
        double forwardBits = bitsPerChar(models[0], directed(check, false));
        double backwardBits = bitsPerChar(models[1], directed(check, true));
        progress.accept(String.format(
                Locale.ROOT,
                "held out (%d sentences): forward %.3f, backward %.3f, unigram %.3f bits per character",
                check.size(),
                forwardBits,
                backwardBits,
                unigram));
        return new Learnt(
                new ContextualCharVectors(alphabet, models[0], models[1]), forwardBits, backwardBits, unigram, chars);
    }

    /**
     * A text's sentences, each as its words' SEARCH forms ({@link Word#norm}) as the tagger reads
     * them, the text cut at {@link Settings#maxTextChars} characters.
     */
    List<List<String>> sentences(String text) {
        var out = new ArrayList<List<String>>();
        int length = 0;
        for (String sentence : sentenceTexts(text)) {
            var words = new ArrayList<String>();
            for (Word w : Word.of(AnalyzedText.of(sentence))) {
                length += w.norm().length() + 1;
                if (length > settings.maxTextChars()) break;
                words.add(w.norm());
            }
            if (!words.isEmpty()) out.add(words);
            if (length > settings.maxTextChars()) break;
        }
        return out;
    }

    /** Marks that end a sentence when white space or the text's end follows: . ! ? ؟ */
    private static final String SENTENCE_ENDS = ".!?\u061F";

    /**
     * The sentences of {@code text}: its non-blank lines (a text's paragraphs, which the tagger
     * reads as separate parts), each cut after a mark of {@link #SENTENCE_ENDS} followed by white
     * space (the sentences of a CoNLL file such as ANERcorp end there). A mark inside a number
     * ("3.5") cuts nothing.
     */
    static List<String> sentenceTexts(String text) {
        var out = new ArrayList<String>();
        for (String line : text.split("\n")) {
            int start = 0;
            for (int i = 0; i < line.length(); i++)
                if (SENTENCE_ENDS.indexOf(line.charAt(i)) >= 0
                        && (i + 1 == line.length() || Character.isWhitespace(line.charAt(i + 1)))) {
                    add(out, line.substring(start, i + 1));
                    start = i + 1;
                }
            add(out, line.substring(start));
        }
        return out;
    }

    private static void add(List<String> sentences, String sentence) {
        if (!sentence.isBlank()) sentences.add(sentence.strip());
    }

    private static long length(List<String> words) {
        long n = words.size();
        for (String w : words) n += w.length();
        return n;
    }

    /** Step 2: the characters seen at least {@link #MIN_CHAR_COUNT} times, digits as {@code 0}, in code order. */
    static String alphabet(List<List<String>> texts) {
        var counts = new TreeMap<Character, Integer>();
        for (List<String> words : texts) {
            if (words.size() > 1) counts.merge(' ', words.size() - 1, Integer::sum);
            for (String w : words)
                for (int i = 0; i < w.length(); i++)
                    counts.merge(Character.isDigit(w.charAt(i)) ? '0' : w.charAt(i), 1, Integer::sum);
        }
        var alphabet = new StringBuilder();
        for (Map.Entry<Character, Integer> e : counts.entrySet())
            if (e.getValue() >= MIN_CHAR_COUNT) alphabet.append(e.getKey().charValue());
        return alphabet.toString();
    }

    private static int[] encode(List<String> words, String alphabet) {
        return ContextualCharVectors.encode(words, alphabet).chars();
    }

    private static List<int[]> directed(List<int[]> texts, boolean reversed) {
        if (!reversed) return texts;
        var out = new ArrayList<int[]>(texts.size());
        for (int[] t : texts) {
            int[] r = new int[t.length];
            for (int i = 0; i < t.length; i++) r[i] = t[t.length - 1 - i];
            out.add(r);
        }
        return out;
    }

    /** Step 3 for one direction. */
    private CharLanguageModel learn(List<int[]> texts, String alphabet, boolean reversed) {
        String name = reversed ? "backward" : "forward";
        var model = CharLanguageModel.initial(
                ContextualCharVectors.size(alphabet), settings.hidden(), settings.seed() + (reversed ? 1 : 0));
        var adam = new Adam(model);
        var random = new Random(settings.seed());
        var order = new ArrayList<Integer>(texts.size());
        for (int i = 0; i < texts.size(); i++) order.add(i);
        long started = System.nanoTime();
        long done = 0;
        long nextReport = 200_000;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            java.util.Collections.shuffle(order, random);
            double loss = 0;
            long epochChars = 0;
            for (int i : order) {
                int[] text = texts.get(i);
                double[] h = new double[model.hidden];
                for (int from = 0; from < text.length - 1; from += settings.chunk()) {
                    int to = Math.min(text.length - 1, from + settings.chunk());
                    loss += model.gradient(text, from, to, h, adam.gradient);
                    adam.step();
                    epochChars += to - from;
                }
                done += text.length - 1;
                if (done >= nextReport) {
                    nextReport += 200_000;
                    double seconds = (System.nanoTime() - started) / 1e9;
                    progress.accept(String.format(
                            Locale.ROOT,
                            "%s epoch %d: %,d characters, %.3f bits per character, %.0f characters/s",
                            name,
                            epoch,
                            done,
                            loss / epochChars / Math.log(2),
                            done / seconds));
                }
            }
        }
        return model;
    }

    /** The mean bits per predicted character of {@code texts} under {@code model}. */
    static double bitsPerChar(CharLanguageModel model, List<int[]> texts) {
        double nats = 0;
        long n = 0;
        for (int[] text : texts) {
            double[] h = new double[model.hidden];
            for (int t = 0; t + 1 < text.length; t++) {
                h = model.step(h, text[t]);
                nats -= Math.log(Math.max(model.predict(h)[text[t + 1]], Double.MIN_NORMAL));
                n++;
            }
        }
        return n == 0 ? Double.NaN : nats / n / Math.log(2);
    }

    /** Bits per character of {@code check} under the training characters' frequencies (add-one). */
    static double unigramBits(List<int[]> training, List<int[]> check, int chars) {
        double[] counts = new double[chars];
        java.util.Arrays.fill(counts, 1);
        double total = chars;
        for (int[] t : training)
            for (int i = 1; i < t.length; i++) {
                counts[t[i]]++;
                total++;
            }
        double bits = 0;
        long n = 0;
        for (int[] t : check)
            for (int i = 1; i < t.length; i++) {
                bits -= Math.log(counts[t[i]] / total) / Math.log(2);
                n++;
            }
        return n == 0 ? Double.NaN : bits / n;
    }

    /** Adam's moments for every parameter of one model, with the gradient clipped by its norm. */
    private final class Adam {
        private final CharLanguageModel model;
        final CharLanguageModel gradient;
        private final CharLanguageModel first;
        private final CharLanguageModel second;
        private int step;

        Adam(CharLanguageModel model) {
            this.model = model;
            this.gradient = model.zeros();
            this.first = model.zeros();
            this.second = model.zeros();
        }

        /** One step with the summed gradient, which is then cleared. */
        void step() {
            double[][] w = model.parameters();
            double[][] g = gradient.parameters();
            double[][] m = first.parameters();
            double[][] v = second.parameters();
            double norm = 0;
            for (double[] values : g) for (double x : values) norm += x * x;
            norm = Math.sqrt(norm);
            double scale = norm > CLIP ? CLIP / norm : 1;
            step++;
            double lr = settings.learningRate() * Math.sqrt(1 - Math.pow(BETA2, step)) / (1 - Math.pow(BETA1, step));
            for (int a = 0; a < w.length; a++)
                for (int i = 0; i < w[a].length; i++) {
                    double gi = g[a][i] * scale;
                    m[a][i] = BETA1 * m[a][i] + (1 - BETA1) * gi;
                    v[a][i] = BETA2 * v[a][i] + (1 - BETA2) * gi * gi;
                    w[a][i] -= lr * m[a][i] / (Math.sqrt(v[a][i]) + EPSILON);
                    g[a][i] = 0;
                }
        }
    }
}
