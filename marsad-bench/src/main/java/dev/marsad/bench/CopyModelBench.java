package dev.marsad.bench;

import dev.marsad.bench.CopyPairs.Pair;
import dev.marsad.link.CopyPairFeatures;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench copy-model}: the copy decision on pairs, out of the linker — the hand rule
 * of {@link CopyPairFeatures#isNearDuplicateByRule()} against a logistic model over the same pair
 * features — cross-validated over the stories of the arabic-stories development part (folds by a
 * hash of the story id; a pair is tested in the fold of its ends' lower fold and the model never
 * trains on a pair touching a test story), then on Marsad's own labelled pairs. With {@code
 * --held-out} it also scores, never lists, the held-out part and the unseen half of the own pairs.
 */
@Command(
        name = "copy-model",
        mixinStandardHelpOptions = true,
        description = "Copy decision on pairs: hand rule against a logistic model, cross-validated over stories.")
final class CopyModelBench implements Callable<Integer> {

    private static final String FOLD_SALT = "marsad-copy-fold:";

    @Option(
            names = "--data",
            defaultValue = "../shared/data/arabic-stories",
            description = "Folder with articles.jsonl, gold.jsonl, near-duplicates.tsv.")
    Path data;

    @Option(names = "--folds", defaultValue = "5", description = "Folds over development stories (default 5).")
    int folds;

    @Option(
            names = "--held-out",
            description = "Also score the held-out part and the unseen own pairs (scores only, never the pairs).")
    boolean heldOut;

    @Option(
            names = "--words",
            defaultValue = "FORMS",
            description = "Compare words as FORMS (the linker, the labelled set's rule) or STEMS; default FORMS.")
    CopyPairFeatures.Words words;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One pair of a part: its ends' stories, its features, whether it is a gold near-duplicate. */
    record Row(String storyA, String storyB, CopyPairFeatures f, double[] x, boolean gold) {
        Row(String storyA, String storyB, CopyPairFeatures f, boolean gold) {
            this(storyA, storyB, f, f.vector(), gold);
        }

        /** The linker's previous rule (word-pair subsequences, tuned on development). */
        boolean ruleSays() {
            return f.isNearDuplicateBefore();
        }

        /** The linker's rule in use. */
        boolean marsadSays() {
            return f.isNearDuplicate();
        }

        /**
         * Candidate B: a text under {@code MIN_LENGTH_RATIO} of the other is its trimmed copy only
         * when it keeps the other's beginning (not when it is found after a short introduction).
         */
        boolean candidateSays() {
            double ratio = f.sharedOfShorter() == 0 ? 0 : f.sharedOfLonger() / f.sharedOfShorter();
            return f.sharedOfShorter() >= 0.7
                    && f.leadShared()
                    && f.sameSubject()
                    && (ratio >= 0.4 || f.longerLeadKept());
        }

        /**
         * Candidate C, the labelled set's own rule: the shorter's words in the matching blocks
         * at least 0.75 of it, and it at least 0.4 of the longer or matched as much within the
         * longer's beginning; with the linker's guard for templates (same subject) and,
         * when {@code leadGuard}, for a shared second item (a beginning shared).
         */
        boolean definitionSays(boolean leadGuard) {
            return definitionSays(leadGuard, false);
        }

        /** Candidate D: C, and a brief that keeps the longer's lead is its trimmed copy (the set's documented addition). */
        boolean definitionSays(boolean leadGuard, boolean briefs) {
            return f.matchedOfShorter() >= 0.75
                    && (f.lengthRatio() >= 0.4 || f.matchedAtBeginning() >= 0.75 || briefs && f.longerLeadKept())
                    && f.sameSubject()
                    && (!leadGuard || f.leadShared());
        }

        /** The hand rule with another share threshold in place of {@code MIN_SHARED}. */
        boolean ruleSays(double minShared) {
            double ratio = f.sharedOfShorter() == 0 ? 0 : f.sharedOfLonger() / f.sharedOfShorter();
            return f.sharedOfShorter() >= minShared
                    && f.leadShared()
                    && f.sameSubject()
                    && (ratio >= 0.4 || f.shorterIsLead());
        }
    }

    /** True and false positives and false negatives. */
    record Counts(int tp, int fp, int fn) {
        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        static Counts of(List<Row> rows, Predicate<Row> says) {
            int tp = 0, fp = 0, fn = 0;
            for (Row r : rows) {
                boolean s = says.test(r);
                if (s && r.gold) tp++;
                else if (s) fp++;
                else if (r.gold) fn++;
            }
            return new Counts(tp, fp, fn);
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (folds < 2) throw new IllegalArgumentException("--folds must be at least 2, got " + folds);
        double[] weights = null;
        if (Files.isRegularFile(data.resolve("articles.jsonl"))) {
            StoriesData all = StoriesData.read(data);
            List<Row> development = rows(all.part(HeldOutSplit.Part.DEVELOPMENT));
            crossValidate(out, development);
            weights = LogisticFit.fit(
                    development.stream().map(Row::x).toList(),
                    development.stream().map(Row::gold).toList());
            printWeights(out, weights);
            if (heldOut) {
                List<Row> held = rows(all.part(HeldOutSplit.Part.HELD_OUT));
                double[] w = weights;
                out.println("held-out part, every pair (scores only):");
                print(out, "before: hand rule", Counts.of(held, Row::ruleSays));
                print(out, "candidate B", Counts.of(held, Row::candidateSays));
                print(out, "candidate D", Counts.of(held, r -> r.definitionSays(true, true)));
                print(out, "marsad (D', in use)", Counts.of(held, Row::marsadSays));
                print(out, "logistic (fit on development)", Counts.of(held, r -> says(w, r.x)));
            }
        } else out.println("arabic-stories skipped: " + data.resolve("articles.jsonl") + " not found");
        own(out, OwnCopyPairs.Half.DEVELOPMENT, weights, true);
        if (heldOut) own(out, OwnCopyPairs.Half.UNSEEN, weights, false);
        return 0;
    }

    /** Every pair of a part's articles with its features and gold label. */
    private List<Row> rows(StoriesData part) {
        List<StoriesData.Labelled> articles = part.articles();
        List<CopyPairFeatures> features = CopyPairFeatures.ofAllPairs(
                articles.stream().map(StoriesData.Labelled::analyzed).toList(), words);
        var rows = new ArrayList<Row>(features.size());
        int k = 0;
        for (int i = 0; i < articles.size(); i++)
            for (int j = i + 1; j < articles.size(); j++) {
                CopyPairFeatures f = features.get(k++);
                String a = articles.get(i).id();
                String b = articles.get(j).id();
                rows.add(new Row(
                        part.goldStory().get(a),
                        part.goldStory().get(b),
                        f,
                        part.goldPairs().contains(Pair.of(a, b))));
            }
        return rows;
    }

    private void crossValidate(PrintWriter out, List<Row> rows) {
        out.printf(
                Locale.ROOT,
                "development part: %d pairs, %d gold; %d folds over stories%n",
                rows.size(),
                rows.stream().filter(Row::gold).count(),
                folds);
        out.println(
                "  fold   pairs gold   hand rule P / R     logistic P / R     rule, share threshold fit on the other folds");
        var rule = new Counts(0, 0, 0);
        var model = new Counts(0, 0, 0);
        var refit = new Counts(0, 0, 0);
        for (int k = 0; k < folds; k++) {
            int fold = k;
            List<Row> test = rows.stream()
                    .filter(r -> Math.min(fold(r.storyA), fold(r.storyB)) == fold)
                    .toList();
            List<Row> train = rows.stream()
                    .filter(r -> fold(r.storyA) != fold && fold(r.storyB) != fold)
                    .toList();
            double[] w = LogisticFit.fit(
                    train.stream().map(Row::x).toList(),
                    train.stream().map(Row::gold).toList());
            Counts r = Counts.of(test, Row::ruleSays);
            Counts m = Counts.of(test, row -> says(w, row.x));
            double threshold = bestThreshold(train);
            Counts t = Counts.of(test, row -> row.ruleSays(threshold));
            out.printf(
                    Locale.ROOT,
                    "  %4d %7d %4d   %.3f / %.3f      %.3f / %.3f      %.2f: %.3f / %.3f%n",
                    k,
                    test.size(),
                    test.stream().filter(Row::gold).count(),
                    r.precision(),
                    r.recall(),
                    m.precision(),
                    m.recall(),
                    threshold,
                    t.precision(),
                    t.recall());
            rule = rule.plus(r);
            model = model.plus(m);
            refit = refit.plus(t);
        }
        print(out, "before: hand rule, all folds", rule);
        print(out, "logistic, all folds", model);
        print(out, "rule, threshold refit per fold", refit);
        print(out, "candidate B (fixed rule)", Counts.of(rows, Row::candidateSays));
        print(out, "candidate C (the set's rule, guards)", Counts.of(rows, r -> r.definitionSays(true)));
        print(out, "candidate C' (no lead guard)", Counts.of(rows, r -> r.definitionSays(false)));
        print(out, "candidate D (C and lead briefs)", Counts.of(rows, r -> r.definitionSays(true, true)));
        print(out, "marsad (D', in use)", Counts.of(rows, Row::marsadSays));
    }

    private void own(PrintWriter out, OwnCopyPairs.Half half, double[] weights, boolean list) {
        var pairs = OwnCopyPairs.read(half);
        var rows = new ArrayList<Row>();
        for (OwnCopyPairs.LabelledPair p : pairs) {
            CopyPairFeatures f = CopyPairFeatures.of(p.a(), p.b(), words);
            rows.add(new Row(p.id(), p.id(), f, p.copy()));
        }
        out.printf(
                Locale.ROOT,
                "own pairs, %s half: %d pairs, %d copies%n",
                half.name().toLowerCase(Locale.ROOT),
                rows.size(),
                rows.stream().filter(Row::gold).count());
        print(out, "before: hand rule", Counts.of(rows, Row::ruleSays));
        print(out, "candidate B", Counts.of(rows, Row::candidateSays));
        print(out, "candidate C", Counts.of(rows, r -> r.definitionSays(true)));
        print(out, "candidate D", Counts.of(rows, r -> r.definitionSays(true, true)));
        print(out, "marsad (D', in use)", Counts.of(rows, Row::marsadSays));
        if (weights != null) print(out, "logistic (fit on development)", Counts.of(rows, r -> says(weights, r.x)));
        if (!list) return;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            out.printf(
                    Locale.ROOT,
                    "    %s copy=%-5s before=%-5s B=%-5s C=%-5s marsad=%-5s p=%s  %s  %s%n",
                    pairs.get(i).id(),
                    r.gold,
                    r.ruleSays(),
                    r.candidateSays(),
                    r.definitionSays(true),
                    r.marsadSays(),
                    weights == null ? "-" : String.format(Locale.ROOT, "%.2f", LogisticFit.predict(weights, r.x)),
                    features(r.x),
                    pairs.get(i).kind());
        }
    }

    /**
     * The share threshold of the hand rule with the best F1 on these rows, from 0.60 to 0.85 by
     * 0.01; of equal F1 the lowest (the edge of the gap nearest the recall side).
     */
    private static double bestThreshold(List<Row> rows) {
        double best = 0.6;
        double bestF1 = -1;
        for (int step = 60; step <= 85; step++) {
            double threshold = step / 100.0;
            Counts c = Counts.of(rows, r -> r.ruleSays(threshold));
            double f1 = c.tp() == 0 ? 0 : 2 * c.precision() * c.recall() / (c.precision() + c.recall());
            if (f1 > bestF1 + 1e-12) {
                bestF1 = f1;
                best = threshold;
            }
        }
        return best;
    }

    private static String features(double[] x) {
        var s = new StringBuilder();
        for (double v : x) s.append(String.format(Locale.ROOT, "%.2f ", v));
        return s.toString().strip();
    }

    private static void printWeights(PrintWriter out, double[] w) {
        out.printf(Locale.ROOT, "logistic fit on the whole development part: bias %.3f", w[0]);
        for (int j = 1; j < w.length; j++)
            out.printf(Locale.ROOT, ", %s %.3f", CopyPairFeatures.NAMES.get(j - 1), w[j]);
        out.println();
    }

    private static boolean says(double[] w, double[] x) {
        return LogisticFit.predict(w, x) >= 0.5;
    }

    private static void print(PrintWriter out, String name, Counts c) {
        out.printf(
                Locale.ROOT,
                "  %-34s P %.3f  R %.3f  (%d correct, %d false, %d missed)%n",
                name,
                c.precision(),
                c.recall(),
                c.tp(),
                c.fp(),
                c.fn());
    }

    private int fold(String storyId) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-1").digest((FOLD_SALT + storyId).getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, digest).mod(BigInteger.valueOf(folds)).intValue();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JDK", e);
        }
    }
}
