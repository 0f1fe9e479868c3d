package dev.marsad.bench;

import dev.marsad.arabic.text.AnalyzedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Near-duplicate pairs as the labelled set counts them (unordered pairs of article ids), their
 * scores, and the baselines a reader would try first: identical normalised bodies, and plain
 * shingle sets (Jaccard, containment) as MinHash estimates them.
 */
final class CopyPairs {

    /** Words per shingle of the baselines, as Marsad's MinHash used before its copy groups. */
    static final int SHINGLE_WORDS = 3;
    /** Jaccard similarity of shingle sets at or above which the baseline calls a pair a copy. */
    static final double BASELINE_JACCARD = 0.5;
    /** Share of the smaller shingle set inside the larger at or above which the containment baseline calls a copy. */
    static final double BASELINE_CONTAINMENT = 0.8;

    private CopyPairs() {}

    /** An unordered pair of ids, smaller first. */
    record Pair(String a, String b) {
        static Pair of(String x, String y) {
            return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
        }

        boolean within(Set<String> ids) {
            return ids.contains(a) && ids.contains(b);
        }
    }

    /**
     * Precision and recall of predicted pairs, and recall on the gold pairs whose bodies are not
     * identical (where exact matching cannot help).
     */
    record Score(int predicted, int correct, double precision, double recall, double recallNotIdentical) {
        static Score of(Set<Pair> predicted, Set<Pair> gold, Set<Pair> identical) {
            int correct = (int) predicted.stream().filter(gold::contains).count();
            int hard = 0;
            int hardFound = 0;
            for (Pair p : gold)
                if (!identical.contains(p)) {
                    hard++;
                    if (predicted.contains(p)) hardFound++;
                }
            return new Score(
                    predicted.size(),
                    correct,
                    predicted.isEmpty() ? 0 : (double) correct / predicted.size(),
                    gold.isEmpty() ? 0 : (double) correct / gold.size(),
                    hard == 0 ? 0 : (double) hardFound / hard);
        }
    }

    /** A text as the baselines compare it: its normalised words and their shingles. */
    record Body(List<String> words, long[] shingles) {
        static Body of(List<String> paragraphs) {
            var words = new ArrayList<String>();
            for (String p : paragraphs) {
                AnalyzedText text = AnalyzedText.of(p);
                for (int i = 0; i < text.size(); i++)
                    if (!text.form(i).isEmpty()
                            && Character.isLetterOrDigit(text.form(i).charAt(0))) words.add(text.form(i));
            }
            return new Body(words, shingles(words));
        }

        private static long[] shingles(List<String> words) {
            int n = Math.min(SHINGLE_WORDS, words.size());
            long[] result = new long[Math.max(0, words.size() - n + 1)];
            for (int i = 0; i < result.length; i++)
                result[i] = String.join(" ", words.subList(i, i + n)).hashCode() * 0x9E3779B97F4A7C15L
                        + words.get(i).hashCode();
            return Arrays.stream(result).sorted().distinct().toArray();
        }

        double jaccard(Body other) {
            int common = common(other);
            int union = shingles.length + other.shingles.length - common;
            return union == 0 ? 1 : (double) common / union;
        }

        double containment(Body other) {
            int smaller = Math.min(shingles.length, other.shingles.length);
            return smaller == 0 ? 0 : (double) common(other) / smaller;
        }

        private int common(Body other) {
            int common = 0;
            for (int i = 0, j = 0; i < shingles.length && j < other.shingles.length; ) {
                if (shingles[i] < other.shingles[j]) i++;
                else if (shingles[i] > other.shingles[j]) j++;
                else {
                    common++;
                    i++;
                    j++;
                }
            }
            return common;
        }
    }

    /** The baselines by name, in report order. */
    static Map<String, BiPredicate<Body, Body>> baselines() {
        var baselines = new LinkedHashMap<String, BiPredicate<Body, Body>>();
        baselines.put("exact body", (x, y) -> x.words().equals(y.words()));
        baselines.put("shingles, Jaccard >= 0.5", (x, y) -> x.jaccard(y) >= BASELINE_JACCARD);
        baselines.put("shingles, containment >= 0.8", (x, y) -> x.containment(y) >= BASELINE_CONTAINMENT);
        return baselines;
    }

    /** Every pair of the given articles that the test accepts. */
    static Set<Pair> pairs(Map<String, Body> bodies, BiPredicate<Body, Body> test) {
        List<String> ids = new ArrayList<>(bodies.keySet());
        ids.sort(String::compareTo);
        var pairs = new HashSet<Pair>();
        for (int i = 0; i < ids.size(); i++)
            for (int j = i + 1; j < ids.size(); j++)
                if (test.test(bodies.get(ids.get(i)), bodies.get(ids.get(j))))
                    pairs.add(Pair.of(ids.get(i), ids.get(j)));
        return pairs;
    }
}
