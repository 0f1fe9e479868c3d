package dev.marsad.bench;

import dev.marsad.analyze.ConllCorpus;
import dev.marsad.analyze.Entity;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Precision, recall and F1 per entity type over exact spans, and the errors behind them. */
final class NerScores {

    private NerScores() {}

    static void print(PrintWriter out, Set<NerBench.Span> gold, Set<NerBench.Span> predicted) {
        out.println("type  gold  predicted  correct  precision  recall  F1");
        long[] all = new long[3];
        for (Entity.Type type : Entity.Type.values()) {
            long g = gold.stream().filter(sp -> sp.type() == type).count();
            long p = predicted.stream().filter(sp -> sp.type() == type).count();
            long c = predicted.stream()
                    .filter(sp -> sp.type() == type && gold.contains(sp))
                    .count();
            all[0] += g;
            all[1] += p;
            all[2] += c;
            line(out, type.name(), g, p, c);
        }
        line(out, "all", all[0], all[1], all[2]);
    }

    static void printErrors(
            PrintWriter out, ConllCorpus corpus, Set<NerBench.Span> gold, Set<NerBench.Span> predicted, int limit) {
        for (Entity.Type type : Entity.Type.values()) {
            out.println("-- " + type + " missed:");
            gold.stream()
                    .filter(sp -> sp.type() == type && !predicted.contains(sp))
                    .limit(limit)
                    .forEach(sp -> out.println("   " + context(corpus, sp)));
            out.println("-- " + type + " wrong:");
            predicted.stream()
                    .filter(sp -> sp.type() == type && !gold.contains(sp))
                    .limit(limit)
                    .forEach(sp -> out.println("   " + context(corpus, sp)));
        }
    }

    private static String context(ConllCorpus corpus, NerBench.Span sp) {
        ConllCorpus.Sentence sentence = corpus.sentences().get(sp.sentence());
        List<String> tokens = sentence.tokens();
        var text = new StringBuilder();
        for (int i = Math.max(0, sp.first() - 3); i < Math.min(tokens.size(), sp.end() + 3); i++) {
            if (i == sp.first()) text.append("[");
            text.append(tokens.get(i)).append('/').append(sentence.tags().get(i));
            if (i == sp.end() - 1) text.append("]");
            text.append(' ');
        }
        return text.toString();
    }

    private static void line(PrintWriter out, String label, long gold, long predicted, long correct) {
        double precision = predicted == 0 ? 0 : (double) correct / predicted;
        double recall = gold == 0 ? 0 : (double) correct / gold;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        out.printf(
                Locale.ROOT,
                "%-4s %6d %10d %8d %10.3f %7.3f %6.3f%n",
                label,
                gold,
                predicted,
                correct,
                precision,
                recall,
                f1);
    }
}
