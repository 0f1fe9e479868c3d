package dev.marsad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The features by which {@link BlockModel} judges a body block, computed for all blocks of a body
 * at once (several look at the block's neighbours and at the body as a whole). None of them names a
 * site, a word list of one set or a class name of one page: they are the shape of the text
 * (length, sentence ending, function words, clauses, capitals, digits), its links, its place in
 * the body and among its neighbours, and how it sits in the page (its holder's tag, a class name
 * of a known kind, the share of the body that shares its markup, its depth against the body's
 * usual depth, the share of the body in its root).
 */
final class BlockFeatures {

    /** The names of the features, in the order of the vectors; a model file lists the same. */
    static final List<String> NAMES = List.of(
            "log_chars",
            "short",
            "long",
            "ends_sentence",
            "stop_density",
            "clauses_per_word",
            "link_share",
            "position",
            "near_start",
            "near_end",
            "heading",
            "list",
            "quote",
            "table",
            "capitalised",
            "digit_share",
            "char_share",
            "prev_log_chars",
            "next_log_chars",
            "prev_ends_sentence",
            "next_ends_sentence",
            "holder_p",
            "class_content",
            "class_furniture",
            "root_share",
            "depth_offset",
            "markup_share",
            "mass_before",
            "short_run",
            "repeated");

    /** A block shorter than this (non-space characters) is short: a label, a byline, a button. */
    private static final int SHORT_CHARS = 50;

    /** A block longer than this is long: a paragraph of several sentences. */
    private static final int LONG_CHARS = 300;

    /** Blocks counted from either edge for {@code near_start} and {@code near_end}. */
    private static final int EDGE_BLOCKS = 5;

    /** Levels of depth difference counted at most. */
    private static final int MAX_DEPTH_OFFSET = 5;

    /** Ancestors of a holder whose class names are read for a hint, at most. */
    private static final int HINT_LEVELS = 3;

    private BlockFeatures() {}

    /**
     * The feature vector of each block of {@code body}, in order; a block without an origin (a
     * table row read as a paragraph, a body from JSON-LD) gets the body's usual markup values.
     */
    static List<double[]> of(List<Block> body, Map<Block, BlockOrigin> origins) {
        int n = body.size();
        int[] chars = new int[n];
        boolean[] ends = new boolean[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            chars[i] = TextStats.nonSpace(body.get(i).text());
            ends[i] = ProseSignals.endsSentence(body.get(i).text());
            total += chars[i];
        }
        Markup markup = Markup.of(body, origins, chars);
        Map<String, Integer> seen = new HashMap<>();
        for (Block b : body) seen.merge(b.text(), 1, Integer::sum);
        long before = 0;
        List<double[]> vectors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Block b = body.get(i);
            String text = b.text();
            int words = Math.max(1, ProseSignals.words(text));
            BlockOrigin o = origins.get(b);
            double[] v = new double[NAMES.size()];
            int k = 0;
            v[k++] = Math.log1p(chars[i]);
            v[k++] = chars[i] < SHORT_CHARS ? 1 : 0;
            v[k++] = chars[i] > LONG_CHARS ? 1 : 0;
            v[k++] = ends[i] ? 1 : 0;
            v[k++] = ProseSignals.stopWordDensity(text);
            v[k++] = Math.min(1.0, ProseSignals.clauseMarks(text) / (double) words);
            v[k++] = o == null ? 0 : o.linkShare();
            v[k++] = n == 1 ? 0 : i / (double) (n - 1);
            v[k++] = Math.max(0, EDGE_BLOCKS - i) / (double) EDGE_BLOCKS;
            v[k++] = Math.max(0, EDGE_BLOCKS - (n - 1 - i)) / (double) EDGE_BLOCKS;
            v[k++] = b instanceof Block.Heading ? 1 : 0;
            v[k++] = b instanceof Block.ListBlock ? 1 : 0;
            v[k++] = b instanceof Block.Quote ? 1 : 0;
            v[k++] = b instanceof Block.Table ? 1 : 0;
            v[k++] = capitalisedShare(text);
            v[k++] = digitShare(text);
            v[k++] = total == 0 ? 0 : chars[i] / (double) total;
            v[k++] = i == 0 ? 0 : Math.log1p(chars[i - 1]);
            v[k++] = i == n - 1 ? 0 : Math.log1p(chars[i + 1]);
            v[k++] = i > 0 && ends[i - 1] ? 1 : 0;
            v[k++] = i < n - 1 && ends[i + 1] ? 1 : 0;
            v[k++] = o != null && o.holder().nameIs("p") ? 1 : 0;
            int hint = o == null ? 0 : classHint(o.holder());
            v[k++] = hint > 0 ? 1 : 0;
            v[k++] = hint < 0 ? 1 : 0;
            v[k++] = o == null ? 1 : markup.rootShare(o.root());
            v[k++] = o == null ? 0 : markup.depthOffset(o.holder());
            v[k++] = o == null ? 1 : markup.share(o.holder());
            v[k++] = total == 0 ? 0 : before / (double) total;
            v[k++] = Math.min(EDGE_BLOCKS, shortRun(chars, i)) / (double) EDGE_BLOCKS;
            v[k++] = seen.getOrDefault(text, 0) > 1 ? 1 : 0;
            before += chars[i];
            vectors.add(v);
        }
        return vectors;
    }

    /** The length of the run of short blocks that holds block {@code i} (0 when it is not short). */
    private static int shortRun(int[] chars, int i) {
        if (chars[i] >= SHORT_CHARS) return 0;
        int from = i;
        int to = i;
        while (from > 0 && chars[from - 1] < SHORT_CHARS) from--;
        while (to < chars.length - 1 && chars[to + 1] < SHORT_CHARS) to++;
        return to - from + 1;
    }

    /** Share of Latin words that start with a capital (headlines and names are capitalised). */
    private static double capitalisedShare(String text) {
        int words = 0;
        int capitals = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = Character.isLetter(c);
            if (letter && !in && c < LAST_LATIN) {
                words++;
                if (Character.isUpperCase(c)) capitals++;
            }
            in = letter;
        }
        return words == 0 ? 0 : capitals / (double) words;
    }

    /** Letters below this code point are Latin (Basic Latin to Latin Extended-B). */
    private static final char LAST_LATIN = '\u0250';

    private static double digitShare(String text) {
        int digits = 0;
        int all = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) continue;
            all++;
            if (Character.isDigit(c)) digits++;
        }
        return all == 0 ? 0 : digits / (double) all;
    }

    /** The class-name verdict of the holder or its nearest ancestor that has one. */
    private static int classHint(Element holder) {
        Element e = holder;
        for (int level = 0; level <= HINT_LEVELS && e != null; level++, e = e.parent()) {
            int w = ClassHints.weight(e);
            if (w != 0) return w;
        }
        return 0;
    }

    /** How the body's text is spread over its markup: roots, depths and holder kinds. */
    private record Markup(Map<Integer, Long> byRoot, Map<String, Long> bySignature, double usualDepth, long total) {

        static Markup of(List<Block> body, Map<Block, BlockOrigin> origins, int[] chars) {
            Map<Integer, Long> byRoot = new HashMap<>();
            Map<String, Long> bySignature = new HashMap<>();
            Map<Integer, Long> byDepth = new HashMap<>();
            long total = 0;
            for (int i = 0; i < body.size(); i++) {
                BlockOrigin o = origins.get(body.get(i));
                if (o == null) continue;
                byRoot.merge(o.root(), (long) chars[i], Long::sum);
                bySignature.merge(signature(o.holder()), (long) chars[i], Long::sum);
                byDepth.merge(depth(o.holder()), (long) chars[i], Long::sum);
                total += chars[i];
            }
            int usual = byDepth.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(0);
            return new Markup(byRoot, bySignature, usual, total);
        }

        double rootShare(int root) {
            return total == 0 ? 1 : byRoot.getOrDefault(root, 0L) / (double) total;
        }

        double share(Element holder) {
            return total == 0 ? 1 : bySignature.getOrDefault(signature(holder), 0L) / (double) total;
        }

        double depthOffset(Element holder) {
            return Math.min(MAX_DEPTH_OFFSET, Math.abs(depth(holder) - usualDepth)) / MAX_DEPTH_OFFSET;
        }

        /** The holder's tag and classes and its parent's: the markup a site gives one kind of block. */
        private static String signature(Element holder) {
            Element parent = holder.parent();
            return holder.normalName() + "." + holder.className().toLowerCase(Locale.ROOT) + "<"
                    + (parent == null
                            ? ""
                            : parent.normalName() + "." + parent.className().toLowerCase(Locale.ROOT));
        }

        private static int depth(Element e) {
            int d = 0;
            for (Element p = e.parent(); p != null; p = p.parent()) d++;
            return d;
        }
    }
}
