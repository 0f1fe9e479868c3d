package dev.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A second look at a page whose body came out short: furniture removal can take the article with it
 * (an article set in an {@code <aside>} or another landmark). The page is parsed again, only code,
 * hidden elements and sure furniture (comments, share bars, ads) are removed, the marked parts are
 * read off, and the body is found
 * anew; the second body is kept only when it holds much more text and holds the first one (the
 * same article found whole, not another part of the page), or when the first is empty. When both
 * hold next to nothing, the second is read with its captions: a video or photo page whose only
 * text is the description under its one picture. Runs only for short bodies, so
 * most pages never pay for the second parse.
 */
final class BodyFallback {

    /** A body with fewer non-space characters than this gets a second look. */
    static final int SHORT_BODY_CHARS = 400;

    /** The second body replaces the first only when it is this many times longer. */
    private static final double MIN_GAIN = 2;

    /**
     * Navigation and the page footer go in the second look too (an {@code <aside>} stays: it is
     * where the first look may have lost the article).
     */
    private static final Set<String> NAVIGATION_TAGS = Set.of("nav", "footer", "menu");

    private static final Set<String> NAVIGATION_ROLES = Set.of("navigation", "contentinfo", "search");

    private BodyFallback() {}

    /** Whether {@code body} is short enough for a second look. */
    static boolean isShort(List<Block> body) {
        return chars(body) < SHORT_BODY_CHARS;
    }

    /** The better of {@code found} and the body found in {@code html} with light cleaning only. */
    static List<Block> better(List<Block> found, String html, String baseUri) {
        Document dom =
                Parser.htmlParser().setMaxDepth(ArticleExtractor.MAX_DOM_DEPTH).parseInput(html, baseUri);
        if (dom.body() == null) return found;
        PageIndex index = PageIndex.of(dom);
        String pageText = index.bodyText;
        new PartsReader().readAndRemove(dom.body(), index.embedCandidates, pageText);
        removeCode(dom.body());
        TextStats stats = TextStats.of(dom.body());
        List<Element> roots = new BodyFinder(stats).find(dom.body());
        List<Block> second = new BlockAssembler(stats).assemble(roots);
        if (chars(second) < PageClassifier.MIN_BODY_CHARS && chars(found) < PageClassifier.MIN_BODY_CHARS)
            second = new BlockAssembler(stats, BlockAssembler.Captions.READ).assemble(roots); // a video page
        if (chars(second) < Math.max(1, chars(found)) * MIN_GAIN) return found;
        return chars(found) < PageClassifier.MIN_BODY_CHARS || contains(second, found) ? second : found;
    }

    /** Whether every block of {@code part} is in {@code whole}: the same article, found whole. */
    private static boolean contains(List<Block> whole, List<Block> part) {
        String text = Whitespace.collapse(
                String.join(" ", whole.stream().map(Block::text).toList()));
        for (Block b : part) if (!text.contains(Whitespace.collapse(b.text()))) return false;
        return true;
    }

    private static void removeCode(Element body) {
        List<Node> doomed = new ArrayList<>();
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof Element e
                                && (BoilerplateCleaner.CODE_TAGS.contains(e.normalName())
                                        || NAVIGATION_TAGS.contains(e.normalName())
                                        || NAVIGATION_ROLES.contains(e.attr("role"))
                                        || e.hasAttr("hidden")
                                        || ClassHints.drop(e) == ClassHints.Drop.SURE)) {
                            doomed.add(e);
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                body);
        doomed.forEach(Node::remove);
    }

    private static int chars(List<Block> body) {
        return body.stream().mapToInt(b -> TextStats.nonSpace(b.text())).sum();
    }
}
