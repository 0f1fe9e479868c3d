package dev.marsad.bench;

import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.EntityMention;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench ner}: Marsad's entity recogniser against the ANERcorp gold ({@code
 * ../shared/data/anercorp}), CoNLL style: an entity counts when its token span and type match
 * exactly. PERS is compared with PER; MISC is not predicted and left out.
 *
 * <ol>
 *   <li>read tokens and IOB2 tags, cut sentences at the "." token;
 *   <li>join each sentence's tokens with spaces and run {@link ArticleAnalyzer#mentions};
 *   <li>map each mention to the tokens it touches; compare span sets per type.
 * </ol>
 */
@Command(
        name = "ner",
        mixinStandardHelpOptions = true,
        description = "Named-entity precision/recall/F1 per type on ANERcorp (exact span match).")
public final class NerBench implements Callable<Integer> {

    @Option(
            names = "--gold",
            description = "ANERcorp file (token TAG per line); default ../shared/data/anercorp/ANERCorp.first75.txt")
    Path gold;

    @Option(names = "--errors", description = "print this many missed and wrong spans per type (default 0)")
    int errors;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** A gold or predicted entity: sentence, first token, end token (exclusive), type. */
    record Span(int sentence, int first, int end, Entity.Type type) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path file = gold != null ? gold : AnalyzeBenchData.resolve("anercorp/ANERCorp.first75.txt");
        if (!Files.isRegularFile(file)) {
            out.println("skipped: ANERcorp gold not found at " + file);
            return 0;
        }
        List<List<String[]>> sentences = readSentences(file);
        var analyzer = new ArticleAnalyzer();
        Set<Span> goldSpans = new HashSet<>();
        Set<Span> predicted = new HashSet<>();
        long started = System.nanoTime();
        for (int s = 0; s < sentences.size(); s++) {
            goldSpans.addAll(goldSpans(s, sentences.get(s)));
            predicted.addAll(predictedSpans(s, sentences.get(s), analyzer));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        report(out, file, sentences, goldSpans, predicted, seconds);
        if (errors > 0) printErrors(out, sentences, goldSpans, predicted);
        return 0;
    }

    private static List<List<String[]>> readSentences(Path file) throws IOException {
        var sentences = new ArrayList<List<String[]>>();
        var current = new ArrayList<String[]>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int space = line.lastIndexOf(' ');
            if (space <= 0) continue; // the corpus has lines with an empty token: dropped consistently
            String token = line.substring(0, space).strip();
            if (token.isEmpty()) continue;
            current.add(new String[] {token, line.substring(space + 1).strip()});
            if (token.equals(".")) {
                sentences.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) sentences.add(current);
        return sentences;
    }

    private static List<Span> goldSpans(int s, List<String[]> tokens) {
        var spans = new ArrayList<Span>();
        int start = -1;
        Entity.Type type = null;
        for (int i = 0; i <= tokens.size(); i++) {
            String tag = i < tokens.size() ? tokens.get(i)[1] : "O";
            Entity.Type t = typeOf(tag.length() > 2 ? tag.substring(2) : "");
            boolean continues = tag.startsWith("I-") && type != null && t == type;
            if (start >= 0 && !continues) {
                spans.add(new Span(s, start, i, type));
                start = -1;
                type = null;
            }
            if (t != null && !continues) {
                start = i;
                type = t;
            }
        }
        return spans;
    }

    private static Entity.Type typeOf(String label) {
        return switch (label) {
            case "PERS", "PER" -> Entity.Type.PER;
            case "LOC" -> Entity.Type.LOC;
            case "ORG" -> Entity.Type.ORG;
            default -> null;
        };
    }

    private static List<Span> predictedSpans(int s, List<String[]> tokens, ArticleAnalyzer analyzer) {
        var text = new StringBuilder();
        int[] starts = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) text.append(' ');
            starts[i] = text.length();
            text.append(tokens.get(i)[0]);
        }
        var spans = new ArrayList<Span>();
        for (EntityMention m : analyzer.mentions(text.toString())) {
            int first = tokenAt(starts, m.start());
            int last = tokenAt(starts, m.end() - 1);
            spans.add(new Span(s, first, last + 1, m.type()));
        }
        return spans;
    }

    private static int tokenAt(int[] starts, int offset) {
        int i = 0;
        while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
        return i;
    }

    private static void report(
            PrintWriter out,
            Path file,
            List<List<String[]>> sentences,
            Set<Span> gold,
            Set<Span> predicted,
            double seconds) {
        long tokens = sentences.stream().mapToLong(List::size).sum();
        out.printf(
                Locale.ROOT,
                "ANERcorp %s: %d sentences, %d tokens, %.1f s (%.0f tokens/s)%n",
                file,
                sentences.size(),
                tokens,
                seconds,
                tokens / seconds);
        out.println("type  gold  predicted  correct  precision  recall  F1");
        Map<Entity.Type, long[]> counts = new EnumMap<>(Entity.Type.class);
        long[] all = new long[3];
        for (Entity.Type type : Entity.Type.values()) {
            long g = gold.stream().filter(sp -> sp.type() == type).count();
            long p = predicted.stream().filter(sp -> sp.type() == type).count();
            long c = predicted.stream()
                    .filter(sp -> sp.type() == type && gold.contains(sp))
                    .count();
            counts.put(type, new long[] {g, p, c});
            all[0] += g;
            all[1] += p;
            all[2] += c;
            line(out, type.name(), g, p, c);
        }
        line(out, "all", all[0], all[1], all[2]);
    }

    private void printErrors(PrintWriter out, List<List<String[]>> sentences, Set<Span> gold, Set<Span> predicted) {
        for (Entity.Type type : Entity.Type.values()) {
            out.println("-- " + type + " missed:");
            gold.stream()
                    .filter(sp -> sp.type() == type && !predicted.contains(sp))
                    .limit(errors)
                    .forEach(sp -> out.println("   " + context(sentences, sp)));
            out.println("-- " + type + " wrong:");
            predicted.stream()
                    .filter(sp -> sp.type() == type && !gold.contains(sp))
                    .limit(errors)
                    .forEach(sp -> out.println("   " + context(sentences, sp)));
        }
    }

    private static String context(List<List<String[]>> sentences, Span sp) {
        List<String[]> tokens = sentences.get(sp.sentence());
        var text = new StringBuilder();
        for (int i = Math.max(0, sp.first() - 3); i < Math.min(tokens.size(), sp.end() + 3); i++) {
            if (i == sp.first()) text.append("[");
            text.append(tokens.get(i)[0]).append('/').append(tokens.get(i)[1]);
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
