package dev.marsad.bench.extract;

import dev.marsad.extract.BlockModel;
import dev.marsad.extract.BlockSample;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Labels a page's body blocks from the set's gold, for training the block model. With a gold text:
 * a block is article text when at least half of its word trigrams occur in the gold (a block of
 * one or two words: when it occurs in the gold as a whole); each block weighs its share of the
 * page's words, so every page counts alike, as the metrics average over pages. With snippets
 * (trafilatura-eval): a block holding a "with" snippet (or held by one) is text, one holding a
 * "without" snippet (or held by one) is not, the others are not labelled; each labelled block of
 * a page weighs alike.
 */
final class BlockLabels {

    /** A block is text when at least this share of its trigrams is in the gold. */
    static final double MIN_GOLD_SHARE = 0.5;

    private static final int GRAM = 3;

    /** A block counts as held by a snippet only from this length (not a lone word like "Share"). */
    private static final int MIN_HELD_CHARS = 20;

    private BlockLabels() {}

    /** The labelled examples of one page with a gold text. */
    static List<BlockModel.Example> fromGold(List<BlockSample> blocks, String gold) {
        Predicate<String> inGold = heldBy(gold);
        long words = 0;
        for (BlockSample b : blocks)
            if (b.judged()) words += BodyMetrics.tokens(b.text()).size();
        List<BlockModel.Example> out = new ArrayList<>();
        if (words == 0) return out;
        for (BlockSample b : blocks) {
            if (!b.judged()) continue;
            int tokens = BodyMetrics.tokens(b.text()).size();
            if (tokens == 0) continue;
            out.add(new BlockModel.Example(b, inGold.test(b.text()), tokens / (double) words));
        }
        return out;
    }

    /**
     * Whether a block's text is held by {@code text}: at least {@link #MIN_GOLD_SHARE} of the block's
     * word trigrams occur in it (a block of one or two words: when it occurs whole); an empty block
     * is not held.
     */
    static Predicate<String> heldBy(String text) {
        List<String> tokens = lower(BodyMetrics.tokens(text));
        List<Set<String>> grams = new ArrayList<>();
        for (int n = 1; n <= GRAM; n++) grams.add(grams(tokens, n));
        return block -> {
            List<String> mine = lower(BodyMetrics.tokens(block));
            if (mine.isEmpty()) return false;
            int n = Math.min(GRAM, mine.size());
            List<String> list = gramList(mine, n);
            long found = list.stream().filter(grams.get(n - 1)::contains).count();
            return found >= MIN_GOLD_SHARE * list.size();
        };
    }

    /** The labelled examples of one page with with/without snippets. */
    static List<BlockModel.Example> fromSnippets(List<BlockSample> blocks, List<String> with, List<String> without) {
        List<BlockSample> kept = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (BlockSample b : blocks) {
            if (!b.judged()) continue;
            String text = SnippetEval.collapse(b.text());
            if (text.isEmpty()) continue;
            boolean in = touches(text, with);
            boolean out = touches(text, without);
            if (in == out) continue;
            kept.add(b);
            labels.add(in);
        }
        List<BlockModel.Example> examples = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++)
            examples.add(new BlockModel.Example(kept.get(i), labels.get(i), 1.0 / kept.size()));
        return examples;
    }

    static boolean touches(String block, List<String> snippets) {
        for (String s : snippets) {
            String c = SnippetEval.collapse(s);
            if (!c.isEmpty() && (block.contains(c) || block.length() >= MIN_HELD_CHARS && c.contains(block)))
                return true;
        }
        return false;
    }

    private static List<String> lower(List<String> tokens) {
        return tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }

    private static Set<String> grams(List<String> tokens, int n) {
        return new HashSet<>(gramList(tokens, n));
    }

    private static List<String> gramList(List<String> tokens, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + n <= tokens.size(); i++) out.add(String.join(" ", tokens.subList(i, i + n)));
        return out;
    }
}
