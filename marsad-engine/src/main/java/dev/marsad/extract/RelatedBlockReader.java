package dev.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads the region after a "read also" marker. Each item with a headline and a summary of its own
 * is a {@link Teaser} of another story; every other linked headline is a {@link RelatedLink}. Text
 * without links is split into one headline per line, and a marker glued to the first headline
 * ("اقرأ أيضاًالاتحاد الأوروبي …") is cut off it.
 */
final class RelatedBlockReader {

    /** An item whose summary has at least this many characters is a teaser, not a link. */
    static final int TEASER_MIN_SUMMARY_CHARS = 80;

    /** Wrapper levels looked through to reach the items of a list. */
    private static final int MAX_WRAPPER_DEPTH = 3;

    /** A continuation sibling longer than this is content, not one more related link. */
    private static final int MAX_CONTINUATION_CHARS = 300;

    /** A related headline has at least this many words ("اقرأ المزيد" alone is not one). */
    private static final int MIN_HEADLINE_WORDS = 2;

    /** "headline - موقع 24": a short publisher name after a spaced dash ends a teaser headline. */
    private static final Pattern SOURCE_SUFFIX =
            Pattern.compile("^(.{8,}?)\\s+[-\u2013\u2014]\\s+(\\S+(?:\\s\\S+){0,2})$");

    private RelatedBlockReader() {}

    /**
     * Reads the block's items, then the continuation of its list: siblings after the element that
     * holds label and region which repeat that element's tag and classes (one {@code <dl>} per
     * related link, only the first one labelled). The continuation is read and removed here; the
     * caller removes the block itself.
     */
    static void read(MarkedBlock block, List<RelatedLink> related, List<Teaser> teasers) {
        readItems(items(block.region()), block.marker(), related, teasers);
        for (Element more : continuation(block)) {
            readItems(items(List.of(more)), block.marker(), related, teasers);
            more.remove();
        }
    }

    private static void readItems(List<Element> items, String marker, List<RelatedLink> related, List<Teaser> teasers) {
        for (Element item : items) {
            Element heading = item.selectFirst("h1, h2, h3, h4, h5, h6");
            Element titleElement = heading != null ? heading : item.selectFirst("a[href]");
            String summary = summary(item, titleElement);
            if (titleElement != null && summary.length() >= TEASER_MIN_SUMMARY_CHARS) {
                teasers.add(teaser(titleElement, summary, marker));
            } else if (heading != null && heading.selectFirst("a[href]") != null) {
                // a card: its headline is the link; the other links (picture, date, section) are not headlines
                links(heading, marker, related);
            } else {
                links(item, marker, related);
            }
        }
    }

    /** Siblings that continue the list of the element holding the label and the region. */
    private static List<Element> continuation(MarkedBlock block) {
        List<Element> out = new ArrayList<>();
        if (block.inline() || block.region().isEmpty()) return out;
        Element holder = block.label().parent();
        if (holder == null || !block.region().stream().allMatch(e -> e.parent() == holder)) return out;
        for (Element s = holder.nextElementSibling(); s != null; s = s.nextElementSibling()) {
            boolean sameKind =
                    s.normalName().equals(holder.normalName()) && s.classNames().equals(holder.classNames());
            if (!sameKind || s.text().length() > MAX_CONTINUATION_CHARS || !mostlyLinks(s)) break;
            out.add(s);
        }
        return out;
    }

    /**
     * Whether at least {@link #MIN_CONTINUATION_LINK_SHARE} of the text of {@code e} is link text: a
     * related link, not a paragraph of the article that cites a page.
     */
    private static boolean mostlyLinks(Element e) {
        int all = TextStats.nonSpace(e.text());
        int linked = 0;
        for (Element a : e.select("a[href]")) linked += TextStats.nonSpace(a.text());
        return all > 0 && linked >= all * MIN_CONTINUATION_LINK_SHARE;
    }

    /** Share of a continuation item's text that must be link text. */
    private static final double MIN_CONTINUATION_LINK_SHARE = 0.5;

    /**
     * The items of a region: a single wrapper is looked through when its children repeat one tag
     * (a list of teasers); a wrapper of a heading and a paragraph is itself one item.
     */
    static List<Element> items(List<Element> region) {
        List<Element> items = region.stream().filter(e -> !e.text().isBlank()).toList();
        if (items.isEmpty()) items = region;
        for (int depth = 0; depth < MAX_WRAPPER_DEPTH && items.size() == 1; depth++) {
            if (items.getFirst().normalName().matches("a|h[1-6]")) break;
            List<Element> children = items.getFirst().children().stream()
                    .filter(c -> !c.text().isBlank())
                    .toList();
            if (children.size() == 1) {
                // a wrapper around one element: look inside it
                items = children;
                continue;
            }
            boolean repeated = children.size() >= 2
                    && children.stream()
                            .allMatch(c ->
                                    c.normalName().equals(children.getFirst().normalName()));
            if (!repeated) break;
            items = children;
        }
        List<Element> flat = new ArrayList<>();
        for (Element item : items) {
            if (item.nameIs("ul") || item.nameIs("ol")) flat.addAll(item.children());
            else flat.add(item);
        }
        return flat;
    }

    private static String summary(Element item, Element title) {
        List<String> parts = new ArrayList<>();
        for (Element p : item.select("p")) {
            if (title == null || !p.parents().contains(title)) parts.add(Whitespace.collapse(p.text()));
        }
        if (parts.isEmpty() && title != null && item != title) {
            String rest = item.text().replace(title.text(), " ");
            for (Element a : item.select("a")) {
                if (!a.text().isBlank()) rest = rest.replace(a.text(), " ");
            }
            rest = Whitespace.collapse(rest);
            if (!rest.isEmpty()) parts.add(rest);
        }
        return String.join("\n", parts.stream().filter(s -> !s.isEmpty()).toList());
    }

    private static Teaser teaser(Element titleElement, String summary, String marker) {
        String title = clean(titleElement.text(), marker);
        Element link = titleElement.nameIs("a") ? titleElement : titleElement.selectFirst("a[href]");
        Optional<String> source = Optional.empty();
        Matcher m = SOURCE_SUFFIX.matcher(title);
        if (m.matches()) {
            title = m.group(1).strip();
            source = Optional.of(m.group(2).strip());
        }
        return new Teaser(
                title, summary, link == null ? Optional.empty() : EmbedReader.uri(link.absUrl("href")), source);
    }

    private static void links(Element item, String marker, List<RelatedLink> related) {
        List<Element> anchors = item.nameIs("a") ? List.of(item) : item.select("a[href]");
        if (anchors.isEmpty()) {
            for (String line : Lines.of(item)) add(related, clean(line, marker), Optional.empty());
            return;
        }
        for (Element a : anchors) add(related, clean(a.text(), marker), EmbedReader.uri(a.absUrl("href")));
    }

    private static void add(List<RelatedLink> related, String title, Optional<java.net.URI> url) {
        if (ProseSignals.words(title) < MIN_HEADLINE_WORDS) return;
        if (related.stream().anyMatch(r -> r.title().equals(title))) return;
        related.add(new RelatedLink(title, url));
    }

    private static String clean(String text, String marker) {
        String t = Whitespace.collapse(text);
        if (FoldedText.fold(t).startsWith(marker)) t = MarkedBlock.stripMarker(t, marker);
        return t;
    }
}
