package dev.marsad.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The runs of blocks at either edge of a body that {@link EdgeModel} may cut, with the features it
 * judges them by. A run is the first (leading) or last (trailing) {@code k} blocks of the body the
 * veto kept. Its features are the shape of the run against the rest of the body: its size and its
 * share of the body, how much of it ends sentences and holds function words and links, how much
 * of it shares the body's usual markup, whether a heading opens it, and how its blocks compare with
 * the body's median block (read from the blocks' {@link BlockFeatures}), and whether it names the
 * site or the author, gives a contact or repeats the description ({@link EdgeHints}) where the
 * rest of the body does not. None names a site, a class name of one page or a word list.
 */
final class EdgeFeatures {

    /** The names of a run's features, in the order of its vector; a model file lists the same. */
    static final List<String> NAMES = List.of(
            "trailing",
            "blocks",
            "share",
            "log_chars",
            "rest_log_chars",
            "ends_sentence",
            "stop_density",
            "clauses_per_word",
            "link_share",
            "markup_share",
            "markup_min",
            "holder_p",
            "class_content",
            "class_furniture",
            "root_min",
            "depth_offset",
            "heading",
            "opens_with_heading",
            "list",
            "short",
            "digit_share",
            "capitalised",
            "repeated",
            "size_vs_median",
            "inner_ends_sentence",
            "names_site",
            "rest_names_site",
            "names_author",
            "contact",
            "repeats_description");

    /** Trailing runs of at most this many blocks are judged. */
    static final int MAX_TRAILING = 5;

    /** Leading runs of at most this many blocks are judged. */
    static final int MAX_LEADING = 3;

    /** A run holds at most this share of the body's characters: a cut trims a body, never halves it. */
    static final double MAX_SHARE = 0.4;

    private static final int LOG_CHARS = BlockFeatures.NAMES.indexOf("log_chars");
    private static final int ENDS = BlockFeatures.NAMES.indexOf("ends_sentence");
    private static final int STOP = BlockFeatures.NAMES.indexOf("stop_density");
    private static final int CLAUSES = BlockFeatures.NAMES.indexOf("clauses_per_word");
    private static final int LINKS = BlockFeatures.NAMES.indexOf("link_share");
    private static final int MARKUP = BlockFeatures.NAMES.indexOf("markup_share");
    private static final int HOLDER_P = BlockFeatures.NAMES.indexOf("holder_p");
    private static final int CONTENT = BlockFeatures.NAMES.indexOf("class_content");
    private static final int FURNITURE = BlockFeatures.NAMES.indexOf("class_furniture");
    private static final int ROOT = BlockFeatures.NAMES.indexOf("root_share");
    private static final int DEPTH = BlockFeatures.NAMES.indexOf("depth_offset");
    private static final int HEADING = BlockFeatures.NAMES.indexOf("heading");
    private static final int LIST = BlockFeatures.NAMES.indexOf("list");
    private static final int SHORT = BlockFeatures.NAMES.indexOf("short");
    private static final int DIGITS = BlockFeatures.NAMES.indexOf("digit_share");
    private static final int CAPITALS = BlockFeatures.NAMES.indexOf("capitalised");
    private static final int REPEATED = BlockFeatures.NAMES.indexOf("repeated");

    private EdgeFeatures() {}

    /**
     * The candidate runs of {@code body}: the trailing runs of 1, 2, … blocks, then the leading
     * ones, each only while it leaves a block, holds at most {@link #MAX_SHARE} of the body's
     * characters and holds only blocks the model judges (from the page's markup).
     */
    static List<EdgeModel.Run> runs(List<BlockSample> body, EdgeHints hints) {
        int n = body.size();
        List<EdgeModel.Run> out = new ArrayList<>();
        if (n < 2) return out;
        int[] chars = new int[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            chars[i] = TextStats.nonSpace(body.get(i).text());
            total += chars[i];
        }
        if (total == 0) return out;
        double median = median(chars);
        boolean[] namesSite = new boolean[n];
        int siteBlocks = 0;
        int[] cues = new int[n];
        for (int i = 0; i < n; i++) {
            String text = body.get(i).text();
            namesSite[i] = hints.namesSite(text);
            if (namesSite[i]) siteBlocks++;
            // the other cues only for the blocks a run can hold, once each
            if (i < MAX_LEADING || i >= n - MAX_TRAILING) cues[i] = cues(text, hints);
        }
        Edges edges = new Edges(body, chars, total, median, namesSite, siteBlocks, cues);
        for (int side = 0; side < 2; side++) {
            boolean trailing = side == 0;
            int max = Math.min(n - 1, trailing ? MAX_TRAILING : MAX_LEADING);
            long runChars = 0;
            for (int k = 1; k <= max; k++) {
                int at = trailing ? n - k : k - 1;
                if (!body.get(at).judged()) break;
                runChars += chars[at];
                if (runChars > MAX_SHARE * total) break;
                int from = trailing ? n - k : 0;
                out.add(new EdgeModel.Run(trailing, k, edges.vector(from, from + k, trailing, runChars)));
            }
        }
        return out;
    }

    /** One body with what its runs' features compare against. */
    private record Edges(
            List<BlockSample> body,
            int[] chars,
            long total,
            double median,
            boolean[] namesSite,
            int siteBlocks,
            int[] cues) {

        double[] vector(int from, int to, boolean trailing, long runChars) {
            double[] v = new double[NAMES.size()];
            double weight = Math.max(1, runChars);
            double ends = 0, stop = 0, clauses = 0, links = 0, markup = 0, holderP = 0, digits = 0, capitals = 0;
            double markupMin = 1, rootMin = 1, depth = 0, content = 0, furniture = 0, heading = 0, list = 0;
            double shortBlocks = 0, repeated = 0, logChars = 0;
            for (int i = from; i < to; i++) {
                double[] f = body.get(i).features();
                double share = chars[i] / weight;
                ends += share * f[ENDS];
                stop += share * f[STOP];
                clauses += share * f[CLAUSES];
                links += share * f[LINKS];
                markup += share * f[MARKUP];
                holderP += share * f[HOLDER_P];
                digits += share * f[DIGITS];
                capitals += share * f[CAPITALS];
                markupMin = Math.min(markupMin, f[MARKUP]);
                rootMin = Math.min(rootMin, f[ROOT]);
                depth += f[DEPTH] / (to - from);
                content = Math.max(content, f[CONTENT]);
                furniture = Math.max(furniture, f[FURNITURE]);
                heading = Math.max(heading, f[HEADING]);
                list += f[LIST] / (to - from);
                shortBlocks += f[SHORT] / (to - from);
                repeated = Math.max(repeated, f[REPEATED]);
                logChars += f[LOG_CHARS] / (to - from);
            }
            // the block on the run's inner side: the first of a trailing run, the last of a leading one
            double[] inner = body.get(trailing ? from : to - 1).features();
            // the kept block next to the run on the body's side
            double[] neighbour = body.get(trailing ? from - 1 : to).features();
            int k = 0;
            v[k++] = trailing ? 1 : 0;
            v[k++] = to - from;
            v[k++] = runChars / (double) total;
            v[k++] = Math.log1p(runChars);
            v[k++] = Math.log1p(total - runChars);
            v[k++] = ends;
            v[k++] = stop;
            v[k++] = clauses;
            v[k++] = links;
            v[k++] = markup;
            v[k++] = markupMin;
            v[k++] = holderP;
            v[k++] = content;
            v[k++] = furniture;
            v[k++] = rootMin;
            v[k++] = depth;
            v[k++] = heading;
            v[k++] = trailing ? inner[HEADING] : neighbour[HEADING];
            v[k++] = list;
            v[k++] = shortBlocks;
            v[k++] = digits;
            v[k++] = capitals;
            v[k++] = repeated;
            v[k++] = logChars - median;
            v[k++] = neighbour[ENDS];
            int site = 0;
            int any = 0;
            for (int i = from; i < to; i++) {
                if (namesSite[i]) site++;
                any |= cues[i];
            }
            v[k++] = site / (double) (to - from);
            v[k++] = (siteBlocks - site) / (double) Math.max(1, body.size() - (to - from));
            v[k++] = (any & AUTHOR) != 0 ? 1 : 0;
            v[k++] = (any & CONTACT) != 0 ? 1 : 0;
            v[k++] = (any & DESCRIPTION) != 0 ? 1 : 0;
            return v;
        }
    }

    private static final int AUTHOR = 1;
    private static final int CONTACT = 2;
    private static final int DESCRIPTION = 4;

    /** The cues of one block's text as bits: names an author, gives a contact, repeats the description. */
    private static int cues(String text, EdgeHints hints) {
        return (hints.namesAuthor(text) ? AUTHOR : 0)
                | (EdgeHints.hasContact(text) ? CONTACT : 0)
                | (hints.repeatsDescription(text) ? DESCRIPTION : 0);
    }

    /** The median of the blocks' log lengths ({@code chars}: their non-space characters). */
    private static double median(int[] chars) {
        double[] logs = new double[chars.length];
        // the same value as the blocks' log_chars feature, without copying their feature vectors
        for (int i = 0; i < logs.length; i++) logs[i] = Math.log1p(chars[i]);
        Arrays.sort(logs);
        return logs[logs.length / 2];
    }
}
