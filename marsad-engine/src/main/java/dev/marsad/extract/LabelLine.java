package dev.marsad.extract;

import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A label line: a short block of a few words that ends in a colon and so announces what comes
 * after it ("Lesen Sie auch die folgenden Beiträge:", "Das Thema könnte dich auch interessieren:",
 * "مواضيع قد تهمك:"). Alone at the end of a body it announces something that is no longer there.
 */
final class LabelLine {

    /** A label line is at most this many characters. */
    static final int MAX_CHARS = 60;

    /** A label line is at most this many words. */
    static final int MAX_WORDS = 8;

    private LabelLine() {}

    /** A cheap look at a raw text node: short enough, and a colon near its end. */
    static boolean mayBe(String raw) {
        if (raw.length() > MAX_CHARS * 2) return false;
        int end = raw.length() - 1;
        while (end >= 0 && Character.isWhitespace(raw.charAt(end))) end--;
        return end >= 0 && isColon(raw.charAt(end));
    }

    /**
     * The folded text, colon dropped, of the block that {@code text} opens when that block is a
     * label line.
     */
    static Optional<String> of(TextNode text) {
        if (!mayBe(text.getWholeText())) return Optional.empty();
        Element block = BodyFinder.blockAncestor(text);
        if (block != null && !holdsAtMost(block, MAX_CHARS * 2)) return Optional.empty(); // raw text: spaces count too
        String line = block == null ? text.text() : block.text();
        if (!is(line)) return Optional.empty();
        String folded = FoldedText.fold(line.strip());
        return Optional.of(folded.substring(0, folded.length() - 1).strip());
    }

    /** True when {@code text} is a label line: short, few words, ending in a colon. */
    static boolean is(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_CHARS || !isColon(t.charAt(t.length() - 1))) return false;
        return ProseSignals.words(t) <= MAX_WORDS;
    }

    /**
     * Whether the text under {@code block} is at most {@code limit} characters, counted only until
     * the limit is passed (a label inside a large block costs no more than a small one).
     */
    static boolean holdsAtMost(Element block, int limit) {
        int[] chars = {0};
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof TextNode t)
                            chars[0] += t.getWholeText().length();
                        return chars[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
                    }
                },
                block);
        return chars[0] <= limit;
    }

    private static boolean isColon(char c) {
        return c == ':' || c == '\uFF1A';
    }
}
