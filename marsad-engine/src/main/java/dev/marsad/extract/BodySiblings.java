package dev.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Step 5 of {@link BodyFinder}: the siblings that belong with the chosen body, read from the scores
 * and prose counts of the scoring pass. Looked for beside the body's outermost wrapper; a sibling
 * joins when it scores near the body, is a paragraph of prose, lies between two kept parts, or is a
 * twin of the wrapper (another row of the same page template).
 */
final class BodySiblings {

    /** A sibling joins the best candidate with this share of its score ... */
    private static final double SIBLING_SHARE = 0.2;

    /** ... and with at least this score. */
    private static final double MIN_SIBLING_SCORE = 10;

    /**
     * A sibling found beside a wrapper of the body (not beside the body itself) must hold at least
     * this share of the body's prose: another text block of the article, not an author's note.
     */
    private static final double WRAPPER_SIBLING_SHARE = 0.2;

    /**
     * A twin of the body's wrapper joins from this much prose (two paragraphs or more): the
     * template's header row, with the headline and a deck, holds less.
     */
    private static final int MIN_TWIN_PROSE = 300;

    /**
     * A block between two parts of the body, or a sibling paragraph, joins with less link text than
     * this share.
     */
    private static final double MAX_GAP_LINK_DENSITY = 0.25;

    /** A sibling paragraph joins when longer than this and below {@link #MAX_GAP_LINK_DENSITY}. */
    private static final int SIBLING_PARAGRAPH_CHARS = 80;

    private final TextStats stats;
    private final Map<Element, Double> scores;
    private final Map<Element, Integer> proseChars;

    BodySiblings(TextStats stats, Map<Element, Double> scores, Map<Element, Integer> proseChars) {
        this.stats = stats;
        this.scores = scores;
        this.proseChars = proseChars;
    }

    /**
     * The body and the siblings that belong with it. Siblings are looked for beside the outermost
     * wrapper of the body (an ancestor holding no more prose), since page templates nest each text
     * block in wrappers of its own.
     */
    List<Element> withSiblings(Element best, double bestScore) {
        Element top = outermostWrapper(best);
        Element parent = top.parent();
        if (parent == null) return List.of(best);
        double threshold = Math.max(MIN_SIBLING_SCORE, scores.getOrDefault(best, bestScore) * SIBLING_SHARE);
        int minProse = top == best ? 0 : (int) (proseChars.getOrDefault(best, 0) * WRAPPER_SIBLING_SHARE);
        List<Element> siblings = parent.children();
        boolean[] keep = new boolean[siblings.size()];
        int at = siblings.indexOf(top);
        for (int i = 0; i < keep.length; i++) {
            Element sibling = siblings.get(i);
            keep[i] = sibling == top
                    || proseChars.getOrDefault(sibling, 0) >= minProse && belongs(sibling, threshold)
                    || isTwinSection(sibling, top) && onlyFurnitureBetween(siblings, at, i);
        }
        fillGaps(siblings, keep);
        List<Element> kept = new ArrayList<>();
        for (int i = 0; i < keep.length; i++) if (keep[i]) kept.add(siblings.get(i) == top ? best : siblings.get(i));
        return kept;
    }

    /**
     * A sibling built like the body's outermost wrapper (same tag, same class names: the next row of
     * one page template) holding paragraphs of prose with few links: the article cut into sections
     * by the page. It joins only when nothing with prose lies between it and the body (an
     * advertisement row may).
     */
    private boolean isTwinSection(Element sibling, Element top) {
        return sibling.normalName().equals(top.normalName())
                && !top.className().isEmpty()
                && sibling.className().equals(top.className())
                && proseChars.getOrDefault(sibling, 0) >= MIN_TWIN_PROSE
                && paragraphChars(sibling) >= MIN_TWIN_PROSE
                && stats.linkDensity(sibling) < MAX_GAP_LINK_DENSITY;
    }

    /** Text in {@code <p>} elements under {@code e}: an article's sections are paragraphs. */
    private int paragraphChars(Element e) {
        int chars = 0;
        for (Element p : e.getElementsByTag("p")) chars += stats.text(p);
        return chars;
    }

    /**
     * Nothing with prose lies between the siblings at {@code from} and {@code to} (an advertisement
     * row may): a twin row further away, past other text, is another part of the page.
     */
    private boolean onlyFurnitureBetween(List<Element> siblings, int from, int to) {
        for (int i = Math.min(from, to) + 1; i < Math.max(from, to); i++) {
            if (proseChars.getOrDefault(siblings.get(i), 0) > 0) return false;
        }
        return true;
    }

    /**
     * A text block lying between two kept parts of the body joins when it reads as prose (a lead or
     * a paragraph in a box of its own between the photo and the text): what sits inside the article
     * is the article unless it is links or a line.
     */
    private void fillGaps(List<Element> siblings, boolean[] keep) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < keep.length; i++) {
            if (!keep[i]) continue;
            if (first < 0) first = i;
            last = i;
        }
        for (int i = first + 1; i < last; i++) if (!keep[i]) keep[i] = readsAsProse(siblings.get(i));
    }

    private boolean readsAsProse(Element e) {
        return stats.text(e) > SIBLING_PARAGRAPH_CHARS
                && stats.linkDensity(e) < MAX_GAP_LINK_DENSITY
                && ProseSignals.endsSentence(e.text());
    }

    private Element outermostWrapper(Element e) {
        Element top = e;
        int prose = proseChars.getOrDefault(e, 0);
        for (Element up = e.parent(); up != null && !top.nameIs("article"); up = up.parent()) {
            if (up.nameIs("body") || up.nameIs("html") || proseChars.getOrDefault(up, 0) != prose) break;
            top = up;
        }
        return top;
    }

    private boolean belongs(Element sibling, double threshold) {
        Double score = scores.get(sibling);
        if (score != null && score >= threshold) return true;
        if (!sibling.nameIs("p")) return false;
        int length = stats.text(sibling);
        double links = stats.linkDensity(sibling);
        String text = sibling.text();
        if (length > SIBLING_PARAGRAPH_CHARS && links < MAX_GAP_LINK_DENSITY) return true;
        return length > 0 && links == 0 && ProseSignals.endsSentence(text);
    }
}
