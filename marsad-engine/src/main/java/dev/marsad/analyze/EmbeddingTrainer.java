package dev.marsad.analyze;

import dev.marsad.arabic.text.AnalyzedText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Learns dense word embeddings from unlabelled Arabic text with skip-gram and negative sampling
 * (Mikolov et al. 2013, as word2vec does it: dynamic window, frequent words subsampled, negatives
 * drawn from the unigram distribution to the power 0.75, learning rate falling linearly), then groups
 * the words by their vectors into {@link EmbeddingClusters} at several granularities for the tagger.
 *
 * <ol>
 *   <li>read up to {@link Settings#maxTexts} texts ({@link UnlabelledTexts}) and tokenise them with
 *       marsad-arabic: each word in the form the tagger looks up, without proclitics ({@link
 *       ClusterTrainer#clusterForm}), and its light stem;
 *   <li>vocabulary: the words seen at least {@link Settings#minCount} times, most frequent first;
 *   <li>{@link Settings#epochs} passes of skip-gram with negative sampling, one thread (the result
 *       depends only on the data and {@link Settings#seed});
 *   <li>spherical k-means of the {@link Settings#clusteredWords} most frequent words' vectors, once
 *       for each granularity (each clustering of the words themselves: clustering the centroids of
 *       a finer one into coarser ones gave one cluster of most words);
 *   <li>each stem takes the clusters of its most frequent clustered word (for unknown forms).
 * </ol>
 */
public final class EmbeddingTrainer {

    /** Word2vec's clamp of the sigmoid's input: beyond it the gradient is taken as saturated. */
    private static final float MAX_EXP = 6f;

    /** Slots of the table negatives are drawn from. */
    private static final int NEGATIVE_TABLE = 4_000_000;

    /** The learning rate of the first step; it falls linearly to a ten-thousandth of it. */
    private static final float START_RATE = 0.025f;

    /**
     * What the training reads and makes.
     *
     * @param maxTexts most texts read
     * @param minCount fewest occurrences of a word for it to get a vector
     * @param dimensions size of the vectors
     * @param window most words to each side a word predicts (each position draws 1 to this many)
     * @param negatives negative samples per predicted word
     * @param epochs passes over the texts
     * @param subsample frequency above which occurrences are dropped at random (word2vec's t)
     * @param clusteredWords how many of the most frequent words are clustered
     * @param granularities numbers of clusters, finest first
     * @param iterations k-means rounds
     * @param seed seed of the initial vectors, the sampling and the windows
     */
    public record Settings(
            int maxTexts,
            int minCount,
            int dimensions,
            int window,
            int negatives,
            int epochs,
            double subsample,
            int clusteredWords,
            List<Integer> granularities,
            int iterations,
            long seed) {
        public Settings {
            granularities = List.copyOf(granularities);
            if (granularities.isEmpty()) throw new IllegalArgumentException("no granularity");
            for (int g : granularities)
                if (g < 1 || g > Short.MAX_VALUE)
                    throw new IllegalArgumentException(
                            "a granularity is 1 to " + Short.MAX_VALUE + " clusters, got " + g);
            for (int i = 1; i < granularities.size(); i++)
                if (granularities.get(i) >= granularities.get(i - 1))
                    throw new IllegalArgumentException("granularities must be finest first, got " + granularities);
            if (dimensions < 2 || window < 1 || negatives < 1 || epochs < 1 || minCount < 1 || maxTexts < 1)
                throw new IllegalArgumentException("embedding settings out of range: " + this);
        }

        /**
         * The defaults: every text, words seen 5 times, 100 dimensions, window 2, 5 negatives, 2
         * passes; the 50,000 most frequent words clustered into 1024, 256 and 64 clusters. A window
         * of 2 groups words by kind (countries with countries, given names with given names); one of
         * 5, word2vec's usual, by topic (a club with "match" and "goal"): chosen on ANERcorp's
         * development part (docs/benchmarks/analyze-ner.md), where 2 did at least as well and trains
         * in less time.
         */
        public static Settings defaults() {
            return new Settings(Integer.MAX_VALUE, 5, 100, 2, 5, 2, 1e-4, 50_000, List.of(1024, 256, 64), 10, 17L);
        }
    }

    private final Settings settings;
    private final Consumer<String> progress;

    /** A trainer with these settings, telling {@code progress} what it does. */
    public EmbeddingTrainer(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** The tokenised corpus: word ids per text, each id's form, count and stem. */
    private record Corpus(List<int[]> texts, List<String> forms, long[] counts, String[] stems) {}

    /**
     * Learns embeddings from the JSON Lines text at {@code corpus} and clusters them.
     *
     * @throws IllegalArgumentException when the corpus holds no text or too few distinct words
     */
    public EmbeddingClusters train(Path corpus) {
        Corpus c = read(corpus); // 1, 2
        float[] vectors = skipGram(c); // 3
        int[][] clusters = cluster(vectors, c); // 4
        var byWord = new HashMap<String, int[]>();
        var byStem = new HashMap<String, int[]>();
        for (int w = 0; w < clusters.length; w++) {
            byWord.put(c.forms().get(w), clusters[w]);
            byStem.putIfAbsent(c.stems()[w], clusters[w]); // 5: w runs most frequent first
        }
        return new EmbeddingClusters(
                settings.granularities().stream().mapToInt(Integer::intValue).toArray(), byWord, byStem);
    }

    /**
     * Learns embeddings from the JSON Lines text at {@code corpus} (steps 1–3) and keeps the vectors
     * themselves, of at most {@code words} most frequent words, each stem with its most frequent
     * word's vector: what a neural tagger reads ({@link WordVectors}).
     *
     * @throws IllegalArgumentException when the corpus holds no text or too few distinct words
     */
    public WordVectors vectors(Path corpus, int words) {
        Corpus c = read(corpus);
        float[] vectors = skipGram(c);
        int dims = settings.dimensions();
        var byWord = new HashMap<String, float[]>();
        var byStem = new HashMap<String, float[]>();
        for (int w = 0; w < Math.min(words, c.forms().size()); w++) {
            float[] v = Arrays.copyOfRange(vectors, w * dims, (w + 1) * dims);
            byWord.put(c.forms().get(w), v);
            byStem.putIfAbsent(c.stems()[w], v);
        }
        return new WordVectors(dims, byWord, byStem);
    }

    private Corpus read(Path corpus) {
        var ids = new HashMap<String, Integer>();
        var forms = new ArrayList<String>();
        var stems = new ArrayList<String>(); // the stem of a form's first occurrence
        var counts = new ArrayList<long[]>();
        var raw = new ArrayList<int[]>();
        int texts = UnlabelledTexts.forEach(
                corpus,
                settings.maxTexts(),
                text -> {
                    List<Word> words = Word.of(AnalyzedText.of(text));
                    int[] t = new int[words.size()];
                    for (int i = 0; i < t.length; i++) {
                        Word w = words.get(i);
                        String form = ClusterTrainer.clusterForm(w);
                        int id = ids.computeIfAbsent(form, f -> {
                            forms.add(f);
                            stems.add(w.stem());
                            counts.add(new long[1]);
                            return forms.size() - 1;
                        });
                        counts.get(id)[0]++;
                        t[i] = id;
                    }
                    raw.add(t);
                },
                progress);
        if (texts == 0) throw new IllegalArgumentException("no texts with 'content' or 'text' in " + corpus);
        Integer[] order = new Integer[forms.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(
                order,
                (a, b) -> counts.get(a)[0] != counts.get(b)[0]
                        ? Long.compare(counts.get(b)[0], counts.get(a)[0])
                        : forms.get(a).compareTo(forms.get(b)));
        int[] newId = new int[order.length];
        Arrays.fill(newId, -1);
        var keptForms = new ArrayList<String>();
        var keptCounts = new ArrayList<Long>();
        var keptStems = new ArrayList<String>();
        for (int old : order) {
            if (counts.get(old)[0] < settings.minCount()) break;
            newId[old] = keptForms.size();
            keptForms.add(forms.get(old));
            keptCounts.add(counts.get(old)[0]);
            keptStems.add(stems.get(old));
        }
        if (keptForms.size() < settings.granularities().getFirst())
            throw new IllegalArgumentException(corpus + ": " + keptForms.size() + " words seen "
                    + settings.minCount() + " times or more, fewer than "
                    + settings.granularities().getFirst()
                    + " clusters");
        var texts2 = new ArrayList<int[]>(raw.size());
        for (int[] t : raw)
            texts2.add(
                    Arrays.stream(t).map(id -> newId[id]).filter(id -> id >= 0).toArray());
        progress.accept(texts + " texts, " + forms.size() + " distinct words, " + keptForms.size() + " with a vector");
        return new Corpus(
                texts2,
                keptForms,
                keptCounts.stream().mapToLong(Long::longValue).toArray(),
                keptStems.toArray(String[]::new));
    }

    /** Step 3: the input vectors of every vocabulary word, {@link Settings#dimensions} each, in one array. */
    private float[] skipGram(Corpus c) {
        int dims = settings.dimensions();
        int vocabulary = c.forms().size();
        var random = new Lcg(settings.seed());
        float[] in = new float[vocabulary * dims];
        float[] out = new float[vocabulary * dims];
        for (int i = 0; i < in.length; i++) in[i] = (random.nextFloat() - 0.5f) / dims;
        int[] table = negativeTable(c.counts());
        long total = Arrays.stream(c.counts()).sum();
        float[] keep = keepProbabilities(c.counts(), total);
        long planned = total * settings.epochs();
        long seen = 0;
        float[] gradient = new float[dims];
        int[] sentence = new int[0];
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            for (int[] text : c.texts()) {
                if (sentence.length < text.length) sentence = new int[text.length];
                int n = 0;
                for (int w : text) if (keep[w] >= 1f || keep[w] > random.nextFloat()) sentence[n++] = w;
                seen += text.length;
                float rate = START_RATE * Math.max(1e-4f, 1f - (float) seen / (planned + 1));
                for (int i = 0; i < n; i++) {
                    int reach = 1 + random.nextInt(settings.window());
                    for (int j = Math.max(0, i - reach); j <= Math.min(n - 1, i + reach); j++)
                        if (j != i) learnPair(in, out, sentence[i], sentence[j], table, random, rate, gradient);
                }
            }
            progress.accept("skip-gram: pass " + epoch + " of " + settings.epochs() + " over " + total + " words");
        }
        return in;
    }

    /** One skip-gram step: the vector of {@code context} learns to predict {@code center} among negatives. */
    private void learnPair(
            float[] in, float[] out, int center, int context, int[] table, Lcg random, float rate, float[] gradient) {
        int dims = gradient.length;
        int l1 = context * dims;
        Arrays.fill(gradient, 0f);
        for (int d = 0; d <= settings.negatives(); d++) {
            int target;
            float label;
            if (d == 0) {
                target = center;
                label = 1f;
            } else {
                target = table[random.nextInt(table.length)];
                if (target == center) continue;
                label = 0f;
            }
            int l2 = target * dims;
            float f = 0f;
            for (int k = 0; k < dims; k++) f += in[l1 + k] * out[l2 + k];
            float g;
            if (f > MAX_EXP) g = (label - 1f) * rate;
            else if (f < -MAX_EXP) g = label * rate;
            else g = (label - (float) (1 / (1 + Math.exp(-f)))) * rate;
            for (int k = 0; k < dims; k++) {
                gradient[k] += g * out[l2 + k];
                out[l2 + k] += g * in[l1 + k];
            }
        }
        for (int k = 0; k < dims; k++) in[l1 + k] += gradient[k];
    }

    /** Word ids in proportion to count^0.75, the distribution negatives are drawn from. */
    private static int[] negativeTable(long[] counts) {
        double norm = 0;
        for (long n : counts) norm += Math.pow(n, 0.75);
        int[] table = new int[NEGATIVE_TABLE];
        int w = 0;
        double upTo = Math.pow(counts[0], 0.75) / norm;
        for (int i = 0; i < table.length; i++) {
            table[i] = w;
            if ((double) (i + 1) / table.length > upTo && w < counts.length - 1) {
                w++;
                upTo += Math.pow(counts[w], 0.75) / norm;
            }
        }
        return table;
    }

    /** The chance that an occurrence of each word is kept: word2vec's subsampling of frequent words. */
    private float[] keepProbabilities(long[] counts, long total) {
        float[] keep = new float[counts.length];
        double t = settings.subsample() * total;
        for (int w = 0; w < counts.length; w++) keep[w] = (float) ((Math.sqrt(counts[w] / t) + 1) * t / counts[w]);
        return keep;
    }

    /**
     * Step 4: each clustered word's cluster at each granularity, k-means seeded with randomly
     * drawn words.
     */
    private int[][] cluster(float[] in, Corpus c) {
        int dims = settings.dimensions();
        int words = Math.min(settings.clusteredWords(), c.forms().size());
        float[][] vectors = new float[words][];
        for (int w = 0; w < words; w++) {
            vectors[w] = Arrays.copyOfRange(in, w * dims, (w + 1) * dims);
            SphericalKMeans.normalise(vectors[w]);
        }
        List<Integer> granularities = settings.granularities();
        var random = new Random(settings.seed());
        int[][] clusters = new int[words][granularities.size()];
        for (int g = 0; g < granularities.size(); g++) {
            int k = Math.min(granularities.get(g), words);
            int[] assigned =
                    SphericalKMeans.cluster(vectors, firstCentroids(words, k, random), settings.iterations(), progress);
            for (int w = 0; w < words; w++) clusters[w][g] = assigned[w];
        }
        return clusters;
    }

    /**
     * {@code k} distinct points drawn at random: seeding k-means with the most frequent words, as
     * the distributional clusters do, leaves each of them a cluster of its own (their vectors are
     * far from the rest) and lumps the rarer words, the names, into a few large ones.
     */
    private static int[] firstCentroids(int points, int k, Random random) {
        var all = new ArrayList<Integer>(points);
        for (int i = 0; i < points; i++) all.add(i);
        Collections.shuffle(all, random);
        return all.subList(0, k).stream().mapToInt(Integer::intValue).toArray();
    }

    /** Word2vec's linear congruential generator: fast, and the same numbers on every JVM. */
    private static final class Lcg {
        private long state;

        Lcg(long seed) {
            state = seed;
        }

        private int next() {
            state = state * 25214903917L + 11;
            return (int) (state >>> 16) & 0x7fffffff;
        }

        int nextInt(int bound) {
            return (int) ((next() & 0xffffffffL) % bound);
        }

        float nextFloat() {
            return (next() & 0xffffff) / (float) 0x1000000;
        }
    }
}
