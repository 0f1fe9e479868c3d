package dev.marsad.extract;

import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The text of an element as the lines a reader sees: a break at each {@code <br>} and block. */
final class Lines {

    private Lines() {}

    /** Non-empty lines of {@code root}'s text, white space collapsed. */
    static List<String> of(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode t)
                            sb.append(t.getWholeText().replace('\n', ' '));
                        else if (node instanceof Element e && (e.nameIs("br") || isBlock(e))) sb.append('\n');
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e && isBlock(e)) sb.append('\n');
                    }
                },
                root);
        return Arrays.stream(sb.toString().split("\n"))
                .map(Whitespace::collapse)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static boolean isBlock(Element e) {
        return BodyFinder.BLOCK_TAGS.contains(e.normalName());
    }
}
