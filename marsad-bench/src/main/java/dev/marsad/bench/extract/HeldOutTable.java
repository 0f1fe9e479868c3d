package dev.marsad.bench.extract;

import dev.marsad.extract.ArticleExtractor;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The leave-one-set-out table of a trained extraction model: one row per held-out set with its
 * score under the rules and its gain at each setting tried (threshold, margin), then the mean
 * gains; the chosen setting is the one with the highest mean gain where no set falls by more than
 * {@link #MAX_FALL}.
 */
final class HeldOutTable {

    /** A setting is acceptable only if no held-out set falls by more than this. */
    static final double MAX_FALL = 0.002;

    private final double[] settings;
    private final PrintWriter out;
    private final double[] gainSum;
    private final double[] worst;
    private int rows;

    /** Prints the header: {@code label} (such as "t=") before each setting. */
    HeldOutTable(String label, double[] settings, PrintWriter out) {
        this.settings = settings.clone();
        this.out = out;
        this.gainSum = new double[settings.length];
        this.worst = new double[settings.length];
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-7s %8s", "held out", "rules"));
        for (double s : settings) header.append(String.format(Locale.ROOT, " %7s", label + s));
        out.println(header);
    }

    /** Prints one held-out set's row: its score under the rules and at each setting. */
    void row(String set, double rules, double[] scores) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-7s %8.4f", set, rules));
        for (int i = 0; i < settings.length; i++) {
            double gain = scores[i] - rules;
            row.append(String.format(Locale.ROOT, " %+7.4f", gain));
            gainSum[i] += gain;
            worst[i] = Math.min(worst[i], gain);
        }
        rows++;
        out.println(row);
        out.flush();
    }

    /**
     * Leave-one-set-out over {@code sets}: for each, {@code fit} trains a model on the other sets'
     * {@code examples} (by set name), {@code extractor} makes an extractor of it at each setting, and
     * the set's scores against {@code baseline} are a row; then the mean gains.
     *
     * @return the index of the chosen setting, or -1 as {@link #choose()}
     */
    static <E, M> int validate(
            String label,
            double[] settings,
            List<DevSet> sets,
            Map<String, List<E>> examples,
            Function<List<E>, M> fit,
            BiFunction<M, Double, ArticleExtractor> extractor,
            ArticleExtractor baseline,
            PrintWriter out) {
        HeldOutTable table = new HeldOutTable(label, settings, out);
        for (DevSet held : sets) {
            List<E> train = new ArrayList<>();
            examples.forEach((name, list) -> {
                if (!name.equals(held.name())) train.addAll(list);
            });
            M model = fit.apply(train);
            double[] scores = new double[settings.length];
            for (int i = 0; i < settings.length; i++) scores[i] = held.score(extractor.apply(model, settings[i]));
            table.row(held.name(), held.score(baseline), scores);
        }
        return table.choose();
    }

    /**
     * Prints the mean gains and returns the index of the chosen setting, or -1 when none gains
     * without a set falling by more than {@link #MAX_FALL}.
     */
    int choose() {
        StringBuilder mean = new StringBuilder(String.format(Locale.ROOT, "%-7s %8s", "mean", ""));
        for (double g : gainSum) mean.append(String.format(Locale.ROOT, " %+7.4f", g / Math.max(1, rows)));
        out.println(mean);
        int best = -1;
        for (int i = 0; i < settings.length; i++)
            if (worst[i] >= -MAX_FALL && gainSum[i] > 0 && (best < 0 || gainSum[i] > gainSum[best])) best = i;
        return best;
    }
}
