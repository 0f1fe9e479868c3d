package dev.marsad.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the second pass of a two-pass tagger ({@link NerModel}) reads of the first pass's tags over a
 * whole text (an article: all its parts together). Document consistency, learnt rather than ruled:
 *
 * <ul>
 *   <li>the first-pass tag of the word and of its neighbours;
 *   <li>how the same word (its form without proclitics) was tagged elsewhere in the text: the type
 *       given most often and how many of its other occurrences were tagged;
 *   <li>whether the word is a piece of a name of several words tagged elsewhere in the text, and
 *       which piece ("محفوظ" after "نجيب محفوظ": the last word of a person).
 * </ul>
 *
 * <p>"Elsewhere" leaves the word's own occurrence out, so that a name tagged once says nothing
 * more than its own tag. Pure.
 */
final class StackedFeatures {

    private static final String NONE = "-";

    /** The name of the feature "the first pass gave the word this tag", before the tag. */
    static final String OWN_TAG = "t1=";

    /** The four entity types in tag order: tag {@code k > 0} is of type {@code (k - 1) / 2}. */
    private static final List<String> TYPES = List.of("PER", "LOC", "ORG", "MISC");

    /** The step of {@link #margin}, in the perceptron's score units. */
    private static final double MARGIN_STEP = 2.0;

    private StackedFeatures() {}

    /**
     * The second-pass features of every word of a text.
     *
     * @param parts the text's parts (title, paragraphs…), each its words
     * @param tags the first pass's tag indexes ({@link NerModel#TAGS}) of each part's words
     * @param scores the first pass's score of each tag of each part's words
     * @return per part, per word, the feature names
     */
    static List<List<String[]>> of(List<List<Word>> parts, List<int[]> tags, List<double[][]> scores) {
        List<String[]> forms = keys(parts, ClusterTrainer::clusterForm);
        List<String[]> stems = keys(parts, Word::stem);
        Map<String, int[]> byForm = typeCounts(forms, tags);
        Map<String, int[]> byStem = typeCounts(stems, tags);
        Map<String, Map<String, Integer>> pieces = pieces(forms, tags);
        var all = new ArrayList<List<String[]>>(parts.size());
        for (int p = 0; p < parts.size(); p++) {
            String[] f = forms.get(p);
            int[] t = tags.get(p);
            var features = new ArrayList<String[]>(f.length);
            for (int i = 0; i < f.length; i++) {
                String own = label(t, i);
                String elsewhere = elsewhere(byForm.get(f[i]), t[i]);
                String piece = piece(pieces.get(f[i]), pieceOf(t, i));
                features.add(new String[] {
                    OWN_TAG + own,
                    "t1-1=" + label(t, i - 1),
                    "t1+1=" + label(t, i + 1),
                    "t1-1|t1|t1+1=" + label(t, i - 1) + "|" + own + "|" + label(t, i + 1),
                    "d1=" + elsewhere,
                    "d1|t1=" + elsewhere + "|" + own,
                    "ds1=" + elsewhere(byStem.get(stems.get(p)[i]), t[i]),
                    "dn1=" + taggedElsewhere(byForm.get(f[i]), t[i]),
                    "pc1=" + piece,
                    "pc1|t1=" + piece + "|" + own,
                    "m1=" + margin(scores.get(p)[i])
                });
            }
            all.add(features);
        }
        return all;
    }

    private static List<String[]> keys(List<List<Word>> parts, Function<Word, String> key) {
        List<String[]> keys = new ArrayList<>(parts.size());
        for (List<Word> words : parts) {
            String[] k = new String[words.size()];
            for (int i = 0; i < k.length; i++) k[i] = key.apply(words.get(i));
            keys.add(k);
        }
        return keys;
    }

    /**
     * How near the first pass came to an entity tag for a word: the best entity tag's type and its
     * score less that of O, in steps ("PER:near"): where the first pass hesitated, the document may
     * decide.
     */
    private static String margin(double[] scores) {
        int best = 1;
        for (int k = 2; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
        double m = scores[best] - scores[0];
        String step = m > 0 ? "above" : m > -MARGIN_STEP ? "near" : m > -3 * MARGIN_STEP ? "below" : "far";
        return TYPES.get((best - 1) / 2) + ":" + step;
    }

    /** How many of the word's other occurrences were tagged: 0, 1, 2–3 or more. */
    private static String taggedElsewhere(int[] counts, int ownTag) {
        int tagged = 0;
        for (int k = 1; k < counts.length; k++) tagged += counts[k];
        if (ownTag != 0) tagged--;
        return tagged == 0 ? "0" : tagged == 1 ? "1" : tagged <= 3 ? "2-3" : "4+";
    }

    private static String label(int[] tags, int i) {
        return i < 0 || i >= tags.length ? NONE : NerModel.TAGS.get(tags[i]);
    }

    /** Per word form: how often it was tagged O (slot 0) and as each type (slots 1–4). */
    private static Map<String, int[]> typeCounts(List<String[]> forms, List<int[]> tags) {
        var counts = new HashMap<String, int[]>();
        for (int p = 0; p < forms.size(); p++)
            for (int i = 0; i < forms.get(p).length; i++)
                counts.computeIfAbsent(forms.get(p)[i], k -> new int[1 + TYPES.size()])[slot(tags.get(p)[i])]++;
        return counts;
    }

    private static int slot(int tag) {
        return tag == 0 ? 0 : 1 + (tag - 1) / 2;
    }

    /**
     * How the word's other occurrences were tagged: "alone" (none), "O" (never tagged), else the
     * type given most often and whether all, most or some of them were tagged ("PER:all").
     */
    private static String elsewhere(int[] counts, int ownTag) {
        int[] c = counts.clone();
        c[slot(ownTag)]--;
        int total = 0;
        int best = 1;
        for (int k = 0; k < c.length; k++) {
            total += c[k];
            if (k > 0 && c[k] > c[best]) best = k;
        }
        if (total == 0) return "alone";
        int tagged = total - c[0];
        if (tagged == 0) return "O";
        String share = tagged == total ? "all" : 2 * tagged >= total ? "most" : "some";
        return TYPES.get(best - 1) + ":" + share;
    }

    /**
     * Per word form: how often it was each piece ("PER:last") of a tagged name of two words or
     * more.
     */
    private static Map<String, Map<String, Integer>> pieces(List<String[]> forms, List<int[]> tags) {
        var pieces = new HashMap<String, Map<String, Integer>>();
        for (int p = 0; p < forms.size(); p++) {
            int[] t = tags.get(p);
            for (int i = 0; i < t.length; i++) {
                String piece = pieceOf(t, i);
                if (!piece.equals(NONE))
                    pieces.computeIfAbsent(forms.get(p)[i], k -> new HashMap<>())
                            .merge(piece, 1, Integer::sum);
            }
        }
        return pieces;
    }

    /** Which piece of a tagged name of two words or more word {@code i} is ("ORG:first"), or "-". */
    private static String pieceOf(int[] t, int i) {
        if (t[i] == 0) return NONE;
        boolean begins = t[i] % 2 == 1;
        boolean continued = i + 1 < t.length && t[i + 1] == (begins ? t[i] + 1 : t[i]);
        if (begins && !continued) return NONE;
        String type = TYPES.get((t[i] - 1) / 2);
        return type + ":" + (begins ? "first" : continued ? "mid" : "last");
    }

    /** The piece the word's form is most often elsewhere, its own occurrence left out; "-" when none. */
    private static String piece(Map<String, Integer> counts, String own) {
        if (counts == null) return NONE;
        String best = NONE;
        int most = 0;
        for (var e : counts.entrySet()) {
            int n = e.getValue() - (e.getKey().equals(own) ? 1 : 0);
            if (n > most || n == most && n > 0 && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                most = n;
            }
        }
        return best;
    }
}
