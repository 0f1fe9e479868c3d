package dev.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads the marked parts of a page and removes them from the DOM so that they never reach the
 * body: 1. embedded posts, 2. find every text that starts with a marker, 3. read each marked block
 * as related links and teasers, a tag list, or the source line, or drop it as a category line.
 */
final class PartsReader {

    /** Characters of a text node looked at for a leading marker. */
    private static final int MARKER_WINDOW = 48;

    /** An agencies line ("(وكالات)") is at most this long. */
    private static final int MAX_AGENCY_LINE_CHARS = 30;

    /** A source line longer than this is a sentence that happens to start with "المصدر". */
    private static final int MAX_SOURCE_LINE_CHARS = 120;

    /** A category line ("Kategorie: News, Wien") is at most this long; a longer block is text. */
    private static final int MAX_CATEGORY_LINE_CHARS = 120;

    /** Marked blocks with more text than this are not a link box or tag list; left alone. */
    static final int MAX_MARKED_REGION_CHARS = 8000;

    /**
     * Marked blocks read at most on one page: an article has a handful; a page with hundreds of
     * labels is generated, and its later labels are left alone so that reading stays bounded.
     */
    private static final int MAX_MARKED_BLOCKS = 64;

    /** A marked region with links is a link box only when this share of its text is linked. */
    private static final double MIN_LINK_SHARE = 0.3;

    /** A tag list without links is at most this long. */
    private static final int MAX_PLAIN_TAG_LIST_CHARS = 400;

    /** An inline "read also" block of prose (no links) longer than this is an ordinary paragraph. */
    private static final int MAX_INLINE_READ_ALSO_CHARS = 400;

    /**
     * A heading that opens the publisher's box of further stories, as the whole (folded) text of its
     * block: "More Great WIRED Stories", "More TechCrunch", "Most read in Football", "Top stories",
     * "Recommended videos", "You might like". Like a Latin read-also marker it opens a box only when
     * links follow it (a heading "More information on coffee makers" over prose stays).
     */
    private static final Pattern MORE_STORIES_HEADING = Pattern.compile(
            "(?:more|most) (?:from|great|top|latest|popular|read|viewed|shared|stories|news|videos|articles)\\b[^.!?]*"
                    + "|more [\\p{L}\\p{N}]+"
                    + "|(?:top|trending|popular|recommended|latest) (?:stories|news|articles|videos|posts|reads)"
                    + "|recommended(?: for you| reading)?|you (?:might|may) (?:also )?like");

    private final Markers markers = Markers.DEFAULT;
    private final EmbedReader embeds = new EmbedReader();

    private enum Kind {
        READ_ALSO,
        TAGS,
        SOURCE,
        CATEGORY,
        AGENCIES
    }

    private record Hit(TextNode text, Kind kind, String marker) {}

    /** Reads and removes the parts under {@code root}; {@code pageText} helps split tag runs. */
    PageParts readAndRemove(Element root, List<Element> embedCandidates, String pageText) {
        List<EmbedPlaces.Anchored> found = embeds.readAndRemove(embedCandidates); // 1.
        List<RelatedLink> related = new ArrayList<>();
        List<Teaser> teasers = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Optional<String> source = Optional.empty();
        int read = 0;
        for (Hit hit : findHits(root)) { // 2.
            if (read++ == MAX_MARKED_BLOCKS) break;
            if (hit.text().parentNode() == null || !isAttached(hit.text(), root)) continue;
            MarkedBlock block = MarkedBlock.around(hit.text(), hit.marker()); // 3.
            if (block.regionText().length() > MAX_MARKED_REGION_CHARS) continue;
            switch (hit.kind()) {
                case READ_ALSO -> readAlso(block, related, teasers);
                case TAGS -> {
                    if (!isTagList(block)) continue;
                    if (tags.isEmpty()) tags.addAll(TagReader.read(block, pageText));
                    block.remove();
                }
                case CATEGORY -> {
                    if (block.inline() && block.regionText().length() <= MAX_CATEGORY_LINE_CHARS) block.remove();
                }
                case SOURCE, AGENCIES -> {
                    Optional<String> s = sourceOf(block, hit.kind());
                    if (s.isPresent()) {
                        if (source.isEmpty()) source = s;
                        block.remove();
                    }
                }
            }
        }
        return new PageParts(related, teasers, tags, source, found);
    }

    private void readAlso(MarkedBlock block, List<RelatedLink> related, List<Teaser> teasers) {
        boolean hasLinks = block.region().stream().anyMatch(e -> e.selectFirst("a[href]") != null);
        if (!hasLinks && (!block.inline() || block.regionText().length() > MAX_INLINE_READ_ALSO_CHARS)) return;
        // "Read more about it in our report." is a sentence; "Read more: …" and Arabic labels are not
        if (!hasLinks && !labelled(block.marker(), FoldedText.fold(block.regionText()))) return;
        if (hasLinks && linkShare(block) < MIN_LINK_SHARE && !isTeaserList(block)) {
            block = firstList(block);
            if (block.region().isEmpty()) return;
        }
        RelatedBlockReader.read(block, related, teasers);
        block.remove();
    }

    /**
     * The label with only the list right after it (empty elements before it aside), when that list
     * is links or items that open with links; else the label with no region. The region of a label
     * runs on to the next heading and may take in an author box after the list, so that the region
     * as a whole is not link-dense.
     */
    private static MarkedBlock firstList(MarkedBlock block) {
        List<Element> region = block.region();
        int first = 0;
        while (first < region.size() && region.get(first).text().isBlank()) first++;
        if (block.inline() || first == region.size()) return block.withRegion(List.of());
        Element e = region.get(first);
        MarkedBlock list = block.withRegion(region.subList(0, first + 1));
        boolean isList = e.nameIs("ul") || e.nameIs("ol");
        boolean links = linkShare(list) >= MIN_LINK_SHARE || itemsOpenWithLinks(e);
        return isList && links ? list : block.withRegion(List.of());
    }

    /**
     * Items that each open with a linked headline (teasers with summaries): the region after a
     * "read also" label that is not link-dense but still not article text.
     */
    private static boolean isTeaserList(MarkedBlock block) {
        if (block.inline()) return false;
        List<Element> items = RelatedBlockReader.items(block.region());
        long titled = items.stream()
                .filter(i ->
                        i.selectFirst("h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href]") != null)
                .count();
        return !items.isEmpty() && titled == items.size();
    }

    /** Every item of the list opens with a link (a headline, then perhaps its summary). */
    private static boolean itemsOpenWithLinks(Element list) {
        if (list.children().isEmpty()) return false;
        for (Element item : list.children()) {
            Node first = firstTextDescendant(item);
            if (!(first instanceof TextNode t) || !TextStats.insideLink(t)) return false;
        }
        return true;
    }

    /** A tag list is link-dense, or short when its tags are not linked. */
    private static boolean isTagList(MarkedBlock block) {
        return linkShare(block) >= MIN_LINK_SHARE || block.regionText().length() <= MAX_PLAIN_TAG_LIST_CHARS;
    }

    private static double linkShare(MarkedBlock block) {
        int all = 0;
        int links = 0;
        for (Element e : block.region()) {
            all += TextStats.nonSpace(e.text());
            for (Element a : e.select("a")) links += TextStats.nonSpace(a.text());
        }
        return all == 0 ? 0 : (double) links / all;
    }

    private Optional<String> sourceOf(MarkedBlock block, Kind kind) {
        String text = block.regionText();
        if (!block.inline() && block.region().isEmpty()) return Optional.empty();
        if (text.length() > MAX_SOURCE_LINE_CHARS) return Optional.empty();
        String name =
                kind == Kind.AGENCIES ? text : block.inline() ? MarkedBlock.stripMarker(text, block.marker()) : text;
        name = name.replaceAll("^[\\s(\\[«\"]+|[\\s)\\]»\".،,:]+$", "").strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    private List<Hit> findHits(Element root) {
        List<Hit> hits = new ArrayList<>();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (!(node instanceof TextNode t) || t.isBlank()) return;
                        String raw = t.getWholeText();
                        int first = firstVisible(raw);
                        if (first < 0) return;
                        if (!markers.mayStartMarker(raw.charAt(first)) && !LabelLine.mayBe(raw)) return;
                        String folded =
                                FoldedText.fold(raw.length() > MARKER_WINDOW ? raw.substring(0, MARKER_WINDOW) : raw);
                        classify(t, folded).ifPresent(hits::add);
                    }
                },
                root);
        return hits;
    }

    /** Index of the first character that is not space or an opening bracket, or -1. */
    static int firstVisible(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '(' && c != '[' && c != '\u00A0') return i;
        }
        return -1;
    }

    /** The marker hit of {@code t}, when it starts a marker and opens its block. */
    private Optional<Hit> classify(TextNode t, String folded) {
        // the markers are compared first: finding the block costs more, and most texts start none
        return match(t, folded).filter(hit -> startsBlock(t));
    }

    private Optional<Hit> match(TextNode t, String folded) {
        Optional<String> label = LabelLine.of(t)
                .filter(line -> Markers.containsWord(markers.readAlso(), line)
                        || Markers.containsWord(markers.moreInfo(), line));
        if (label.isPresent()) return Optional.of(new Hit(t, Kind.READ_ALSO, label.get()));
        Optional<String> moreInfo =
                folded.length() <= LabelLine.MAX_CHARS ? Markers.exactly(markers.moreInfo(), folded) : Optional.empty();
        if (moreInfo.isPresent() && isWholeBlock(t)) return Optional.of(new Hit(t, Kind.READ_ALSO, moreInfo.get()));
        var readAlso = Markers.leading(markers.readAlso(), folded, Markers.Glue.ALLOWED);
        if (readAlso.isPresent()) return Optional.of(new Hit(t, Kind.READ_ALSO, readAlso.get()));
        Optional<String> moreStories = moreStoriesHeading(t, folded);
        if (moreStories.isPresent()) return Optional.of(new Hit(t, Kind.READ_ALSO, moreStories.get()));
        var tags = Markers.leading(markers.tags(), folded, Markers.Glue.WORD).filter(m -> labelled(m, folded));
        if (tags.isPresent()) return Optional.of(new Hit(t, Kind.TAGS, tags.get()));
        var source =
                Markers.leading(markers.source(), folded, Markers.Glue.WORD).filter(m -> labelled(m, folded));
        if (source.isPresent()) return Optional.of(new Hit(t, Kind.SOURCE, source.get()));
        var category = Markers.leading(markers.category(), folded, Markers.Glue.WORD)
                .filter(m -> folded.substring(m.length()).strip().startsWith(":"));
        if (category.isPresent()) return Optional.of(new Hit(t, Kind.CATEGORY, category.get()));
        if (folded.length() <= MAX_AGENCY_LINE_CHARS && Markers.isExactly(markers.agencies(), folded))
            return Optional.of(new Hit(t, Kind.AGENCIES, folded));
        return Optional.empty();
    }

    /** The folded heading, colon dropped, when {@code t} is the whole text of a "more stories" heading. */
    private static Optional<String> moreStoriesHeading(TextNode t, String folded) {
        if (t.getWholeText().strip().length() > MARKER_WINDOW) return Optional.empty(); // folded is all of it
        String heading = folded.strip().replaceFirst("\\s*:$", "");
        if (!MORE_STORIES_HEADING.matcher(heading).matches() || !isWholeBlock(t)) return Optional.empty();
        return Optional.of(heading);
    }

    /**
     * Latin markers are ordinary words ("source", "tags"): they count only with a colon after
     * them or standing alone. Arabic markers count as they are.
     */
    private static boolean labelled(String marker, String folded) {
        if (marker.chars().anyMatch(c -> c >= 0x0600)) return true;
        int at = folded.indexOf(marker);
        if (at < 0) return false;
        String rest = folded.substring(at + marker.length()).strip();
        return rest.isEmpty() || rest.startsWith(":");
    }

    /**
     * The text node is the whole text of its block (a label standing alone). The block's text is
     * built only when its length, counted up to the label's, allows it (a label inside a large block
     * costs no more than a small one).
     */
    private static boolean isWholeBlock(TextNode t) {
        Element block = BodyFinder.blockAncestor(t);
        if (block == null) return true;
        int raw = t.getWholeText().length();
        return LabelLine.holdsAtMost(block, 2 * raw + LABEL_SPACE_SLACK)
                && block.text().strip().equals(t.text().strip());
    }

    /** Characters of spacing around a label that its block may hold besides the label. */
    private static final int LABEL_SPACE_SLACK = 16;

    /** The text node is the first text of its block, so the marker opens the block. */
    private static boolean startsBlock(TextNode t) {
        Element block = BodyFinder.blockAncestor(t);
        return block == null || firstTextDescendant(block) == t;
    }

    private static Node firstTextDescendant(Node root) {
        Node[] found = new Node[1];
        NodeTraversor.filter(
                new org.jsoup.select.NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof TextNode t && !t.isBlank()) {
                            found[0] = t;
                            return FilterResult.STOP;
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                root);
        return found[0];
    }

    private static boolean isAttached(Node node, Element root) {
        Node n = node;
        while (n != null && n != root) n = n.parentNode();
        return n == root;
    }
}
