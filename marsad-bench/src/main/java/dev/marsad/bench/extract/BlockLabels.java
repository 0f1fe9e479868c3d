package dev.marsad.bench.extract;

import dev.marsad.extract.BlockModel;
import dev.marsad.extract.BlockSample;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
        List<String> goldTokens = lower(BodyMetrics.tokens(gold));
        List<Set<String>> goldGrams = new ArrayList<>();
        for (int n = 1; n <= GRAM; n++) goldGrams.add(grams(goldTokens, n));
        long words = 0;
        for (BlockSample b : blocks)
            if (b.judged()) words += BodyMetrics.tokens(b.text()).size();
        List<BlockModel.Example> out = new ArrayList<>();
        if (words == 0) return out;
        for (BlockSample b : blocks) {
            if (!b.judged()) continue;
            List<String> tokens = lower(BodyMetrics.tokens(b.text()));
            if (tokens.isEmpty()) continue;
            int n = Math.min(GRAM, tokens.size());
            List<String> mine = gramList(tokens, n);
            long found = mine.stream().filter(goldGrams.get(n - 1)::contains).count();
            boolean content = found >= MIN_GOLD_SHARE * mine.size();
            out.add(new BlockModel.Example(b, content, tokens.size() / (double) words));
        }
        return out;
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

    private static boolean touches(String block, List<String> snippets) {
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
