package dev.marsad.extract;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the elements that hold the article text, in the spirit of Readability but aware of Arabic
 * prose: 1. collect paragraphs (the inline text of each block element), 2. score each by clauses,
 * length and function-word density, 3. give the score to its ancestors, 4. weigh candidates by link
 * density and names, 5. take the best and the siblings that belong with it ({@link BodySiblings}).
 */
final class BodyFinder {

    /** Block elements: inline text is attributed to the nearest one of these. */
    static final Set<String> BLOCK_TAGS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "body",
            "li",
            "ul",
            "ol",
            "dl",
            "dd",
            "dt",
            "td",
            "th",
            "tr",
            "table",
            "tbody",
            "thead",
            "blockquote",
            "pre",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "figure",
            "figcaption",
            "header",
            "center",
            "address",
            "details",
            "summary",
            "hr",
            "form",
            "fieldset");

    /** A paragraph shorter than this (non-space characters) does not vote for its container. */
    private static final int MIN_PARAGRAPH_CHARS = 25;

    /** Each this many characters add a point to a paragraph, up to {@link #MAX_LENGTH_POINTS}. */
    private static final int CHARS_PER_POINT = 100;

    private static final int MAX_LENGTH_POINTS = 3;

    /** Function-word density above which a paragraph reads as prose and earns a bonus point. */
    private static final double PROSE_STOP_DENSITY = 0.12;

    /** How a paragraph's score is divided for its parent, grandparent, … */
    private static final double[] ANCESTOR_DIVISORS = {1, 2, 6, 9, 12};

    /**
     * The best candidate is replaced by its parent when the parent holds this many times its prose
     * (the article split into several columns or sections).
     */
    private static final double CLIMB_GROWTH = 1.4;

    /**
     * A candidate named as content earns its name's full bonus from this many characters of prose,
     * a share of it below (a one-paragraph notice named "text" does not outrank the article).
     */
    private static final int FULL_HINT_PROSE = 500;

    /** Levels climbed at most; wrappers that add no prose are not counted. */
    private static final int MAX_CLIMB = 4;

    /** Insertion-ordered, so that of two equal candidates the first in the page wins, every run. */
    private final Map<Element, Double> scores = new LinkedHashMap<>();

    private final Map<Element, Integer> proseChars = new IdentityHashMap<>();

    /** The positive class-name weight of each candidate that has one, earned by its prose. */
    private final Map<Element, Integer> contentHints = new IdentityHashMap<>();

    private final TextStats stats;

    BodyFinder(TextStats stats) {
        this.stats = stats;
    }

    /** The elements holding the article, in page order; empty when nothing reads like prose. */
    List<Element> find(Element root) {
        return find(root, NodeChoice.RULES);
    }

    /**
     * As {@link #find(Element)}, with the container taken by {@code choice} among the candidates
     * ({@link NodeCandidates}, the rules' choice first); a candidate other than the rules' choice
     * is the body alone, without the siblings the rules add.
     */
    List<Element> find(Element root, NodeChoice choice) {
        Map<Element, StringBuilder> paragraphs = collectParagraphs(root); // 1.
        paragraphs.forEach((holder, text) -> scoreParagraph(holder, text.toString())); // 2. and 3.
        Element best = bestCandidate(); // 4.
        if (best == null) return List.of();
        Element chosen = climb(best);
        if (choice != NodeChoice.RULES) {
            NodeCandidates candidates = new NodeCandidates(stats, scores, proseChars);
            List<Element> all = candidates.list(chosen, best);
            // one candidate: nothing to compare, no feature computed; a fixed choice past it is still refused below
            int i = choice.choose(all.size() == 1 ? List.of() : candidates.features(all, root));
            if (i < 0 || i >= all.size())
                throw new IllegalArgumentException("node choice " + i + " out of " + all.size() + " candidates");
            // another candidate is taken alone: the siblings the rules add would widen a narrower
            // candidate back to the rules' choice
            if (i > 0) return List.of(all.get(i));
        }
        return new BodySiblings(stats, scores, proseChars).withSiblings(chosen, scores.get(best)); // 5.
    }

    /** The inline text of each block element, found in one pass. */
    private static Map<Element, StringBuilder> collectParagraphs(Element root) {
        Map<Element, StringBuilder> byHolder = new LinkedHashMap<>();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    private Node lastParent;
                    private Element lastHolder;

                    @Override
                    public void head(Node node, int depth) {
                        if (!(node instanceof TextNode t) || t.isBlank()) return;
                        if (t.parentNode() != lastParent) { // text nodes of one parent share the holder
                            lastParent = t.parentNode();
                            lastHolder = blockAncestor(t);
                        }
                        Element holder = lastHolder;
                        if (holder != null) {
                            StringBuilder text = byHolder.computeIfAbsent(holder, h -> new StringBuilder());
                            Whitespace.appendNormalised(text, t.getWholeText()); // as t.text(), no copy
                            text.append(' ');
                        }
                    }
                },
                root);
        return byHolder;
    }

    static Element blockAncestor(Node node) {
        Element p = node.parentElement();
        while (p != null && !BLOCK_TAGS.contains(p.normalName())) p = p.parentElement();
        return p;
    }

    private void scoreParagraph(Element holder, String text) {
        int length = TextStats.nonSpace(text);
        if (length < MIN_PARAGRAPH_CHARS) return;
        if (stats.linkDensity(holder) > 0.5 && !holder.nameIs("p")) return;
        double score = 1 + ProseSignals.clauseMarks(text) + Math.min(length / CHARS_PER_POINT, MAX_LENGTH_POINTS);
        if (ProseSignals.stopWordDensity(text) >= PROSE_STOP_DENSITY) score += 1;
        if (ProseSignals.endsSentence(text)) score += 1;
        for (Element up = holder; up != null; up = up.parent()) proseChars.merge(up, length, Integer::sum);
        Element target = holder.nameIs("p") || holder.nameIs("pre") || holder.nameIs("td") ? holder.parent() : holder;
        for (int level = 0; level < ANCESTOR_DIVISORS.length && target != null && !isPageRoot(target); level++) {
            scores.computeIfAbsent(target, this::initialScore);
            scores.merge(target, score / ANCESTOR_DIVISORS[level], Double::sum);
            target = target.parent();
        }
    }

    /** The document and its {@code <html>} element hold nothing but the page body: never a candidate. */
    private static boolean isPageRoot(Element e) {
        return e.nameIs("html") || e.nameIs("#root");
    }

    private double initialScore(Element e) {
        int hint = ClassHints.weight(e);
        if (hint > 0) contentHints.put(e, hint);
        double base = switch (e.normalName()) {
            case "article" -> 10;
            case "div", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ul", "ol", "li", "dl", "dd", "dt", "form", "address" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th", "header" -> -5;
            default -> 0;
        };
        return hint > 0 ? base : base + hint;
    }

    /**
     * The bonus of a content name ("article-body", "entry-content", "text"), in full only for a
     * candidate holding {@link #FULL_HINT_PROSE} characters of prose: a name alone does not make a
     * cookie notice or a heading the article.
     */
    private double earnedHint(Element e) {
        Integer hint = contentHints.get(e);
        if (hint == null) return 0;
        return hint * Math.min(1.0, proseChars.getOrDefault(e, 0) / (double) FULL_HINT_PROSE);
    }

    private Element bestCandidate() {
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (var entry : scores.entrySet()) {
            double score = (entry.getValue() + earnedHint(entry.getKey())) * (1 - stats.linkDensity(entry.getKey()));
            entry.setValue(score);
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Moves up while an ancestor holds much more prose than the candidate (an article split into
     * columns or page-builder sections). Wrappers that add no prose do not count as levels, so the
     * deep nesting of page builders does not stop the climb; an {@code <article>} element is never
     * left, since what lies beside it is other stories (related posts, teasers).
     */
    private Element climb(Element best) {
        Element chosen = best;
        int levels = 0;
        for (Element below = best, ancestor = best.parent();
                levels < MAX_CLIMB && ancestor != null;
                below = ancestor, ancestor = ancestor.parent()) {
            if (ancestor.nameIs("body") || ancestor.nameIs("html") || below.nameIs("article")) break;
            int prose = proseChars.getOrDefault(ancestor, 0);
            if (prose == proseChars.getOrDefault(below, 0)) continue; // a wrapper, not a level
            if (stats.linkDensity(ancestor) > MAX_CLIMB_LINK_DENSITY) break;
            levels++;
            if (prose >= proseChars.getOrDefault(chosen, 0) * CLIMB_GROWTH) chosen = ancestor;
        }
        return chosen;
    }

    /** A parent with more link text than this share is a page section, not the article. */
    private static final double MAX_CLIMB_LINK_DENSITY = 0.25;
}
