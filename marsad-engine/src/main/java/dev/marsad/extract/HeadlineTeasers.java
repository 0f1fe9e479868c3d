package dev.marsad.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads and removes the teasers of other stories set next to the article's headline: a box that
 * opens with a linked headline of another page and holds at most a short summary besides ("أسعار
 * الذهب تتراجع …" and its one-line summary above or under the headline). Left in place, its
 * summary was read as the article's lead, and a teaser above the headline made the whole page look
 * like a section front.
 *
 * <p>1. start at the headline ({@code <h1>}); 2. look at the elements beside it and beside its
 * ancestors, at most {@link #MAX_LEVELS} levels up and never out of an {@code <article>}: every one
 * before it, and those after it up to the first that holds text of the article; 3. read each that
 * is a teaser into a {@link Teaser} and remove it.
 */
final class HeadlineTeasers {

    /** Levels above the headline looked beside at most. */
    private static final int MAX_LEVELS = 3;

    /** A teaser's linked headline has at least this many words (a section link has fewer). */
    private static final int MIN_HEADLINE_WORDS = 4;

    /** A teaser holds at most this much text besides its headline: a summary, not an article. */
    private static final int MAX_SUMMARY_CHARS = 300;

    /** Text after the headline of at least this many characters is the article: the look stops. */
    private static final int MIN_TEXT_CHARS = 80;

    private HeadlineTeasers() {}

    /** The teasers beside {@code headline} on the page at {@code url}, removed from the DOM. */
    static List<Teaser> readAndRemove(Element headline, URI url) {
        List<Teaser> found = new ArrayList<>();
        Element cursor = headline;
        for (int level = 0; level <= MAX_LEVELS && cursor.parent() != null; level++) {
            List<Element> before = new ArrayList<>();
            for (Element e = cursor.previousElementSibling(); e != null; e = e.previousElementSibling()) before.add(e);
            for (Element e : before.reversed()) read(e, url).ifPresent(t -> take(e, t, found));
            for (Element e = cursor.nextElementSibling(); e != null; ) {
                Element next = e.nextElementSibling();
                Optional<Teaser> teaser = read(e, url);
                if (teaser.isPresent()) take(e, teaser.get(), found);
                else if (TextStats.nonSpaceUnder(e) >= MIN_TEXT_CHARS) break;
                e = next;
            }
            if (cursor.nameIs("article")) break;
            cursor = cursor.parent();
            if (cursor.nameIs("body") || cursor.nameIs("html")) break;
        }
        return found;
    }

    private static void take(Element e, Teaser teaser, List<Teaser> found) {
        found.add(teaser);
        e.remove();
    }

    /** {@code e} as a teaser: it opens with its only headline link, to another page, and says little else. */
    private static Optional<Teaser> read(Element e, URI url) {
        if (e.nameIs("h1") || e.nameIs("script") || e.nameIs("style")) return Optional.empty();
        Element link = null;
        for (Element a : e.select("a[href]")) {
            if (a.text().isBlank()) continue; // the picture's link beside the headline's
            if (link != null && !a.attr("abs:href").equals(link.attr("abs:href"))) return Optional.empty();
            if (link == null) link = a;
        }
        if (link == null || ProseSignals.words(link.text()) < MIN_HEADLINE_WORDS) return Optional.empty();
        if (!opensWith(e, link) || pointsTo(link, url)) return Optional.empty();
        String title = Whitespace.collapse(link.text());
        String all = Whitespace.collapse(e.text());
        String summary = all.startsWith(title) ? all.substring(title.length()).strip() : all;
        if (TextStats.nonSpace(summary) > MAX_SUMMARY_CHARS) return Optional.empty();
        return Optional.of(new Teaser(title, summary, EmbedReader.uri(link.attr("abs:href")), Optional.empty()));
    }

    /** Whether the first text under {@code e} lies inside {@code link}. */
    private static boolean opensWith(Element e, Element link) {
        TextNode[] first = new TextNode[1];
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (!(node instanceof TextNode t) || t.isBlank()) return FilterResult.CONTINUE;
                        first[0] = t;
                        return FilterResult.STOP;
                    }
                },
                e);
        for (Node up = first[0]; up != null && up != e; up = up.parentNode()) if (up == link) return true;
        return false;
    }

    /** Whether a link leads to the page itself (a headline linked to its own article). */
    private static boolean pointsTo(Element link, URI url) {
        String href = link.attr("abs:href");
        int hash = href.indexOf('#');
        String target = hash < 0 ? href : href.substring(0, hash);
        return target.isEmpty() || target.equals(url.toString());
    }
}
