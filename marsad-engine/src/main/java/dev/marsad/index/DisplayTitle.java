package dev.marsad.index;

import dev.marsad.arabic.text.DisplayText;
import dev.marsad.extract.Article;
import java.util.regex.Pattern;

/**
 * An article's headline as the site, the API, the feeds and a listed article ({@link ListedArticle}) show it: clean text (no controls or
 * overrides, for articles stored before extraction cleaned them) and without its publisher's name
 * before or after it ("صدى الأرز :: عنوان" and "عنوان | صدى الأرز" → "عنوان"). Extraction removes the
 * name from new articles; this covers those stored before, and names it missed. Stored cards hold the
 * title this gave when the article was put: a change of these rules must bump {@link
 * ListedArticle#CARD_VERSION}, so that stored cards are made again from their records.
 */
public final class DisplayTitle {

    /** What separates a site's name from the headline in a page title: "::", "|", ":", "-", "–", "—", "»". */
    private static final String SEPARATOR = "\\s*(?:::|\\||:|-|\u2013|\u2014|\u00BB)\\s*";

    private DisplayTitle() {}

    /** The article's headline without its site's name. */
    public static String of(Article article) {
        String title = DisplayText.clean(article.title());
        return article.siteName().map(site -> without(title, site)).orElse(title);
    }

    /**
     * {@code title} without {@code site} and a separator at its start or end; the title itself when
     * nothing else would be left. "صدى الأرز :: حريق" → "حريق".
     */
    public static String without(String title, String site) {
        String name = site.strip();
        if (name.isEmpty()) return title;
        String quoted = Pattern.quote(name);
        String stripped = title.replaceFirst("^" + quoted + SEPARATOR, "")
                .replaceFirst(SEPARATOR + quoted + "$", "")
                .strip();
        return stripped.isEmpty() ? title : stripped;
    }
}
