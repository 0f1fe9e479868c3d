package dev.marsad.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The containers {@link BodyFinder} could take as the body, with the features by which a {@link
 * NodeModel} ranks them: 1. the rules' choice first, then the best-scored candidate before the
 * climb, 2. the ancestors of the choice that hold more text, 3. its descendants that hold a good
 * share of its prose; 4. each one described by
 * features that do not name a site: its share of the page's text and prose, link density, place in
 * the page and against the headline, tag and class-name kind, paragraph and heading counts, and how
 * it stands to the rules' choice.
 */
final class NodeCandidates {

    /** The names of the features, in the order of the vectors; a model file lists the same. */
    static final List<String> NAMES = List.of(
            "rules_choice",
            "score_ratio",
            "prose_vs_choice",
            "prose_share",
            "text_share",
            "prose_in_text",
            "link_density",
            "log_text",
            "depth_vs_choice",
            "ancestor",
            "descendant",
            "tag_article",
            "tag_main",
            "tag_section",
            "tag_other",
            "class_content",
            "class_furniture",
            "holds_h1",
            "after_h1",
            "start",
            "end",
            "paragraph_share",
            "log_paragraphs",
            "log_headings",
            "list_share",
            "log_children",
            "largest_child_share",
            "text_vs_choice",
            "log_articles_inside",
            "log_h1_inside",
            "log_times_inside",
            "furniture_share");

    /** Candidates considered at most per page (the rules' choice among them). */
    static final int MAX_CANDIDATES = 12;

    /** Ancestors of the rules' choice that add text, at most. */
    private static final int MAX_ANCESTORS = 3;

    /** A descendant of the choice is a candidate when it holds at least this share of its prose. */
    private static final double MIN_DESCENDANT_PROSE = 0.3;

    /** Levels of depth difference counted at most. */
    private static final int MAX_DEPTH = 6;

    /** Ratios of prose and text against the choice are clipped to e^±this. */
    private static final double MAX_LOG_RATIO = 3;

    /** Tags of the "other" kind: table cells, list items, quotes (not a div, article, main, section). */
    private static final Set<String> USUAL_TAGS = Set.of("div", "article", "main", "section", "body");

    private final TextStats stats;
    private final Map<Element, Double> scores;
    private final Map<Element, Integer> proseChars;

    NodeCandidates(TextStats stats, Map<Element, Double> scores, Map<Element, Integer> proseChars) {
        this.stats = stats;
        this.scores = scores;
        this.proseChars = proseChars;
    }

    /**
     * The candidates (1. to 3.), the rules' {@code choice} first; {@code best} is the finder's top
     * score. The page's other high scorers (unrelated to the choice) are not candidates: with them
     * the held-out sets fell (docs/benchmarks/extract-generalise.md).
     */
    List<Element> list(Element choice, Element best) {
        List<Element> out = new ArrayList<>();
        out.add(choice); // 1.
        addNew(out, best);
        Element below = choice; // 2.
        int ancestors = 0;
        for (Element up = choice.parent(); up != null && ancestors < MAX_ANCESTORS; up = up.parent()) {
            if (up.nameIs("body") || up.nameIs("html") || up.nameIs("#root")) break;
            if (stats.text(up) == stats.text(below)) continue; // a wrapper: the same text
            below = up;
            ancestors++;
            addNew(out, up);
        }
        int prose = proseChars.getOrDefault(choice, 0); // 3.
        List<Element> inside = new ArrayList<>();
        for (Element e : scores.keySet())
            if (e != choice && proseChars.getOrDefault(e, 0) >= prose * MIN_DESCENDANT_PROSE && isAncestor(choice, e))
                inside.add(e);
        inside.sort(Comparator.comparingInt((Element e) -> -stats.text(e)));
        for (Element e : inside) addNew(out, e);
        return out.size() > MAX_CANDIDATES ? List.copyOf(out.subList(0, MAX_CANDIDATES)) : out;
    }

    /** Adds {@code e} unless it holds the same text as a candidate already listed (a wrapper of it). */
    private boolean addNew(List<Element> out, Element e) {
        if (e == null || stats.text(e) == 0 || out.size() >= MAX_CANDIDATES) return false;
        for (Element o : out) if (o == e || stats.text(o) == stats.text(e) && related(o, e)) return false;
        out.add(e);
        return true;
    }

    private static boolean related(Element a, Element b) {
        return isAncestor(a, b) || isAncestor(b, a);
    }

    /** Whether {@code up} is a proper ancestor of {@code e}. */
    private static boolean isAncestor(Element up, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == up) return true;
        return false;
    }

    /** The feature vector of each candidate (4.), in order; {@code root} is the page's body. */
    List<double[]> features(List<Element> candidates, Element root) {
        Positions at = Positions.of(root, candidates, stats);
        Element choice = candidates.getFirst();
        double bestScore =
                scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double pageText = Math.max(1, stats.text(root));
        double pageProse = Math.max(1, proseChars.getOrDefault(root, 0));
        double choiceProse = Math.max(1, proseChars.getOrDefault(choice, 0));
        double choiceText = Math.max(1, stats.text(choice));
        int choiceDepth = depth(choice);
        List<double[]> out = new ArrayList<>(candidates.size());
        for (Element c : candidates) {
            double text = Math.max(1, stats.text(c));
            int prose = proseChars.getOrDefault(c, 0);
            int hint = ClassHints.weight(c);
            Shape shape = at.shape(c, stats);
            double[] v = new double[NAMES.size()];
            int k = 0;
            v[k++] = c == choice ? 1 : 0;
            v[k++] = bestScore > 0 ? clip(scores.getOrDefault(c, 0.0) / bestScore, -1, 1) : 0;
            v[k++] = logRatio(prose, choiceProse);
            v[k++] = prose / pageProse;
            v[k++] = text / pageText;
            v[k++] = Math.min(1, prose / text);
            v[k++] = stats.linkDensity(c);
            v[k++] = Math.log1p(text);
            v[k++] = clip(depth(c) - choiceDepth, -MAX_DEPTH, MAX_DEPTH) / MAX_DEPTH;
            v[k++] = c != choice && isAncestor(c, choice) ? 1 : 0;
            v[k++] = c != choice && isAncestor(choice, c) ? 1 : 0;
            v[k++] = c.nameIs("article") ? 1 : 0;
            v[k++] = c.nameIs("main") ? 1 : 0;
            v[k++] = c.nameIs("section") ? 1 : 0;
            v[k++] = USUAL_TAGS.contains(c.normalName()) ? 0 : 1;
            v[k++] = hint > 0 ? 1 : 0;
            v[k++] = hint < 0 ? 1 : 0;
            v[k++] = at.holdsHeadline(c) ? 1 : 0;
            v[k++] = at.afterHeadline(c) ? 1 : 0;
            v[k++] = at.start(c) / pageText;
            v[k++] = (at.start(c) + stats.text(c)) / pageText;
            v[k++] = Math.min(1, shape.paragraphText / text);
            v[k++] = Math.log1p(shape.paragraphs);
            v[k++] = Math.log1p(shape.headings);
            v[k++] = Math.min(1, shape.listText / text);
            v[k++] = Math.log1p(shape.childrenWithText);
            v[k++] = shape.largestChild / text;
            v[k++] = logRatio(text, choiceText);
            v[k++] = Math.log1p(shape.articles);
            v[k++] = Math.log1p(shape.headlines);
            v[k++] = Math.log1p(shape.times);
            v[k++] = Math.min(1, shape.furniture / text);
            out.add(v);
        }
        return out;
    }

    private static double logRatio(double a, double b) {
        return clip(Math.log(Math.max(1, a) / Math.max(1, b)), -MAX_LOG_RATIO, MAX_LOG_RATIO) / MAX_LOG_RATIO;
    }

    private static double clip(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static int depth(Element e) {
        int d = 0;
        for (Element p = e.parent(); p != null; p = p.parent()) d++;
        return d;
    }

    /** Paragraphs, headings, list text, children and furniture text of one candidate. */
    private record Shape(
            int paragraphs,
            double paragraphText,
            int headings,
            double listText,
            int childrenWithText,
            double largestChild,
            int articles,
            int headlines,
            int times,
            double furniture) {}

    /** The slots of the counts kept per element under the widest candidate. */
    private static final int PARAGRAPHS = 0,
            PARAGRAPH_TEXT = 1,
            HEADINGS = 2,
            LIST_TEXT = 3,
            ARTICLES = 4,
            HEADLINES = 5,
            TIMES = 6,
            FURNITURE = 7,
            SLOTS = 8;

    /** Sub-headings counted in {@code log_headings}. */
    private static final Set<String> SUB_HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    /**
     * Where each candidate starts in the page's text (non-space characters before it, summed from
     * the counts of the elements before it and its ancestors), where the headline (the first
     * {@code h1}) stands, and the counts under each element of the widest candidate (paragraphs,
     * headings, lists, articles, headlines, times, text under furniture class names), all from one
     * pass over the widest candidate, not the page.
     */
    private record Positions(Map<Element, Integer> starts, int headline, Element h1, Map<Element, long[]> counts) {

        static Positions of(Element root, List<Element> candidates, TextStats stats) {
            Map<Element, Integer> starts = new IdentityHashMap<>();
            for (Element c : candidates) starts.put(c, offset(c, stats));
            Element h1 = root.selectFirst("h1");
            Element widest = candidates.getFirst();
            for (Element c : candidates) if (stats.text(c) > stats.text(widest)) widest = c;
            Map<Element, long[]> counts = new IdentityHashMap<>();
            Element top = widest;
            NodeTraversor.traverse(
                    new NodeVisitor() {
                        @Override
                        public void head(Node node, int depth) {}

                        @Override
                        public void tail(Node node, int depth) {
                            if (!(node instanceof Element e)) return;
                            long[] own = counts.computeIfAbsent(e, x -> new long[SLOTS]);
                            count(e, own, stats);
                            if (e == top || e.parent() == null) return;
                            long[] up = counts.computeIfAbsent(e.parent(), x -> new long[SLOTS]);
                            for (int i = 0; i < SLOTS; i++) up[i] += own[i];
                        }
                    },
                    top);
            return new Positions(starts, h1 == null ? -1 : offset(h1, stats), h1, counts);
        }

        /** Adds what {@code e} itself is to the counts its descendants gave it. */
        private static void count(Element e, long[] own, TextStats stats) {
            int text = stats.text(e);
            String tag = e.normalName();
            if (tag.equals("p") && text > 0) {
                own[PARAGRAPHS]++;
                own[PARAGRAPH_TEXT] += text;
            }
            if (SUB_HEADINGS.contains(tag)) own[HEADINGS]++;
            if (tag.equals("ul") || tag.equals("ol")) own[LIST_TEXT] = text; // the outermost list counts once
            if (tag.equals("article")) own[ARTICLES]++;
            if (tag.equals("h1")) own[HEADLINES]++;
            if (tag.equals("time")) own[TIMES]++;
            if (e.attributesSize() > 0 && ClassHints.weight(e) < 0) own[FURNITURE] = text;
        }

        Shape shape(Element c, TextStats stats) {
            long[] n = counts.getOrDefault(c, new long[SLOTS]);
            int children = 0;
            double largest = 0;
            for (Element child : c.children()) {
                int t = stats.text(child);
                if (t == 0) continue;
                children++;
                largest = Math.max(largest, t);
            }
            return new Shape(
                    (int) n[PARAGRAPHS],
                    n[PARAGRAPH_TEXT],
                    (int) n[HEADINGS],
                    n[LIST_TEXT],
                    children,
                    largest,
                    (int) n[ARTICLES] - (c.nameIs("article") ? 1 : 0),
                    (int) n[HEADLINES],
                    (int) n[TIMES],
                    n[FURNITURE]);
        }

        /** Non-space characters in the elements before {@code e} in the page (text between elements aside). */
        private static int offset(Element e, TextStats stats) {
            int before = 0;
            for (Element x = e; x.parent() != null; x = x.parent())
                for (Element sibling = x.previousElementSibling();
                        sibling != null;
                        sibling = sibling.previousElementSibling()) before += stats.text(sibling);
            return before;
        }

        double start(Element c) {
            return starts.getOrDefault(c, 0);
        }

        boolean holdsHeadline(Element c) {
            return h1 != null && isAncestor(c, h1);
        }

        boolean afterHeadline(Element c) {
            return h1 != null && !holdsHeadline(c) && start(c) >= headline;
        }
    }
}
