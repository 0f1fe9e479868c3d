package dev.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A block of the page opened by a marker ("اقرأ أيضاً", "كلمات دلالية", "المصدر:"): the label and
 * the region it introduces. Two shapes occur: a label element of its own (a heading or span holding
 * only the marker) followed by sibling elements, or one block whose text starts with the marker.
 *
 * @param marker the folded marker
 * @param label the element holding only the marker, or the block itself in the inline shape
 * @param region the elements the label introduces; in the inline shape, the block itself
 * @param inline true when the marker starts the text of the region itself and must be stripped
 */
record MarkedBlock(String marker, Element label, List<Element> region, boolean inline) {

    /**
     * Parents climbed at most to find what a label introduces when nothing follows it in its own
     * wrapper (a label closing the article text, the links in the next box).
     */
    private static final int MAX_CLIMB = 3;

    MarkedBlock {
        region = List.copyOf(region);
    }

    /** The block opened by the marker at the start of {@code text}. */
    static MarkedBlock around(TextNode text, String marker) {
        Element block = BodyFinder.blockAncestor(text);
        if (block == null) block = text.parent() instanceof Element e ? e : null;
        if (!Markers.isExactly(List.of(marker), FoldedText.fold(block.text())))
            return new MarkedBlock(marker, block, List.of(block), true);
        Element label = block;
        Element anchor = block;
        boolean alone = true;
        for (int climb = 0; climb <= MAX_CLIMB; climb++) {
            List<Element> following = following(anchor);
            if (!following.isEmpty()) return new MarkedBlock(marker, label, following, false);
            Element parent = anchor.parent();
            if (parent == null || parent.nameIs("body")) break;
            anchor = parent;
            // the label is the largest wrapper holding the marker alone; a wrapper holding more is
            // a section of the page (an article ending in the label) and stays when the label goes
            alone = alone && holdsOnly(anchor, marker);
            if (alone) label = anchor;
        }
        return new MarkedBlock(marker, label, List.of(), false);
    }

    /** Whether the text of {@code wrapper} is the marker and nothing else. */
    private static boolean holdsOnly(Element wrapper, String marker) {
        return Markers.isExactly(List.of(marker), FoldedText.fold(wrapper.text()));
    }

    /**
     * The siblings after the label, up to the next heading (the start of another section), and no
     * further than the first sibling that takes their text past {@link
     * PartsReader#MAX_MARKED_REGION_CHARS} (such a region is left alone; reading on would make a
     * page of many labels quadratic).
     */
    private static List<Element> following(Element label) {
        List<Element> out = new ArrayList<>();
        int chars = 0;
        for (Element s = label.nextElementSibling(); s != null; s = s.nextElementSibling()) {
            if (BlockAssembler.HEADINGS.contains(s.normalName())) break;
            out.add(s);
            chars += s.text().length();
            if (chars > PartsReader.MAX_MARKED_REGION_CHARS) break;
        }
        return out;
    }

    /** The same label with another region. */
    MarkedBlock withRegion(List<Element> other) {
        return new MarkedBlock(marker, label, other, inline);
    }

    /** Text of the whole region, marker included for the inline shape. */
    String regionText() {
        StringBuilder sb = new StringBuilder();
        for (Element e : region) sb.append(e.text()).append(' ');
        return Whitespace.collapse(sb.toString());
    }

    /** Removes the label and region from the DOM. */
    void remove() {
        if (label.parent() != null) label.remove();
        for (Element e : region) if (e.parent() != null) e.remove();
    }

    /**
     * {@code original} without its leading {@code marker} (folded), and without the colon or dash
     * after it; works when the marker runs straight into the next word.
     */
    static String stripMarker(String original, String marker) {
        int limit = Math.min(original.length(), marker.length() * 3 + 8);
        for (int i = 1; i <= limit; i++) {
            if (FoldedText.fold(original.substring(0, i)).equals(marker)) {
                int end = i;
                while (end < original.length() && isMarkerTail(original.charAt(end))) end++;
                return original.substring(end).strip();
            }
        }
        return original.strip();
    }

    private static boolean isMarkerTail(char c) {
        return Character.isWhitespace(c)
                || c == ':'
                || c == '\uFF1A'
                || c == '-'
                || c == '\u2013'
                || c == '\u2014'
                || c == '|'
                || Character.getType(c) == Character.NON_SPACING_MARK
                || c == '\u0640';
    }
}
