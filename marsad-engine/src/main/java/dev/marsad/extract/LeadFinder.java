package dev.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds the lead (standfirst) of an article that the page sets apart from the body, in a header
 * or an intro block of its own: 1. walk back from the body's first element to the nearest text
 * before it, climbing a few levels but never out of an {@code <article>}, 2. take that text's
 * innermost block, 3. keep it when it reads as one paragraph of prose: not a heading, list item or
 * link, of lead length, ending like a sentence.
 */
final class LeadFinder {

    /** Ancestors of the body looked beside at most. */
    private static final int MAX_LEVELS = 4;

    /** A lead is at least this long (non-space characters): shorter lines are bylines or dates. */
    private static final int MIN_LEAD_CHARS = 80;

    /** And at most this long: longer text before the body is not a lead. */
    private static final int MAX_LEAD_CHARS = 700;

    /** A lead has almost no link text. */
    private static final double MAX_LEAD_LINK_DENSITY = 0.1;

    private final TextStats stats;

    LeadFinder(TextStats stats) {
        this.stats = stats;
    }

    /** {@code roots} with the lead in front when one is found before them. */
    List<Element> withLead(List<Element> roots) {
        if (roots.isEmpty()) return roots;
        Element first = roots.getFirst();
        Optional<Element> lead = nearestTextBefore(first)
                .map(LeadFinder::blockOf)
                .filter(block -> !isAncestor(block, first))
                .filter(this::readsAsLead);
        if (lead.isEmpty()) return roots;
        List<Element> all = new ArrayList<>(roots.size() + 1);
        all.add(lead.get());
        all.addAll(roots);
        return all;
    }

    /** 1. and 2.: the innermost block of the nearest text before {@code first}. */
    private Optional<Element> nearestTextBefore(Element first) {
        Element cursor = first;
        for (int level = 0; level <= MAX_LEVELS && cursor.parent() != null; level++) {
            for (Element prev = cursor.previousElementSibling(); prev != null; prev = prev.previousElementSibling()) {
                if (stats.text(prev) > 0) return Optional.of(innermostLast(prev));
            }
            if (cursor.nameIs("article")) break;
            cursor = cursor.parent();
            if (cursor.nameIs("body") || cursor.nameIs("html")) break;
        }
        return Optional.empty();
    }

    /** The last child holding text, down to an element with text of its own. */
    private Element innermostLast(Element e) {
        Element at = e;
        while (!hasOwnText(at)) {
            Element last = null;
            for (Element child : at.children()) if (stats.text(child) > 0) last = child;
            if (last == null) break;
            at = last;
        }
        return at;
    }

    private static boolean hasOwnText(Element e) {
        for (var node : e.childNodes()) if (node instanceof TextNode t && !t.isBlank()) return true;
        return false;
    }

    /** The block element that holds {@code e} (itself when it is one); the lead is taken whole. */
    private static Element blockOf(Element e) {
        return BodyFinder.BLOCK_TAGS.contains(e.normalName()) ? e : BodyFinder.blockAncestor(e);
    }

    private static boolean isAncestor(Element candidate, Element of) {
        for (Element up = of.parent(); up != null; up = up.parent()) if (up == candidate) return true;
        return false;
    }

    /** 3. */
    private boolean readsAsLead(Element block) {
        if (!(block.nameIs("p") || block.nameIs("div"))) return false;
        int chars = stats.text(block);
        return chars >= MIN_LEAD_CHARS
                && chars <= MAX_LEAD_CHARS
                && stats.linkDensity(block) <= MAX_LEAD_LINK_DENSITY
                && ProseSignals.endsSentence(block.text());
    }
}
