package dev.marsad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what can never be article text before the body is scored: scripts and styles, forms,
 * navigation, hidden elements, and elements whose names mark them as furniture beyond doubt
 * ({@link ClassHints#drop}). Runs after embeds, tags, related links and the source line
 * have been read, since some of those live in elements removed here.
 */
final class BoilerplateCleaner {

    /**
     * Elements that never hold text a reader sees (code, form controls, embedded objects); the
     * second look of {@link BodyFallback} removes them too.
     */
    static final Set<String> CODE_TAGS = Set.of(
            "head",
            "script",
            "style",
            "noscript",
            "template",
            "svg",
            "canvas",
            "iframe",
            "object",
            "embed",
            "button",
            "input",
            "select",
            "textarea",
            "link",
            "meta",
            "map");

    /** Elements removed with everything inside them: code, media and figure captions. */
    private static final Set<String> DROPPED_TAGS = Stream.concat(
                    CODE_TAGS.stream(), Stream.of("audio", "video", "picture", "source", "figcaption"))
            .collect(Collectors.toUnmodifiableSet());

    /** ARIA landmark roles of page furniture. */
    private static final Set<String> FURNITURE_ROLES =
            Set.of("navigation", "banner", "contentinfo", "complementary", "search");

    /**
     * Landmarks of page furniture, dropped unless they hold most of the page text (broken markup
     * leaves an unclosed {@code <aside>} around the whole article).
     */
    private static final Set<String> LANDMARK_TAGS = Set.of("nav", "aside", "footer", "dialog", "menu");

    /** Inline styles that hide an element. */
    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

    /**
     * A {@code header} element is dropped only when it is small: some sites wrap the whole article
     * in one.
     */
    private static final int MAX_DROPPED_HEADER_CHARS = 600;

    /**
     * A furniture-named element is kept when it holds more than this share of the page text (a
     * site whose article wrapper is called "main-sidebar-layout").
     */
    private static final double MAX_FURNITURE_SHARE = 0.5;

    /**
     * A caption, byline or author box is dropped while it holds fewer non-space characters than
     * this; a larger one may be the article itself (a gallery told in captions).
     */
    private static final int MAX_SMALL_FURNITURE_CHARS = 400;

    /**
     * An element named both as sure furniture and as content ("rail--trending theme-news",
     * "share-box entry-content-bottom") is dropped while it holds fewer non-space characters than
     * this; an article body is longer.
     */
    private static final int MAX_MIXED_FURNITURE_CHARS = 800;

    /** Removes the furniture from {@code dom} in place; {@code pageText} is its text length. */
    void clean(Document dom, int pageText) {
        Element body = dom.body();
        List<Node> doomed = new ArrayList<>();
        Map<Element, String> noscripts = new LinkedHashMap<>();
        Map<Element, Element> standfirsts = new HashMap<>();
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof Comment) {
                            doomed.add(node);
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        if (node instanceof Element e && e.nameIs("noscript")) {
                            String probe = proseProbe(e);
                            if (probe != null) {
                                noscripts.put(e, probe);
                                return FilterResult.CONTINUE;
                            }
                        }
                        if (node instanceof Element e && e != body && isFurniture(e, pageText)) {
                            if (e.nameIs("header") && inArticle(e))
                                LeadFinder.standfirstIn(e).ifPresent(lead -> standfirsts.put(e, lead));
                            doomed.add(e);
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                body);
        standfirsts.forEach(Element::before); // the standfirst stays where its header was
        doomed.forEach(Node::remove);
        InlineLinkBoxes.remove(body);
        if (noscripts.isEmpty()) return;
        String page = body.text();
        noscripts.forEach((noscript, probe) -> {
            int first = page.indexOf(probe);
            boolean onlyCopy = first >= 0 && page.indexOf(probe, first + 1) < 0;
            if (onlyCopy) noscript.unwrap();
            else noscript.remove();
        });
    }

    /**
     * A {@code <noscript>} holding at least this many characters of paragraphs is the article for
     * readers without scripts (the scripted copy sits in a template the parser cannot see).
     */
    private static final int MIN_NOSCRIPT_PROSE_CHARS = 200;

    /** Characters of its first paragraph looked for elsewhere on the page. */
    private static final int NOSCRIPT_PROBE_CHARS = 60;

    /**
     * The start of the first paragraph of {@code noscript} when it holds paragraphs of prose, else
     * null. Such a noscript is kept (unwrapped) when that start appears nowhere else on the page:
     * it is then the article for readers without scripts, not a copy of what the page shows.
     */
    private static String proseProbe(Element noscript) {
        int prose = 0;
        String probe = null;
        for (Element p : noscript.getElementsByTag("p")) {
            String text = p.text();
            prose += TextStats.nonSpace(text);
            if (probe == null && text.length() >= NOSCRIPT_PROBE_CHARS) probe = text.substring(0, NOSCRIPT_PROBE_CHARS);
        }
        return prose < MIN_NOSCRIPT_PROSE_CHARS ? null : probe;
    }

    /**
     * Removes what is furniture only once the body is chosen: bars of links (breadcrumbs, "print |
     * send to a friend" rows) inside {@code roots}. Done after scoring, because such bars tell the
     * body finder that their container is a page section rather than the article. {@code stats}
     * holds the text lengths counted before, so that large elements are passed over at once.
     */
    void cleanBody(List<Element> roots, TextStats stats) {
        List<Node> doomed = new ArrayList<>();
        for (Element root : roots) {
            NodeTraversor.filter(
                    new NodeFilter() {
                        @Override
                        public FilterResult head(Node node, int depth) {
                            if (!(node instanceof Element e) || e == root) return FilterResult.CONTINUE;
                            int chars = stats.text(e);
                            if (chars == 0) return FilterResult.SKIP_ENTIRELY; // no bar, no caption inside
                            boolean bar = chars <= LinkBar.MAX_CHARS && LinkBar.is(e);
                            if (!bar && !(chars <= MAX_CAPTION_CHARS && isImageWithCaption(e)))
                                return FilterResult.CONTINUE;
                            doomed.add(e);
                            return FilterResult.SKIP_ENTIRELY;
                        }
                    },
                    root);
        }
        doomed.forEach(Node::remove);
    }

    /**
     * An image with a short line beside it and nothing else (a table cell, box or gallery slide
     * holding a photo and its caption): the line is a caption, not text. A line that ends a sentence stays.
     */
    private static boolean isImageWithCaption(Element e) {
        if (!CAPTION_HOLDERS.contains(e.normalName())) return false;
        int chars = chars(e);
        if (chars == 0 || chars > MAX_CAPTION_CHARS || !holdsPhoto(e)) return false;
        boolean slide = e.nameIs("li");
        if (slide && !inGallery(e)) return false;
        for (Element inner : e.select(slide ? SLIDE_TEXT_BLOCKS : CAPTION_TEXT_BLOCKS)) if (inner != e) return false;
        return !ProseSignals.endsSentence(e.text());
    }

    /** A list item is a gallery's slide only beside another item that holds a photo. */
    private static boolean inGallery(Element li) {
        Element list = li.parent();
        if (list == null) return false;
        for (Element sibling : list.children()) if (sibling != li && holdsPhoto(sibling)) return true;
        return false;
    }

    /** Holds an image that is a photo, not an emoji or icon set in the text. */
    private static boolean holdsPhoto(Element e) {
        for (Element img : e.getElementsByTag("img")) if (isPhoto(img)) return true;
        return false;
    }

    /** An image drawn this small (width or height attribute, pixels) is an icon, not a photo. */
    private static final int MAX_ICON_PIXELS = 64;

    private static boolean isPhoto(Element img) {
        String names = img.className().toLowerCase(Locale.ROOT);
        if (names.contains("emoji") || names.contains("smiley") || names.contains("icon")) return false;
        return !(drawnAtMost(img.attr("width"), MAX_ICON_PIXELS) || drawnAtMost(img.attr("height"), MAX_ICON_PIXELS));
    }

    private static boolean drawnAtMost(String pixels, int limit) {
        if (pixels.isEmpty() || pixels.length() > 5 || !pixels.chars().allMatch(Character::isDigit)) return false;
        return Integer.parseInt(pixels) <= limit;
    }

    /** Blocks that make a photo holder more than a photo and its caption. */
    private static final String CAPTION_TEXT_BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, blockquote, table";

    /** The same for a list item (a gallery's slide), whose caption is often a paragraph. */
    private static final String SLIDE_TEXT_BLOCKS = "li, h1, h2, h3, h4, h5, h6, blockquote, table";

    /** Elements that may hold a photo and its caption (a list item: a gallery's slide). */
    private static final Set<String> CAPTION_HOLDERS = Set.of("td", "div", "center", "span", "li");

    /** A caption beside an image is at most this many non-space characters. */
    private static final int MAX_CAPTION_CHARS = 150;

    /** Text characters under {@code e}, counted only for the few elements that need it. */
    private static int chars(Element e) {
        return TextStats.nonSpaceUnder(e);
    }

    /** Inside an {@code <article>}: a header there holds the article's headline and standfirst. */
    private static boolean inArticle(Element e) {
        for (Element up = e.parent(); up != null; up = up.parent()) if (up.nameIs("article")) return true;
        return false;
    }

    /**
     * The class "hidden" on its own (Bootstrap's and many sites' display:none: a sign-in box or an
     * offer the page shows only to some readers), when no responsive class beside it ("hidden
     * md:block", Tailwind) shows it on wider screens.
     */
    private static boolean hasHiddenClass(Element e) {
        String cls = e.className();
        if (cls.isEmpty() || !cls.contains(HIDDEN_CLASS)) return false; // most elements stop here
        boolean hidden = false;
        for (String name : cls.split("\\s+")) {
            if (name.indexOf(':') >= 0) return false;
            if (name.equals(HIDDEN_CLASS)) hidden = true;
        }
        return hidden;
    }

    /** The class that hides an element (see {@link #hasHiddenClass}). */
    private static final String HIDDEN_CLASS = "hidden";

    private static boolean isFurniture(Element e, int pageText) {
        String tag = e.normalName();
        if (DROPPED_TAGS.contains(tag)) return true;
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true") || hasHiddenClass(e)) return true;
        String style = e.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) return true; // no matcher per element
        if (FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) return true;
        if (tag.equals("header") && chars(e) < MAX_DROPPED_HEADER_CHARS) return true;
        // ASP.NET pages wrap the whole page in one form: only a form that is not most of it goes
        if (LANDMARK_TAGS.contains(tag)) return chars(e) < pageText * MAX_FURNITURE_SHARE;
        if (tag.equals("form")) return chars(e) < pageText * MAX_FURNITURE_SHARE;
        return switch (ClassHints.drop(e)) {
            case NONE -> false;
            case SURE -> chars(e) < pageText * MAX_FURNITURE_SHARE;
            case MIXED -> chars(e) < Math.min(MAX_MIXED_FURNITURE_CHARS, pageText * MAX_FURNITURE_SHARE);
            case SMALL -> chars(e) < Math.min(MAX_SMALL_FURNITURE_CHARS, pageText * MAX_FURNITURE_SHARE);
        };
    }
}
