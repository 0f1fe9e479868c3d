package dev.marsad.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The observation features of each word of a text, as the named-entity tagger ({@link NerModel})
 * weighs them. All come from marsad-arabic's analysis of the text ({@link Word}: form, form without
 * proclitics, light stem, gap before the word) and Marsad's own lists:
 *
 * <ul>
 *   <li>the word: form, bare form, stem, proclitics, prefixes and suffixes, length, digits/Latin;
 *   <li>its neighbours two to each side: bare forms and fine clusters; punctuation between;
 *   <li>word clusters learnt from unlabelled text ({@link WordClusters}), fine and coarse;
 *   <li>the gazetteer: whether a listed name starts or continues here and its type; nisba adjectives;
 *   <li>trigger words ({@link Lexicon}): titles and roles before a person (الرئيس، وزير), heads of
 *       organisations (وزارة، شركة، وكالة) and places (مدينة), given names, reporting verbs.
 * </ul>
 *
 * <p>Feature names are short strings; the model keeps a weight per name and tag. Thread-safe.
 */
final class NerFeatures {

    /** How many words to each side the context features look. */
    private static final int WINDOW = 2;
    /** Longest prefix and suffix taken of the bare form. */
    private static final int AFFIX = 3;

    private static final String NONE = "-";

    /**
     * How many of the embedding granularities (finest first) describe the word itself: all three
     * (1024, 256, 64 clusters); as a neighbour of the words two to each side, the finest only. On
     * ANERcorp's development part all three as neighbours did worse than none or one (see
     * docs/benchmarks/analyze-ner.md).
     */
    private static final int OWN_GRANULARITIES = 3;

    private static final int NEIGHBOUR_GRANULARITIES = 1;

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final WordClusters clusters;
    private final EmbeddingClusters embeddings;
    private final NameLexicon induced;

    NerFeatures(
            Gazetteer gazetteer,
            Lexicon lexicon,
            WordClusters clusters,
            EmbeddingClusters embeddings,
            NameLexicon induced) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.clusters = clusters;
        this.embeddings = embeddings;
        this.induced = induced;
    }

    NameLexicon induced() {
        return induced;
    }

    /** The same features reading {@code other} induced names. */
    NerFeatures withInduced(NameLexicon other) {
        return new NerFeatures(gazetteer, lexicon, clusters, embeddings, other);
    }

    EmbeddingClusters embeddings() {
        return embeddings;
    }

    WordClusters clusters() {
        return clusters;
    }

    /**
     * What {@link #of} reads of each word of a text, computed once per word; {@code induced} is
     * null when the features read no induced names (then they make no feature of them at all).
     */
    private record Words(
            String[] bare,
            String[] fine,
            String[] triggers,
            String[] gazetteerTags,
            String[] known,
            int[][] dense,
            String[] induced) {}

    private Words read(List<Word> words, NameLexicon names) {
        int n = words.size();
        String[] bare = new String[n];
        String[] fine = new String[n];
        String[] triggers = new String[n];
        int[][] dense = new int[n][];
        for (int i = 0; i < n; i++) {
            bare[i] = ClusterTrainer.clusterForm(words.get(i));
            fine[i] = String.valueOf(clusters.fine(bare[i]));
            triggers[i] = trigger(words.get(i));
            dense[i] = embeddings.of(bare[i], words.get(i).stem());
        }
        return new Words(
                bare,
                fine,
                triggers,
                gazetteerTags(words),
                names.nameTags(words),
                dense,
                induced.size() == 0 ? null : induced.nameTags(words));
    }

    /** The features of every word of {@code words}, one array per word. */
    List<String[]> of(List<Word> words, NameLexicon names) {
        Words r = read(words, names);
        int n = words.size();
        var all = new ArrayList<String[]>(n);
        for (int i = 0; i < n; i++) {
            var f = new ArrayList<String>(48);
            own(f, words.get(i), r, i, names);
            for (int d = 1; d <= WINDOW; d++) {
                if (i - d >= 0) asNeighbour(f, -d, r, i - d);
                else asNeighbour(f, -d, null, -1);
                if (i + d < n) asNeighbour(f, d, r, i + d);
                else asNeighbour(f, d, null, -1);
            }
            inContext(f, words, r, i);
            all.add(f.toArray(String[]::new));
        }
        return all;
    }

    /**
     * The tag scores of every word of {@code words} under {@code weights}: the same sums as over
     * {@link #of}, but the features that depend on one word alone (its own, and what it is as a
     * neighbour two to each side) are scored once per distinct word and kept in {@code cache}.
     */
    double[][] scores(List<Word> words, NameLexicon names, FeatureWeights weights, WordScores cache) {
        Words r = read(words, names);
        int n = words.size();
        int t = NerModel.TAGS.size();
        float[][] byWord = new float[n][];
        for (int i = 0; i < n; i++) {
            Word w = words.get(i);
            int k = i;
            byWord[i] = cache.get(w.norm() + '\u0001' + w.stem() + '\u0001' + r.bare[i], () -> {
                float[] v = new float[(1 + 2 * WINDOW) * t];
                var f = new ArrayList<String>(24);
                own(f, w, r, k, names);
                sum(f, weights, v, 0);
                int row = 1;
                for (int d = -WINDOW; d <= WINDOW; d++) {
                    if (d == 0) continue;
                    f.clear();
                    asNeighbour(f, d, r, k);
                    sum(f, weights, v, row++ * t);
                }
                return v;
            });
        }
        float[] outside = cache.get("\u0000", () -> {
            float[] v = new float[(1 + 2 * WINDOW) * t];
            var f = new ArrayList<String>(8);
            int row = 1;
            for (int d = -WINDOW; d <= WINDOW; d++) {
                if (d == 0) continue;
                f.clear();
                asNeighbour(f, d, null, -1);
                sum(f, weights, v, row++ * t);
            }
            return v;
        });
        double[][] scores = new double[n][t];
        var f = new ArrayList<String>(24);
        for (int i = 0; i < n; i++) {
            double[] s = scores[i];
            add(s, byWord[i], 0);
            int row = 1;
            for (int d = -WINDOW; d <= WINDOW; d++) {
                if (d == 0) continue;
                int j = i + d;
                add(s, j >= 0 && j < n ? byWord[j] : outside, row++ * t);
            }
            f.clear();
            inContext(f, words, r, i);
            for (String name : f) weights.addTo(name, s);
        }
        return scores;
    }

    private static void sum(List<String> features, FeatureWeights weights, float[] into, int from) {
        double[] s = new double[NerModel.TAGS.size()];
        for (String name : features) weights.addTo(name, s);
        for (int k = 0; k < s.length; k++) into[from + k] = (float) s[k];
    }

    private static void add(double[] scores, float[] values, int from) {
        for (int k = 0; k < scores.length; k++) scores[k] += values[from + k];
    }

    /** The features of a word that depend on it alone. */
    private void own(List<String> f, Word w, Words r, int i, NameLexicon names) {
        String bare = r.bare[i];
        word(f, w, bare);
        f.add("c=" + r.fine[i]);
        f.add("C=" + clusters.coarse(bare));
        f.add("lxw=" + names.wordShare(bare));
        f.add("tr=" + r.triggers[i]);
        dense(f, "", r.dense[i], OWN_GRANULARITIES);
    }

    /** The word's embedding clusters, the first {@code granularities} of them ("-" when unknown). */
    private void dense(List<String> f, String at, int[] of, int granularities) {
        int[] k = embeddings.granularities();
        for (int g = 0; g < Math.min(granularities, k.length); g++)
            f.add("e" + k[g] + at + "=" + (of.length == 0 ? NONE : String.valueOf(of[g])));
    }

    /**
     * The features word {@code k} of {@code r} gives a word it stands {@code d} places from: "b-1=X"
     * for the word after X ({@code d} = -1: X is one place before the word described). {@code r}
     * null: the text's edge.
     */
    private void asNeighbour(List<String> f, int d, Words r, int k) {
        String at = (d < 0 ? "-" : "+") + Math.abs(d);
        f.add("b" + at + "=" + (r == null ? NONE : r.bare[k]));
        f.add("c" + at + "=" + (r == null ? NONE : r.fine[k]));
        f.add("tr" + at + "=" + (r == null ? NONE : r.triggers[k]));
        dense(f, at, r == null ? new int[0] : r.dense[k], NEIGHBOUR_GRANULARITIES);
    }

    /** The features of word {@code i} that depend on the words around it together. */
    private static void inContext(List<String> f, List<Word> words, Words r, int i) {
        int n = words.size();
        f.add("gz=" + r.gazetteerTags[i]);
        f.add("lx=" + r.known[i]);
        f.add("lx-1=" + at(r.known, i - 1));
        f.add("lx+1=" + at(r.known, i + 1));
        if (r.induced != null) {
            f.add("in=" + r.induced[i]);
            f.add("in-1=" + at(r.induced, i - 1));
            f.add("in+1=" + at(r.induced, i + 1));
        }
        f.add("gap=" + gapClass(words.get(i)));
        f.add("gap+=" + (i + 1 < n ? gapClass(words.get(i + 1)) : "end"));
        for (int d = 1; d <= WINDOW; d++) {
            f.add("gz-" + d + "=" + at(r.gazetteerTags, i - d));
            f.add("gz+" + d + "=" + at(r.gazetteerTags, i + d));
        }
        f.add("b-1|b=" + at(r.bare, i - 1) + "|" + r.bare[i]);
        f.add("b|b+1=" + r.bare[i] + "|" + at(r.bare, i + 1));
        f.add("tr-1|c=" + at(r.triggers, i - 1) + "|" + r.fine[i]);
        f.add("c-1|c=" + at(r.fine, i - 1) + "|" + r.fine[i]);
        f.add("c|c+1=" + r.fine[i] + "|" + at(r.fine, i + 1));
    }

    private static String at(String[] values, int i) {
        return i < 0 || i >= values.length ? NONE : values[i];
    }

    private static void word(List<String> f, Word w, String bare) {
        String norm = w.norm();
        f.add("bias");
        f.add("w=" + norm);
        f.add("b=" + bare);
        f.add("s=" + w.stem());
        f.add("pc=" + norm.substring(0, norm.length() - w.withoutProclitics().length()));
        for (int k = 1; k <= AFFIX && k <= bare.length(); k++) {
            f.add("p" + k + "=" + bare.substring(0, k));
            f.add("x" + k + "=" + bare.substring(bare.length() - k));
        }
        f.add("len=" + Math.min(bare.length(), 8));
        if (norm.chars().anyMatch(Character::isDigit)) f.add("digit");
        if (norm.chars().anyMatch(c -> c < 0x80 && Character.isLetter(c))) f.add("latin");
    }

    /** What a word announces, when it is on one of the trigger lists; "-" otherwise. */
    private String trigger(Word w) {
        if (listed(w, lexicon.personTitles())) return "title";
        if (listed(w, lexicon.orgHeads())) return "org";
        if (listed(w, lexicon.placeHeads())) return "place";
        if (listed(w, lexicon.firstNames())) return "given";
        if (listed(w, lexicon.speechVerbs())) return "said";
        if (gazetteer.countryOfNisba(w).isPresent()) return "nisba";
        if (lexicon.stopWords().containsWithClitics(w)) return "stop";
        return NONE;
    }

    private static boolean listed(Word w, WordList list) {
        return NamePatterns.listedReading(w, list).isPresent();
    }

    /** B-TYPE or I-TYPE for words of a gazetteer name, longest first, left to right; "-" elsewhere. */
    private String[] gazetteerTags(List<Word> words) {
        String[] tags = new String[words.size()];
        java.util.Arrays.fill(tags, NONE);
        for (int i = 0; i < words.size(); ) {
            Optional<GazetteerMatch> match = gazetteer.matchAt(words, i);
            if (match.isEmpty()) {
                i++;
                continue;
            }
            GazetteerMatch m = match.get();
            for (int k = m.firstWord(); k < m.endWord(); k++)
                tags[k] = (k == m.firstWord() ? "B-" : "I-") + m.entry().type();
            i = m.endWord();
        }
        return tags;
    }

    /** The kind of punctuation before a word: none, a quote or bracket, a comma, or other. */
    private static String gapClass(Word w) {
        if (w.isJoinedToPrevious()) return "none";
        if (w.followsOpeningQuote()) return "open";
        if (w.followsClosingQuote()) return "close";
        String gap = w.gap();
        if (gap.contains("\u060C") || gap.contains(",")) return "comma";
        return "other";
    }
}
