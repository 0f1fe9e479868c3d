package dev.marsad.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it: a hint that it holds the article, or that it
 * is page furniture. Patterns match whole parts of the names ("post-content", "share_buttons").
 */
final class ClassHints {

    /** Names of containers that usually hold the article text. */
    private static final Pattern POSITIVE = Pattern.compile(
            "(^|[-_ ])(article|articlebody|article-body|body|content|entry|hentry|main|post|text|blog|story|detail|details|news|prose|rich-text|richtext|single)($|[-_ ])");

    /** Names of page furniture: comments, sharing, ads, navigation, promotions. */
    private static final Pattern NEGATIVE = Pattern.compile(
            "(^|[-_ ])(comment|comments|disqus|footer|footnote|foot|share|sharing|social|related|sidebar|side|sponsor|sponsored|shopping|promo|promotion|advert|advertisement|ad|ads|adv|banner|breadcrumb|breadcrumbs|newsletter|subscribe|subscription|cookie|consent|popup|modal|nav|navbar|navigation|menu|widget|outbrain|taboola|recommend|recommended|recirc|more-stories|most-read|mostread|popular|trending|author-bio|bio|byline|caption|credit|credits|disclaimer|print|toolbar|rating|skip|pagination|pager|masthead|signup|login|follow|tags|tag-list|taglist|keywords|jump|hidden|sr-only|visually-hidden|screen-reader-text|read-also|readmore|read-more|also-read|teaser|teasers|card|cards|lightbox|gallery-nav|next-article|prev|next)($|[-_ ])");

    /** Names that mark furniture so surely that the element is dropped before scoring. */
    private static final Pattern DROP = Pattern.compile(
            "(^|[-_ ])(comment|comments|disqus|share|sharing|social|social-share|share-buttons|sponsor|sponsored|advert|advertisement|ads|adsbygoogle|ad-slot|ad-container|banner-ad|newsletter|cookie|consent|popup|modal|outbrain|taboola|recommended|recirc|most-read|mostread|trending|related-articles|related-posts|related-stories|read-also|also-read|breadcrumb|breadcrumbs|sr-only|visually-hidden|screen-reader-text|skip-link|signup|subscribe-box|paywall-prompt|print-only)($|[-_ ])");

    /** Score added for a positive name, subtracted for a negative one. */
    static final int WEIGHT = 25;

    private ClassHints() {}

    /** +WEIGHT, -WEIGHT or 0 (both or neither). */
    static int weight(Element e) {
        String names = names(e);
        if (names.isEmpty()) return 0;
        int w = 0;
        if (NEGATIVE.matcher(names).find()) w -= WEIGHT;
        if (POSITIVE.matcher(names).find()) w += WEIGHT;
        return w;
    }

    /** True when the names say "furniture" and nothing says "content". */
    static boolean isFurniture(Element e) {
        String names = names(e);
        return !names.isEmpty()
                && NEGATIVE.matcher(names).find()
                && !POSITIVE.matcher(names).find();
    }

    /** True when the element is page furniture beyond doubt (ads, share bars, comments, …). */
    static boolean isSureFurniture(Element e) {
        String names = names(e);
        return !names.isEmpty() && DROP.matcher(names).find();
    }

    private static String names(Element e) {
        String cls = e.className();
        String id = e.id();
        String role = e.attr("role");
        if (cls.isEmpty() && id.isEmpty() && role.isEmpty()) return "";
        return (cls + " " + id + " " + role).toLowerCase(Locale.ROOT);
    }
}
