package dev.marsad.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A short run of links joined only by separators: a breadcrumb ("الرئيسية &gt; أخبار دولية"), a
 * row of page actions ("طباعة | أرسل لصديق | التعليقات") or a menu. Such a line is never article
 * text in any language, so it is recognised by shape alone: at least {@link #MIN_LINKS} links, and
 * between them nothing but separator characters. A breadcrumb may end in the unlinked name of the
 * current page after its last arrow.
 */
final class LinkBar {

    /** Fewer links than this are a sentence with a link, not a bar. */
    static final int MIN_LINKS = 2;

    /** A bar is a single line: above this many non-space characters the element is not one. */
    static final int MAX_CHARS = 250;

    /** Characters allowed between the links of a bar. */
    private static final String SEPARATORS = "|\u00A6>\u00BB\u203A<\u00AB\u2039/\\\u2022\u00B7\u2219-\u2013\u2014:,"
            + "\u060C;\u061B.()[]\u2192\u2190\u25B8\u25C2\u2666\u25AA*~";

    /** Arrows after which a breadcrumb may name the current page without a link. */
    private static final String ARROWS = ">\u00BB\u203A<\u00AB\u2039/\u2192\u2190\u25B8\u25C2";

    /** Elements that can be a whole bar (inline wrappers and block cells). */
    private static final Set<String> CANDIDATE_TAGS =
            Set.of("p", "div", "td", "th", "li", "span", "font", "center", "small", "section", "dd");

    private LinkBar() {}

    /** True when {@code e} is a bar of links joined by separators (see the class comment). */
    static boolean is(Element e) {
        if (!CANDIDATE_TAGS.contains(e.normalName())) return false;
        Shape shape = new Shape();
        NodeTraversor.filter(shape, e);
        return !shape.tooLong && shape.links >= MIN_LINKS && shape.linkChars > 0 && shape.fitsBar();
    }

    /** What one pass over the element's text found. */
    private static final class Shape implements NodeFilter {
        int links;
        int linkChars;
        int chars;
        boolean tooLong;
        /** Unlinked words were met. */
        boolean wordsOutside;
        /** Every unlinked word stood after the last link and an arrow (a breadcrumb's last step). */
        boolean wordsAfterArrowOnly = true;

        char lastSeparator = ' ';
        boolean wordsAfterLastLink;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element a && a.nameIs("a")) {
                links++;
                lastSeparator = ' ';
                if (wordsAfterLastLink) wordsAfterArrowOnly = false;
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof TextNode t)) return FilterResult.CONTINUE;
            String s = t.text();
            int n = TextStats.nonSpace(s);
            chars += n;
            if (chars > MAX_CHARS) {
                tooLong = true;
                return FilterResult.STOP;
            }
            if (n == 0) return FilterResult.CONTINUE;
            if (TextStats.insideLink(t)) linkChars += n;
            else readOutside(s);
            return fitsBar() ? FilterResult.CONTINUE : FilterResult.STOP;
        }

        private void readOutside(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') continue;
                if (SEPARATORS.indexOf(c) >= 0) {
                    lastSeparator = c;
                    continue;
                }
                if (links == 0 || ARROWS.indexOf(lastSeparator) < 0) wordsAfterArrowOnly = false;
                wordsOutside = true;
                wordsAfterLastLink = true;
            }
        }

        boolean fitsBar() {
            return !wordsOutside || wordsAfterArrowOnly;
        }
    }
}
