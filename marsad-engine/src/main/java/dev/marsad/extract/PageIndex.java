package dev.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements metadata is read from, collected in one walk over the page instead of one CSS
 * selection each (every selection walks the whole DOM), and the text of the body as parsed, before
 * any part of the page is removed (computed once: several steps read it).
 */
final class PageIndex {

    final List<Element> metas = new ArrayList<>();
    final List<Element> jsonLdScripts = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> datePublishedProps = new ArrayList<>();
    final List<Element> authorElements = new ArrayList<>();
    final List<Element> dateNamedElements = new ArrayList<>();
    final List<Element> links = new ArrayList<>();
    final List<Element> embedCandidates = new ArrayList<>();
    Element canonical;
    Element firstFigcaption;

    /** The body's text as {@link Element#text()} gives it, "" without a body. */
    final String bodyText;

    private PageIndex(String bodyText) {
        this.bodyText = bodyText;
    }

    static PageIndex of(Document dom) {
        PageIndex index = new PageIndex(dom.body() == null ? "" : dom.body().text());
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof Element e) index.add(e);
                    }
                },
                dom);
        return index;
    }

    private void add(Element e) {
        switch (e.normalName()) {
            case "meta" -> {
                if (e.hasAttr("content")) metas.add(e);
            }
            case "script" -> {
                if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) jsonLdScripts.add(e);
                if (e.hasAttr("data-telegram-post")) embedCandidates.add(e);
            }
            case "link" -> {
                if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href"))
                    canonical = e;
            }
            case "h1" -> h1s.add(e);
            case "a" -> {
                if (e.hasAttr("href")) links.add(e);
            }
            case "blockquote", "iframe", "lite-youtube" -> embedCandidates.add(e);
            case "time" -> {
                if (e.hasAttr("datetime")) times.add(e);
            }
            case "figcaption" -> {
                if (firstFigcaption == null) firstFigcaption = e;
            }
            default -> {}
        }
        if (e.attributesSize() == 0) return;
        if (e.nameIs("div") && e.hasAttr("data-href")) embedCandidates.add(e);
        String itemprop = e.attr("itemprop");
        if (itemprop.equals("datePublished")) datePublishedProps.add(e);
        // class and id are looked at apart: no name fragment below holds the space that joined them;
        // hasClass (costly: jsoup reads a system property on each call) only where it can be true
        String className = e.className().toLowerCase(Locale.ROOT);
        String id = e.id().toLowerCase(Locale.ROOT);
        if (itemprop.equals("author")
                || e.attr("rel").equals("author")
                || named(className, id, "author-name")
                || named(className, id, "byline__name")
                || (className.contains("author") && e.hasClass("author"))) authorElements.add(e);
        if (named(className, id, "date")
                || named(className, id, "time")
                || named(className, id, "publish")
                || named(className, id, "posted")) dateNamedElements.add(e);
    }

    private static boolean named(String className, String id, String fragment) {
        return className.contains(fragment) || id.contains(fragment);
    }
}
