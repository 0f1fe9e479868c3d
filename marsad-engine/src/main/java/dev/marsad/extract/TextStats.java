package dev.marsad.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link-text lengths of every element under a root, counted in one iterative pass (no
 * recursion, so a DOM nested 100,000 deep costs no stack). Lengths count non-space characters.
 */
final class TextStats {

    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    private TextStats() {}

    /** Counts the text under {@code root}. */
    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof Element e) stats.counts.put(e, new int[2]);
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        int text;
                        int link;
                        if (node instanceof TextNode t) {
                            text = nonSpace(t.getWholeText());
                            link = text > 0 && insideLink(t) ? text : 0;
                        } else if (node instanceof Element e) {
                            int[] own = stats.counts.get(e);
                            text = own[0];
                            link = own[1];
                        } else return;
                        int[] up = node.parentNode() instanceof Element p ? stats.counts.get(p) : null;
                        if (up != null) { // the root's parent is outside the counted tree
                            up[0] += text;
                            up[1] += link;
                        }
                    }
                },
                root);
        return stats;
    }

    /** Non-space characters of text under {@code e}; 0 for elements outside the counted root. */
    int text(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[0];
    }

    /** Non-space characters of link text under {@code e}. */
    int linkText(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[1];
    }

    /** Share of the text under {@code e} that sits inside links, 0 for an element without text. */
    double linkDensity(Element e) {
        int text = text(e);
        return text == 0 ? 0 : (double) linkText(e) / text;
    }

    static boolean insideLink(Node node) {
        Node p = node.parentNode();
        for (int hops = 0; p instanceof Element e && hops < MAX_LINK_HOPS; hops++, p = p.parentNode()) {
            if (e.nameIs("a")) return e.hasAttr("href") || !e.hasAttr("name"); // <a name>: a target, not a link
        }
        return false;
    }

    /** How many ancestors up a text node is looked at for an enclosing link. */
    private static final int MAX_LINK_HOPS = 6;

    /**
     * {@link #nonSpace} of {@code e.wholeText()} without building that text: the sum over the text
     * nodes under {@code e} (a {@code <br>} adds only a line break to the whole text).
     */
    static int nonSpaceUnder(Element e) {
        int[] sum = new int[1];
        NodeTraversor.traverse(
                (node, depth) -> {
                    if (node instanceof TextNode t) sum[0] += nonSpace(t.getWholeText());
                },
                e);
        return sum[0];
    }

    /** Characters that are neither white space nor a no-break space. */
    static int nonSpace(String s) {
        int n = 0;
        for (int i = 0, length = s.length(); i < length; i++) {
            char c = s.charAt(i);
            // nothing between '!' and U+167F is white space but the no-break space: no table lookup
            if (c > ' ' && c < '\u1680' ? c != '\u00A0' : !Character.isWhitespace(c) && c != '\u00A0') n++;
        }
        return n;
    }
}
