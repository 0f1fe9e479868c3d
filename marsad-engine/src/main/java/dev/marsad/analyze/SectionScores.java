package dev.marsad.analyze;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Precision, recall and F1 per section of predictions against gold sections, and their macro
 * average over the gold sections. An {@link Section#UNKNOWN} answer is a miss for its gold
 * section's recall and counts against no section's precision.
 */
public final class SectionScores {

    private final Map<Section, Map<Section, Integer>> confusion = new EnumMap<>(Section.class);

    /** Records one article: its gold section and the answer given. */
    public void add(Section gold, Section predicted) {
        confusion.computeIfAbsent(gold, g -> new EnumMap<>(Section.class)).merge(predicted, 1, Integer::sum);
    }

    /** The gold sections seen, in enum order. */
    public Set<Section> goldSections() {
        return new TreeSet<>(confusion.keySet());
    }

    /** Articles recorded. */
    public int total() {
        return confusion.values().stream()
                .flatMap(r -> r.values().stream())
                .mapToInt(Integer::intValue)
                .sum();
    }

    /** Articles with this gold section. */
    public int support(Section gold) {
        return confusion.getOrDefault(gold, Map.of()).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
    }

    /** How the articles of one gold section were answered. */
    public Map<Section, Integer> row(Section gold) {
        return Map.copyOf(confusion.getOrDefault(gold, Map.of()));
    }

    /** Share of answers {@code s} that were right; 0 when never answered. */
    public double precision(Section s) {
        int predicted =
                confusion.values().stream().mapToInt(r -> r.getOrDefault(s, 0)).sum();
        return predicted == 0 ? 0 : (double) hits(s) / predicted;
    }

    /** Share of the gold section's articles answered right. */
    public double recall(Section s) {
        int n = support(s);
        return n == 0 ? 0 : (double) hits(s) / n;
    }

    /** Harmonic mean of precision and recall. */
    public double f1(Section s) {
        double p = precision(s);
        double r = recall(s);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Mean F1 over the gold sections. */
    public double macroF1() {
        List<Section> gold = List.copyOf(goldSections());
        return gold.isEmpty()
                ? 0
                : gold.stream().mapToDouble(this::f1).average().orElse(0);
    }

    /** Share of all articles answered right. */
    public double accuracy() {
        int n = total();
        return n == 0
                ? 0
                : (double) confusion.keySet().stream().mapToInt(this::hits).sum() / n;
    }

    /** Share of articles answered with a known section. */
    public double coverage() {
        int n = total();
        int unknown = confusion.values().stream()
                .mapToInt(r -> r.getOrDefault(Section.UNKNOWN, 0))
                .sum();
        return n == 0 ? 0 : (double) (n - unknown) / n;
    }

    private int hits(Section s) {
        return confusion.getOrDefault(s, Map.of()).getOrDefault(s, 0);
    }
}
