package dev.marsad.analyze;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Entity F1 over tag sequences, CoNLL style: a span counts when its first word, end and type equal
 * a gold span's; MISC is left out, as in {@code bench ner}. What {@link NetworkTrainer} stops early
 * on (the benchmark scores the whole analyser, this only the tags).
 */
final class SpanScore {

    /** The tag index where MISC begins in {@link NerModel#TAGS}: B-MISC. */
    private static final int FIRST_MISC = NerModel.TAGS.indexOf("B-MISC");

    private SpanScore() {}

    /** The F1 of {@code network}'s tags (Viterbi over its log-probabilities) against the examples' gold. */
    static double f1(List<NetworkTrainer.Example> examples, WindowNetwork network) {
        float[][] free = new float[NerModel.TAGS.size() + 1][NerModel.TAGS.size()];
        int correct = 0;
        int guessed = 0;
        int gold = 0;
        for (NetworkTrainer.Example e : examples) {
            int[] tags = NerModel.viterbi(network.logProbabilities(e.features(), e.vectors()), free);
            Set<String> g = spans(e.gold());
            Set<String> p = spans(tags);
            gold += g.size();
            guessed += p.size();
            p.retainAll(g);
            correct += p.size();
        }
        return correct == 0 ? 0 : 2.0 * correct / (guessed + gold);
    }

    /** The spans of a tag sequence as "first:end:B-tag", MISC left out. */
    static Set<String> spans(int[] tags) {
        var spans = new HashSet<String>();
        for (int i = 0; i < tags.length; ) {
            int tag = tags[i];
            if (tag == 0 || tag % 2 == 0) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tags.length && tags[end] == tag + 1) end++;
            if (tag < FIRST_MISC) spans.add(i + ":" + end + ":" + tag);
            i = end;
        }
        return spans;
    }
}
