package dev.marsad.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the chosen body elements into blocks: paragraphs, sub-headings, lists, quotes and tables,
 * in page order. Walks the DOM iteratively; furniture inside the body (link lists, captions,
 * elements named as furniture) is skipped.
 */
final class BlockAssembler {

    /** Heading elements. */
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Elements skipped inside the body: captions and credits are not article text. */
    private static final Set<String> SKIPPED = Set.of("figcaption", "caption", "img", "hr");

    /** A list or block whose link density is above this is a link list, not text. */
    private static final double MAX_LINK_DENSITY = 0.5;

    /** A list of links to other sites is the article's content with at least this many items... */
    private static final int MIN_LINK_LIST_ITEMS = 2;

    /** ... each of at least this many words (a described address, not a button). */
    private static final int MIN_LINK_ITEM_WORDS = 3;

    /** Furniture-named elements holding less text than this are skipped. */
    private static final int MAX_FURNITURE_CHARS = 400;

    /** A paragraph whose text lies more than this share inside links is a link, dropped. */
    private static final double MAX_PARAGRAPH_LINK_SHARE = 0.6;

    /** Sub-headings longer than this are paragraphs set in bold, kept as paragraphs. */
    private static final int MAX_HEADING_CHARS = 200;

    /** Whether captions (figcaption, elements named as captions) are read as text. */
    enum Captions {
        /** Skipped: the article's text is elsewhere (every page but a near-empty one). */
        SKIPPED,
        /** Read: a video or photo page whose only text is the caption of its one picture. */
        READ
    }

    private final TextStats stats;
    private final Captions captions;

    /** Where each assembled block came from, by identity (read by {@link BlockVeto}). */
    private final Map<Block, BlockOrigin> origins = new IdentityHashMap<>();

    BlockAssembler(TextStats stats) {
        this(stats, Captions.SKIPPED);
    }

    BlockAssembler(TextStats stats, Captions captions) {
        this.stats = stats;
        this.captions = captions;
    }

    /** The blocks of {@code roots}, in order. */
    List<Block> assemble(List<Element> roots) {
        Walk walk = new Walk();
        for (int i = 0; i < roots.size(); i++) {
            walk.root = i;
            walk.open.clear();
            walk.open.push(roots.get(i));
            NodeTraversor.filter(walk, roots.get(i));
            walk.flush();
        }
        return walk.blocks;
    }

    /** The text counts the assembler reads. */
    TextStats stats() {
        return stats;
    }

    /** Where the blocks of the last {@link #assemble} came from, by identity. */
    Map<Block, BlockOrigin> origins() {
        return origins;
    }

    private void add(List<Block> blocks, Block block, Element holder, int root, double linkShare) {
        blocks.add(block);
        origins.put(block, new BlockOrigin(holder, root, linkShare));
    }

    private final class Walk implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        /** The block elements open around the walk, innermost first: the holder of the text. */
        final ArrayDeque<Element> open = new ArrayDeque<>();

        int root;
        int linkChars;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                appendText(t);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            String tag = e.normalName();
            if (isCaptionRead(e)) return FilterResult.CONTINUE;
            if (SKIPPED.contains(tag) || isNoteMark(e) || isFurniture(e)) return FilterResult.SKIP_ENTIRELY;
            if (tag.equals("br")) {
                flush();
                return FilterResult.CONTINUE;
            }
            if (HEADINGS.contains(tag) || tag.equals("ul") || tag.equals("ol") || tag.equals("blockquote")) {
                flush();
                unit(e).ifPresent(b -> add(blocks, b, e, root, stats.linkDensity(e)));
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("table") && isDataTable(e)) {
                flush();
                add(blocks, table(e), e, root, stats.linkDensity(e));
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BodyFinder.BLOCK_TAGS.contains(tag)) {
                flush();
                open.push(e);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BodyFinder.BLOCK_TAGS.contains(e.normalName())) {
                flush();
                if (open.size() > 1 && open.peek() == e) open.pop();
            }
            return FilterResult.CONTINUE;
        }

        private void appendText(TextNode t) {
            String s = t.text();
            if (s.isBlank()) {
                if (!text.isEmpty()) text.append(' ');
                return;
            }
            text.append(s);
            if (TextStats.insideLink(t)) linkChars += TextStats.nonSpace(s);
        }

        void flush() {
            String s = Whitespace.collapse(text.toString());
            int chars = TextStats.nonSpace(s);
            double linkShare = chars == 0 ? 0 : (double) linkChars / chars;
            if (chars > 0 && linkShare <= MAX_PARAGRAPH_LINK_SHARE)
                add(blocks, new Block.Paragraph(s), open.peek(), root, linkShare);
            text.setLength(0);
            linkChars = 0;
        }
    }

    /**
     * A superscript that is a mark, not text: a footnote or reference ({@code <sup><a
     * href="#fn1">1</a></sup>}, {@code <sup>[2]</sup>}, "reported<sup>3</sup>"), a symbol (®, ™, *,
     * †). A superscript that goes on a number or a unit (10³, m², km², 1er) is text and is kept, and
     * so is one with Arabic letters (the honorific ﷺ) and one longer than {@link #MAX_MARK_CHARS} (text, or an unclosed {@code <sup>} holding the
     * rest of the page).
     */
    private static boolean isNoteMark(Element e) {
        if (!e.nameIs("sup")) return false;
        String text = e.text().strip();
        if (text.length() > MAX_MARK_CHARS) return false;
        if (text.isEmpty() || !e.getElementsByTag("a").isEmpty()) return true;
        if (!Character.isLetterOrDigit(text.charAt(0))) return true;
        if (holdsNonLatinLetter(text)) return false; // an Arabic honorific (ﷺ) or word is text
        return !(e.previousSibling() instanceof TextNode before) || !endsInNumberOrUnit(before.getWholeText());
    }

    /** Whether {@code text} holds a letter of a script other than Latin: no footnote mark does. */
    private static boolean holdsNonLatinLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) return true;
        }
        return false;
    }

    /** A superscript holding more than this many characters is not a mark. */
    private static final int MAX_MARK_CHARS = 6;

    /** A word this short before a superscript is a unit ("m", "km", "cm"). */
    private static final int MAX_UNIT_CHARS = 3;

    /** Whether {@code text} ends in a number or in a word short enough to be a unit, with no space. */
    private static boolean endsInNumberOrUnit(String text) {
        int end = text.length();
        if (end == 0 || !Character.isLetterOrDigit(text.charAt(end - 1))) return false;
        if (Character.isDigit(text.charAt(end - 1))) return true;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        return end - start <= MAX_UNIT_CHARS;
    }

    /** With {@link Captions#READ}: a caption (not a byline, credit or author box) is read as text. */
    private boolean isCaptionRead(Element e) {
        return captions == Captions.READ
                && (e.nameIs("figcaption")
                        || e.className().toLowerCase(Locale.ROOT).contains("caption"));
    }

    private boolean isFurniture(Element e) {
        int chars = stats.text(e);
        if (ClassHints.isFurniture(e) && chars < MAX_FURNITURE_CHARS) return true;
        boolean container =
                e.nameIs("div") || e.nameIs("section") || e.nameIs("ul") || e.nameIs("ol") || e.nameIs("table");
        return container && stats.linkDensity(e) > MAX_LINK_DENSITY && !isLinkListOfText(e);
    }

    /**
     * A list of links that is the article's content (the addresses the story gives its readers):
     * a list set among the paragraphs, right after one, whose every item is a link of several words
     * to another site. Menus, "read also" boxes and related stories link to the site itself, and
     * share or follow buttons are single words.
     */
    private static boolean isLinkListOfText(Element list) {
        if (!list.nameIs("ul") && !list.nameIs("ol")) return false;
        Element before = list.previousElementSibling();
        if (before == null || !before.nameIs("p") || !ProseSignals.endsSentence(before.text())) return false;
        String host = hostOf(list.baseUri());
        if (host.isEmpty() || list.childrenSize() < MIN_LINK_LIST_ITEMS) return false;
        for (Element li : list.children()) {
            if (!li.nameIs("li") || ProseSignals.words(li.text()) < MIN_LINK_ITEM_WORDS) return false;
            Element a = li.selectFirst("a[href]");
            if (a == null) return false;
            String target = hostOf(a.absUrl("href"));
            if (target.isEmpty() || target.equals(host)) return false;
        }
        return true;
    }

    /** The host of an address without "www.", lower case; "" when it has none. */
    private static String hostOf(String address) {
        return EmbedReader.uri(address)
                .map(java.net.URI::getHost)
                .map(h -> h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""))
                .orElse("");
    }

    private java.util.Optional<Block> unit(Element e) {
        String tag = e.normalName();
        if (HEADINGS.contains(tag)) {
            String text = Whitespace.collapse(e.text());
            if (text.isEmpty()) return java.util.Optional.empty();
            if (text.length() > MAX_HEADING_CHARS) return java.util.Optional.of(new Block.Paragraph(text));
            return java.util.Optional.of(new Block.Heading(Integer.parseInt(tag.substring(1)), text));
        }
        if (tag.equals("blockquote")) {
            String text = Whitespace.collapse(e.wholeText());
            return text.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Block.Quote(text));
        }
        List<String> items = new ArrayList<>();
        for (Element li : e.children()) {
            if (!li.nameIs("li") || isFurniture(li)) continue;
            String item = Whitespace.collapse(li.text());
            if (!item.isEmpty()) items.add(item);
        }
        return items.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(new Block.ListBlock(tag.equals("ol"), items));
    }

    /** A table of data: no paragraphs, lists or tables inside its cells (else it is layout). */
    private static boolean isDataTable(Element table) {
        return table.selectFirst("td p, td div, td table, td ul, th table") == null;
    }

    private static Block table(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            List<String> cells = new ArrayList<>();
            for (Element cell : tr.children())
                if (cell.nameIs("td") || cell.nameIs("th")) cells.add(Whitespace.collapse(cell.text()));
            if (!cells.isEmpty()) rows.add(cells);
        }
        return new Block.Table(rows);
    }
}
