package dev.marsad.bench.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body-text metrics of the evaluation sets, as their authors define them.
 *
 * <p>Scrapinghub (article-extraction-benchmark, evaluate.py): tokens are {@code \w+} runs; 4-token
 * shingles form a multiset; per page TP, FP, FN are overlap, excess and shortfall, normalised to
 * sum 1; precision is averaged over pages with TP+FP &gt; 0, recall over pages with TP+FN &gt; 0;
 * F1 is taken of the two averages. Accuracy is the share of pages whose token sequence equals the
 * gold. WCXB: bag of lower-cased {@code \w+} tokens, P = overlap/predicted, R = overlap/reference,
 * F1 per page, averaged.
 */
final class BodyMetrics {

    /** Python's {@code \w} with re.UNICODE: letters, digits (all numeric kinds) and underscore. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private static final int SHINGLE = 4;

    private BodyMetrics() {}

    /** Scores of one extractor on one set. */
    record Scores(double precision, double recall, double f1, double accuracy, int pages) {}

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** {TP, FP, FN} of one page on 4-shingles, normalised to sum 1 (all 0 when both are empty). */
    static double[] shingleMatch(String gold, String predicted) {
        Map<List<String>, Integer> g = shingles(tokens(gold));
        Map<List<String>, Integer> p = shingles(tokens(predicted));
        double tp = 0;
        double fp = 0;
        double fn = 0;
        var keys = new java.util.HashSet<>(g.keySet());
        keys.addAll(p.keySet());
        for (List<String> k : keys) {
            int gc = g.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(gc, pc);
            fp += Math.max(0, pc - gc);
            fn += Math.max(0, gc - pc);
        }
        double s = tp + fp + fn;
        return s > 0 ? new double[] {tp / s, fp / s, fn / s} : new double[] {0, 0, 0};
    }

    private static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        int last = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < last; i++) {
            List<String> sh = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!sh.isEmpty()) out.merge(List.copyOf(sh), 1, Integer::sum);
        }
        return out;
    }

    /** The scrapinghub scores of predictions against gold, page by page in the same order. */
    static Scores scrapinghub(List<String> gold, List<String> predicted) {
        double pSum = 0;
        int pN = 0;
        double rSum = 0;
        int rN = 0;
        int exact = 0;
        for (int i = 0; i < gold.size(); i++) {
            double[] m = shingleMatch(gold.get(i), predicted.get(i));
            double tp = m[0];
            double fp = m[1];
            double fn = m[2];
            if (tp + fp > 0) {
                pSum += fp == 0 && fn == 0 ? 1 : tp / (tp + fp);
                pN++;
            }
            if (tp + fn > 0) {
                rSum += fp == 0 && fn == 0 ? 1 : tp / (tp + fn);
                rN++;
            }
            if (tokens(gold.get(i)).equals(tokens(predicted.get(i)))) exact++;
        }
        double p = pN == 0 ? 0 : pSum / pN;
        double r = rN == 0 ? 0 : rSum / rN;
        return new Scores(
                p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), (double) exact / Math.max(1, gold.size()), gold.size());
    }

    /** The WCXB word-level scores: per-page P, R, F1 on bags of lower-cased tokens, averaged. */
    static Scores wordLevel(List<String> gold, List<String> predicted) {
        double p = 0;
        double r = 0;
        double f = 0;
        int exact = 0;
        for (int i = 0; i < gold.size(); i++) {
            Map<String, Integer> g = bag(gold.get(i));
            Map<String, Integer> pr = bag(predicted.get(i));
            int gs = g.values().stream().mapToInt(Integer::intValue).sum();
            int ps = pr.values().stream().mapToInt(Integer::intValue).sum();
            int overlap = 0;
            for (var e : pr.entrySet()) overlap += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
            double pp = ps == 0 ? 0 : (double) overlap / ps;
            double rr = gs == 0 ? 0 : (double) overlap / gs;
            p += pp;
            r += rr;
            f += pp + rr == 0 ? 0 : 2 * pp * rr / (pp + rr);
            if (tokens(gold.get(i)).equals(tokens(predicted.get(i)))) exact++;
        }
        int n = Math.max(1, gold.size());
        return new Scores(p / n, r / n, f / n, (double) exact / n, gold.size());
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> out = new HashMap<>();
        for (String t : tokens(text)) out.merge(t.toLowerCase(Locale.ROOT), 1, Integer::sum);
        return out;
    }
}
