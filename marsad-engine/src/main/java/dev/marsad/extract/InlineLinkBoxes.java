package dev.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Boxes of links set inside a sentence: the card that opens when the pointer rests on a name
 * ("Ilhan Omar" with her photo and three headlines about her), written into the paragraph as a
 * hidden span. Read as text, its headlines made the paragraph a list of links, and the paragraph
 * was dropped. The box goes; the name, a link of its own beside the box, stays.
 *
 * <p>A box is the smallest element inside a paragraph that holds at least {@link #MIN_LINKS} links
 * of {@link #MIN_LINK_WORDS} words or more: a sentence links a few words at a time, a box links
 * headlines.
 */
final class InlineLinkBoxes {

    /** A box holds at least this many headline links. */
    private static final int MIN_LINKS = 2;

    /** A headline link has at least this many words; a linked name or term has fewer. */
    private static final int MIN_LINK_WORDS = 4;

    private InlineLinkBoxes() {}

    /** Removes the link boxes inside the paragraphs under {@code root}. */
    static void remove(Element root) {
        List<Element> boxes = new ArrayList<>();
        for (Element p : root.getElementsByTag("p")) {
            if (headlineLinks(p) < MIN_LINKS) continue;
            for (Element e : p.getAllElements()) {
                if (e == p || e.nameIs("a") || headlineLinks(e) < MIN_LINKS) continue;
                boolean smallest = true;
                for (Element child : e.children()) if (headlineLinks(child) >= MIN_LINKS) smallest = false;
                if (smallest) boxes.add(e);
            }
        }
        boxes.forEach(Element::remove);
    }

    private static int headlineLinks(Element e) {
        int n = 0;
        for (Element a : e.getElementsByTag("a")) if (ProseSignals.words(a.text()) >= MIN_LINK_WORDS) n++;
        return n;
    }
}
