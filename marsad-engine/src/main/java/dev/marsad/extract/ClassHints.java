package dev.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it: a hint that it holds the article, or that it
 * is page furniture. Names are split into words at spaces, '-' and '_' ("post-content" is "post"
 * and "content"); two-word names ("related-posts") are matched on neighbouring words too. Word
 * sets instead of regular expressions, because this runs on every element of every page.
 */
final class ClassHints {

    /** Names of containers that usually hold the article text. */
    private static final Set<String> POSITIVE = Set.of(
            "article",
            "articlebody",
            "body",
            "content",
            "entry",
            "hentry",
            "main",
            "post",
            "text",
            "blog",
            "story",
            "detail",
            "details",
            "news",
            "prose",
            "richtext",
            "rich-text",
            "single");

    /** Names of page furniture: comments, sharing, ads, navigation, promotions. */
    private static final Set<String> NEGATIVE = Set.of(
            "comment",
            "comments",
            "disqus",
            "footer",
            "footnote",
            "foot",
            "share",
            "sharing",
            "social",
            "related",
            "sidebar",
            "side",
            "sponsor",
            "sponsored",
            "shopping",
            "promo",
            "promotion",
            "advert",
            "advertisement",
            "ad",
            "ads",
            "adv",
            "banner",
            "breadcrumb",
            "breadcrumbs",
            "newsletter",
            "subscribe",
            "subscription",
            "cookie",
            "consent",
            "popup",
            "modal",
            "nav",
            "navbar",
            "navigation",
            "menu",
            "widget",
            "outbrain",
            "taboola",
            "recommend",
            "recommended",
            "recirc",
            "more-stories",
            "most-read",
            "mostread",
            "popular",
            "trending",
            "author-bio",
            "bio",
            "byline",
            "caption",
            "credit",
            "credits",
            "disclaimer",
            "print",
            "toolbar",
            "rating",
            "skip",
            "pagination",
            "pager",
            "masthead",
            "signup",
            "login",
            "follow",
            "tags",
            "tag-list",
            "taglist",
            "keywords",
            "jump",
            "hidden",
            "sr-only",
            "visually-hidden",
            "screen-reader-text",
            "read-also",
            "readmore",
            "read-more",
            "also-read",
            "teaser",
            "teasers",
            "lightbox",
            "next-article");

    /** Names that mark furniture so surely that the element is dropped before scoring. */
    private static final Set<String> DROP = Set.of(
            "comment",
            "comments",
            // the comment sections of German, French and Spanish sites
            "kommentare",
            "commentaires",
            "comentarios",
            "disqus",
            "share",
            "sharing",
            "social",
            "social-share",
            "share-buttons",
            "sponsor",
            "sponsored",
            "advert",
            "advertisement",
            "ads",
            "adsbygoogle",
            "ad-slot",
            "ad-container",
            "banner-ad",
            "newsletter",
            "cookie",
            "consent",
            "popup",
            "modal",
            // cards that open when the pointer rests on a name in the text: their links are no text
            "tooltip",
            "popover",
            "hovercard",
            "hover-card",
            "outbrain",
            "taboola",
            "recommended",
            "recommendations",
            "recirc",
            "most-read",
            "mostread",
            "trending",
            "related-articles",
            "related-posts",
            "related-stories",
            "read-also",
            "also-read",
            "breadcrumb",
            "breadcrumbs",
            "sr-only",
            "visually-hidden",
            "screen-reader-text",
            "skip-link",
            "signup",
            "subscribe-box",
            "paywall-prompt",
            "print-only",
            "respond",
            "footer",
            "affiliate");

    /**
     * Names of small furniture inside the article: captions, photo credits, bylines and author
     * boxes. Dropped only while small ({@link Drop#SMALL}), since a gallery page may call
     * its whole text "caption".
     */
    private static final Set<String> SMALL_DROP = Set.of(
            "caption",
            "captions",
            "credit",
            "credits",
            "byline",
            "bylines",
            "dateline",
            "author-bio",
            "author-box",
            "author-info",
            "author-card",
            "about-author",
            "bio-box",
            "share-bar",
            "share-box");

    /** Score added for a positive name, subtracted for a negative one. */
    static final int WEIGHT = 25;

    private ClassHints() {}

    /** +WEIGHT, -WEIGHT or 0 (both or neither). */
    static int weight(Element e) {
        String[] words = words(e);
        if (words.length == 0) return 0;
        int w = 0;
        if (matches(words, NEGATIVE)) w -= WEIGHT;
        if (matches(words, POSITIVE)) w += WEIGHT;
        return w;
    }

    /** True when the names say "furniture" and nothing says "content". */
    static boolean isFurniture(Element e) {
        String[] words = words(e);
        return words.length > 0 && matches(words, NEGATIVE) && !matches(words, POSITIVE);
    }

    /** What the names of an element say about dropping it before the body is scored. */
    enum Drop {
        /** Nothing: the element stays. */
        NONE,
        /** Furniture beyond doubt (ads, share bars, comments) and no content name. */
        SURE,
        /** A furniture-beyond-doubt name beside a content name ("share-box entry-content-bottom"). */
        MIXED,
        /** A caption, credit, byline or author box (see SMALL_DROP). */
        SMALL
    }

    /** The drop verdict of the names of {@code e}, read once per element. */
    static Drop drop(Element e) {
        String[] words = words(e, true);
        if (words.length == 0) return Drop.NONE;
        if (matches(words, DROP)) return matches(words, POSITIVE) ? Drop.MIXED : Drop.SURE;
        return matches(words, SMALL_DROP) ? Drop.SMALL : Drop.NONE;
    }

    private static boolean matches(String[] words, Set<String> names) {
        if (names == DROP && hasCookieCompound(words)) return true;
        boolean headed = names == POSITIVE || names == NEGATIVE || names == DROP; // sets PAIR_HEADS knows
        for (int i = 0; i < words.length; i++) {
            if (names.contains(words[i])) return true;
            if (i + 1 < words.length
                    && (!headed || PAIR_HEADS.contains(words[i]))
                    && names.contains(words[i] + "-" + words[i + 1])) return true;
        }
        return false;
    }

    /**
     * A name that glues "cookie" to another word ("cookieconsent", "cookiebanner", "cookiebar",
     * "cookielawinfo"): a cookie or consent box, whatever the second word. "cookies" alone is not
     * one, since a recipe site may tag an article with it.
     */
    private static boolean hasCookieCompound(String[] words) {
        for (String w : words) if (w.length() > COOKIE.length() + 1 && w.startsWith(COOKIE)) return true;
        return false;
    }

    /** The word that, glued to another, names a cookie or consent box. */
    private static final String COOKIE = "cookie";

    /**
     * The first words of the two-word names of the sets above ("related" of "related-posts"): a
     * pair is only joined and looked up when its first word is one of these (words never hold a
     * '-').
     */
    private static final Set<String> PAIR_HEADS = java.util.stream.Stream.of(POSITIVE, NEGATIVE, DROP)
            .flatMap(Set::stream)
            .filter(name -> name.indexOf('-') > 0)
            .map(name -> name.substring(0, name.indexOf('-')))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final String[] NONE = new String[0];

    private static String[] words(Element e) {
        return words(e, false);
    }

    /**
     * The words of the class, id and role of {@code e}; with {@code camel}, "imageEmbedCaption" is
     * also split at its capitals ("image", "embed", "caption").
     */
    private static String[] words(Element e, boolean camel) {
        if (e.attributesSize() == 0) return NONE;
        String cls = e.className();
        String id = e.id();
        String role = e.attr("role");
        if (cls.isEmpty() && id.isEmpty() && role.isEmpty()) return NONE;
        String names = (cls + " " + id + " " + role).strip();
        if (names.isEmpty()) return NONE;
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean separator = c == ' ' || c == '-' || c == '_' || Character.isWhitespace(c);
            boolean capital =
                    camel && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(names.charAt(i - 1));
            if ((separator || capital) && start >= 0) {
                out.add(names.substring(start, i).toLowerCase(Locale.ROOT));
                start = capital ? i : -1;
                continue;
            }
            if (!separator && start < 0) start = i;
        }
        return out.toArray(NONE);
    }
}
