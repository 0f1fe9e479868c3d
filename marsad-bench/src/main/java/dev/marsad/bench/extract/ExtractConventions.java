package dev.marsad.bench.extract;

import dev.marsad.crawl.Page;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.BlockModel;
import dev.marsad.extract.BlockSample;
import dev.marsad.extract.NodeModel;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench extract-conventions}: what each development set's gold keeps of the kinds of
 * text whose treatment differs between gold conventions (headings inside the body, list items,
 * quotes, tables, short lines without a sentence end, "About …" lines, bylines, photo credits), and
 * what Marsad's shipped extractor keeps of them, on the blocks the rules find (aeb-scrapinghub's
 * half B is never read). A block's kind comes from its features and a few patterns on its text; it
 * is gold text or Marsad's text when it is held by that text ({@link BlockLabels#heldBy}).
 */
@Command(
        name = "extract-conventions",
        mixinStandardHelpOptions = true,
        description = "What each development set's gold and Marsad keep, per kind of block.")
public final class ExtractConventions implements Callable<Integer> {

    /**
     * An "About …" line: the word, then a label closed by a colon or dash within 40 characters
     * ("About the Courier: …", «عن الشركة: …») or a short line without a sentence end; "About 200
     * people attended …" and "Over the weekend, police …" are report sentences.
     */
    private static final Pattern ABOUT =
            Pattern.compile("^(about|عن|حول|نبذة عن|über|à propos|sobre|acerca de|over)\\s", Pattern.CASE_INSENSITIVE);

    private static final Pattern BYLINE =
            Pattern.compile("^(by|بقلم|كتب|كتبت|von|por|par|door)\\s", Pattern.CASE_INSENSITIVE);

    /** A label's colon or dash within the first 40 characters. */
    private static final Pattern LABEL_END = Pattern.compile("^.{1,40}?\\s*[:\u2013\u2014|-]\\s");

    /** At most this many words make an "About" line without a label's colon. */
    private static final int ABOUT_MAX_WORDS = 8;

    /** A byline is a name after the word: at most this many words, no sentence end. */
    private static final int BYLINE_MAX_WORDS = 6;

    private static final Pattern CREDIT = Pattern.compile(
            "(photo|image|foto|bild|credit|getty|reuters|afp|©|صورة|الصورة|تصوير)", Pattern.CASE_INSENSITIVE);

    /** A block counts as a caption or credit line below this length only. */
    private static final int CREDIT_MAX_CHARS = 200;

    /** The kinds counted, in print order. */
    static final List<String> KINDS =
            List.of("heading", "list", "quote", "table", "short-line", "about", "byline", "credit", "other");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataFolder data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ArticleExtractor rules = new ArticleExtractor(BlockModel.none(), NodeModel.none());
        ArticleExtractor shipped = new ArticleExtractor();
        List<String> names = BlockSample.featureNames();
        out.println("set     kind        blocks  gold keeps (blocks, words)  marsad keeps  marsad keeps gold-dropped");
        for (DevSet set : DevSet.load(data.data)) {
            if (set.kind() == DevSet.Kind.SNIPPETS) continue;
            long[][] c = new long[KINDS.size()][6];
            for (GoldPage page : set.pages()) {
                Predicate<String> gold = BlockLabels.heldBy(page.goldBody());
                Predicate<String> marsad = BlockLabels.heldBy(set.text(shipped, page));
                for (BlockSample b : rules.blockSamples(Page.of(page.url(), page.html(), "text/html"))) {
                    if (!b.judged()) continue;
                    long words = BodyMetrics.tokens(b.text()).size();
                    if (words == 0) continue;
                    long[] k = c[KINDS.indexOf(kind(b, names))];
                    boolean inGold = gold.test(b.text());
                    boolean kept = marsad.test(b.text());
                    k[0]++;
                    if (inGold) {
                        k[1]++;
                        k[2] += words;
                    }
                    k[3] += words;
                    if (kept) k[4]++;
                    if (kept && !inGold) k[5]++;
                }
            }
            for (int i = 0; i < KINDS.size(); i++) {
                long[] k = c[i];
                if (k[0] == 0) continue;
                out.printf(
                        Locale.ROOT,
                        "%-7s %-10s %6d  %5.1f%% %5.1f%%               %5.1f%%        %4d%n",
                        set.name(),
                        KINDS.get(i),
                        k[0],
                        100.0 * k[1] / k[0],
                        100.0 * k[2] / Math.max(1, k[3]),
                        100.0 * k[4] / k[0],
                        k[5]);
            }
        }
        return 0;
    }

    /** At most {@code maxWords} words and no sentence end: a label or a name, not a sentence. */
    private static boolean isShortUnended(String text, int maxWords) {
        return text.split("\\s+").length <= maxWords && !text.matches(".*[.!?\u061f]$");
    }

    /** The block's kind: by its markup first, then by its text. */
    static String kind(BlockSample b, List<String> names) {
        double[] f = b.features();
        if (f[names.indexOf("heading")] > 0) return "heading";
        if (f[names.indexOf("list")] > 0) return "list";
        if (f[names.indexOf("quote")] > 0) return "quote";
        if (f[names.indexOf("table")] > 0) return "table";
        String text = b.text().strip();
        if (ABOUT.matcher(text).find() && (LABEL_END.matcher(text).find() || isShortUnended(text, ABOUT_MAX_WORDS)))
            return "about";
        if (BYLINE.matcher(text).find() && isShortUnended(text, BYLINE_MAX_WORDS)) return "byline";
        if (text.length() < CREDIT_MAX_CHARS && CREDIT.matcher(text).find()) return "credit";
        if (f[names.indexOf("short")] > 0 && f[names.indexOf("ends_sentence")] == 0) return "short-line";
        return "other";
    }
}
