package dev.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds the lead (standfirst) of an article that the page sets apart from the body, in a header
 * or an intro block of its own: 1. walk back from the body's first element through the text blocks
 * before it, climbing at most {@link #MAX_LEVELS} levels and never out of an {@code <article>};
 * 2. pass over what may sit between a lead and the body (a photo caption, a credit, a date or
 * byline line, a row of links, a list), at most {@link #MAX_PASSED} such blocks and only near the
 * body; stop at the headline, at the site's banner or at any other text; 3. keep the first block
 * that reads as a lead: a paragraph of lead length ending like a sentence, or a sub-heading element
 * as long as a paragraph (a standfirst set in heading type).
 *
 * <p>{@link #standfirstIn} finds the standfirst of an article's own {@code <header>}, which the
 * cleaner keeps when it drops the header.
 */
final class LeadFinder {

    /** Ancestors of the body looked beside at most. */
    private static final int MAX_LEVELS = 4;

    /**
     * Blocks are passed over only this few levels above the body: higher up, the text before the
     * body is another column of the page.
     */
    private static final int MAX_PASSING_LEVEL = 2;

    /** Blocks passed over between the body and its lead at most. */
    private static final int MAX_PASSED = 4;

    /** A lead is at least this long (non-space characters): shorter lines are bylines or dates. */
    private static final int MIN_LEAD_CHARS = 80;

    /** A lead is at most this long (an intro of several sentences); longer text is not a lead. */
    private static final int MAX_LEAD_CHARS = 1000;

    /**
     * A paragraph in an article's header is kept as its standfirst from this many non-space
     * characters: shorter, it is a deck (a one-line subtitle), which is the subtitle, not text.
     */
    private static final int MIN_STANDFIRST_CHARS = 120;

    /**
     * A sub-heading element holding at least this much text (non-space characters) is a lead set in
     * heading type: longer than any heading and than a one-sentence deck under the headline, which
     * can run longer than a deck in a paragraph because heading type allows no second sentence.
     */
    private static final int MIN_HEADING_LEAD_CHARS = 160;

    /** Heading elements below the headline. */
    private static final Set<String> SUB_HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    /** A lead has almost no link text. */
    private static final double MAX_LEAD_LINK_DENSITY = 0.1;

    /** A block with this share of link text is a row of links, passed over on the way back. */
    private static final double MIN_LINK_ROW_DENSITY = 0.5;

    private final TextStats stats;

    LeadFinder(TextStats stats) {
        this.stats = stats;
    }

    /**
     * The standfirst in an article's {@code header}: its first paragraph that reads as a lead. The
     * cleaner drops the header (headline, byline, date, share buttons) but keeps this paragraph.
     */
    static Optional<Element> standfirstIn(Element header) {
        for (Element p : header.getElementsByTag("p")) {
            if (inFigure(p)) continue;
            int chars = TextStats.nonSpaceUnder(p);
            if (chars < MIN_STANDFIRST_CHARS || chars > MAX_LEAD_CHARS) continue;
            int linked = 0;
            for (Element a : p.getElementsByTag("a")) linked += TextStats.nonSpaceUnder(a);
            if (linked <= chars * MAX_LEAD_LINK_DENSITY && ProseSignals.endsSentence(p.text())) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** {@code roots} with the lead in front when one is found before them. */
    List<Element> withLead(List<Element> roots) {
        if (roots.isEmpty()) return roots;
        Optional<Element> lead = new Walk().from(roots.getFirst());
        if (lead.isEmpty()) return roots;
        List<Element> all = new ArrayList<>(roots.size() + 1);
        all.add(lead.get());
        all.addAll(roots);
        return all;
    }

    /** One walk back from the body's first element (1. to 3.). */
    private final class Walk {
        private Element lead;
        private Element lastBlock;
        private int passed;
        private boolean stopped;

        private Element first;
        private int level;

        Optional<Element> from(Element first) {
            this.first = first;
            Element cursor = first;
            for (level = 0; level <= MAX_LEVELS && cursor.parent() != null && !stopped; level++) {
                for (Element prev = cursor.previousElementSibling();
                        prev != null && !stopped;
                        prev = prev.previousElementSibling()) {
                    back(prev);
                }
                if (cursor.nameIs("article")) break;
                cursor = cursor.parent();
                if (cursor.nameIs("body") || cursor.nameIs("html")) break;
            }
            return Optional.ofNullable(lead);
        }

        /** Visits the text blocks under {@code e} from the last back, until the walk stops. */
        private void back(Element e) {
            if (stopped || stats.text(e) == 0) return;
            if (isSiteBanner(e)) {
                stopped = true;
                return;
            }
            if (e.nameIs("ul") || e.nameIs("ol")) { // a gallery's captions, a list of links: passed whole
                pass();
                return;
            }
            if (hasOwnText(e) || !hasChildWithText(e)) {
                visit(blockOf(e));
                return;
            }
            for (int i = e.childrenSize() - 1; i >= 0 && !stopped; i--) back(e.child(i));
        }

        private void visit(Element block) {
            if (block == null || block == lastBlock) return; // two inline runs of one block
            lastBlock = block;
            if (isAncestor(block, first)) return; // an inline run beside the body, in its block
            if (block.nameIs("h1")) {
                stopped = true;
            } else if (readsAsLead(block)) {
                lead = block;
                stopped = true;
            } else if (passable(block)) {
                pass();
            } else {
                stopped = true;
            }
        }

        private void pass() {
            if (level > MAX_PASSING_LEVEL || ++passed > MAX_PASSED) stopped = true;
        }
    }

    /** A {@code header} outside any article or main element: the site's banner, not the article's. */
    private static boolean isSiteBanner(Element e) {
        if (!e.nameIs("header")) return false;
        for (Element up = e.parent(); up != null; up = up.parent()) {
            if (up.nameIs("article") || up.nameIs("main")) return false;
        }
        return true;
    }

    private static boolean isAncestor(Element candidate, Element of) {
        for (Element up = of.parent(); up != null; up = up.parent()) if (up == candidate) return true;
        return false;
    }

    private boolean hasChildWithText(Element e) {
        for (Element child : e.children()) if (stats.text(child) > 0) return true;
        return false;
    }

    private static boolean hasOwnText(Element e) {
        for (var node : e.childNodes()) if (node instanceof TextNode t && !t.isBlank()) return true;
        return false;
    }

    /** The block element that holds {@code e} (itself when it is one); the lead is taken whole. */
    private static Element blockOf(Element e) {
        return BodyFinder.BLOCK_TAGS.contains(e.normalName()) ? e : BodyFinder.blockAncestor(e);
    }

    /** 2.: a short line (caption, credit, date, byline), a row of links or a photo's caption. */
    private boolean passable(Element block) {
        return stats.text(block) < MIN_LEAD_CHARS
                || stats.linkDensity(block) >= MIN_LINK_ROW_DENSITY
                || isCaption(block);
    }

    private boolean isCaption(Element block) {
        return inFigure(block) || besidePhotoAlone(block);
    }

    /**
     * A caption set without {@code <figure>}: the outermost element holding no other text than
     * {@code block} also holds a picture (a photo widget: the image, then its description), and the
     * text is no sentence or the picture is a link. A lead that ends a sentence beside a hero image
     * in its own box stays a lead.
     */
    private boolean besidePhotoAlone(Element block) {
        int chars = stats.text(block);
        Element top = block;
        for (Element up = block.parent(); up != null && stats.text(up) == chars; up = up.parent()) top = up;
        if (top == block) return false;
        List<Element> images = top.getElementsByTag("img");
        if (images.isEmpty()) return false;
        return !ProseSignals.endsSentence(block.text()) || images.stream().anyMatch(img -> img.closest("a") != null);
    }

    /** Inside a {@code <figure>} or {@code <figcaption>}: a caption, however long. */
    private static boolean inFigure(Element e) {
        for (Element up = e; up != null; up = up.parent()) {
            if (up.nameIs("figure") || up.nameIs("figcaption")) return true;
            if (up.nameIs("article") || up.nameIs("body")) return false;
        }
        return false;
    }

    /**
     * 3. A paragraph of lead length ending like a sentence, or a sub-heading element as long as a
     * paragraph (a standfirst set in the heading type of the page, "subheadline", "excerpt"): no
     * heading is that long, and a one-line deck is shorter.
     */
    private boolean readsAsLead(Element block) {
        if (isCaption(block) || stats.linkDensity(block) > MAX_LEAD_LINK_DENSITY) return false;
        int chars = stats.text(block);
        if (chars > MAX_LEAD_CHARS) return false;
        if (SUB_HEADINGS.contains(block.normalName())) return chars >= MIN_HEADING_LEAD_CHARS;
        return (block.nameIs("p") || block.nameIs("div"))
                && chars >= MIN_LEAD_CHARS
                && ProseSignals.endsSentence(block.text());
    }
}
