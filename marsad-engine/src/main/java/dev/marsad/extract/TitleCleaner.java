package dev.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the headline without the site name ("… | بوابة الأخبار", "الموقع :: …", "Site - …"). The
 * page's {@code <h1>} wins when it matches a part of the document title; otherwise the document
 * title loses an end part that names the site (its name or web address). A short last part after a
 * bar, or after any separator when the page names no site, is taken for the site name, unless
 * another headline of the page (an h1, the JSON-LD headline) has those words too.
 */
final class TitleCleaner {

    /** Separators between headline and site name in document titles. */
    private static final Pattern SEPARATOR =
            Pattern.compile("\\s+[|\u2013\u2014\u00AB\u00BB\u2022\u00B7:/\\\\-]{1,2}\\s+|\\s*[|\uFF5C]\\s*|\\s+::\\s+");

    /** Separator characters left at the end of a headline whose suffix was cut. */
    private static final String TRAILING_SEPARATORS = "[\\s|\uFF5C\u2013\u2014\u2022\u00B7:/\\\\-]+$";

    /** Bars: the separators that come before a site name, not before a subtitle. */
    private static final String BARS = "|\uFF5C";

    /** A site suffix has at most this many words. */
    private static final int MAX_SUFFIX_WORDS = 5;

    /** A site key shorter than this is too short to be found inside another text ("tv", "rp"). */
    private static final int MIN_CONTAINED_KEY = 4;

    /** Host labels that are not the site's name. */
    private static final List<String> HOST_NOISE = List.of("www", "m", "amp", "news", "arabic");

    private TitleCleaner() {}

    /**
     * The page's names for the headline's context.
     *
     * @param siteName the site name the page states (og:site_name, JSON-LD publisher)
     * @param host the page's host name, "" when unknown
     * @param otherHeadlines other headlines of the page (h1s, JSON-LD headline)
     */
    record Context(Optional<String> siteName, String host, List<String> otherHeadlines) {
        Context {
            otherHeadlines = List.copyOf(otherHeadlines);
        }
    }

    /** The headline, given the document title, the h1 texts and the site name. */
    static Optional<String> clean(Optional<String> documentTitle, List<String> h1s, Optional<String> siteName) {
        return clean(documentTitle, h1s, new Context(siteName, "", h1s));
    }

    /** The headline, given the document title, the h1 texts and the page's context. */
    static Optional<String> clean(Optional<String> documentTitle, List<String> h1s, Context context) {
        String title = documentTitle.map(Whitespace::collapse).orElse("");
        for (String h1 : h1s) {
            String h = Whitespace.collapse(h1);
            if (!h.isEmpty() && (title.isEmpty() || similar(title, h))) return Optional.of(h);
        }
        if (title.isEmpty()) return Optional.empty();
        return Optional.of(stripSuffix(title, context));
    }

    private static boolean similar(String title, String h1) {
        String t = FoldedText.fold(title);
        String h = FoldedText.fold(h1);
        return t.contains(h) || h.contains(t) && t.length() * 2 > h.length();
    }

    static String stripSuffix(String title, Optional<String> siteName) {
        return stripSuffix(title, new Context(siteName, "", List.of()));
    }

    static String stripSuffix(String title, Context context) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) return title;
        List<String> keys = siteKeys(context);
        String first = parts[0].strip();
        String last = parts[parts.length - 1].strip();
        if (namesSite(last, keys)) return withoutLast(title, parts);
        if (namesSite(first, keys))
            return title.substring(title.indexOf(parts[1])).strip();
        boolean siteKnown = context.siteName().isPresent();
        if ((!siteKnown || barBefore(title, parts))
                && ProseSignals.words(last) <= MAX_SUFFIX_WORDS
                && ProseSignals.words(last) < ProseSignals.words(first)
                && !inOtherHeadline(last, title, context.otherHeadlines())) return withoutLast(title, parts);
        return title;
    }

    /** Whether the last part follows a bar, the separator sites put before their name. */
    private static boolean barBefore(String title, String[] parts) {
        String head =
                title.substring(0, title.lastIndexOf(parts[parts.length - 1])).stripTrailing();
        return !head.isEmpty() && BARS.indexOf(head.charAt(head.length() - 1)) >= 0;
    }

    private static String withoutLast(String title, String[] parts) {
        String head = title.substring(0, title.lastIndexOf(parts[parts.length - 1]));
        return head.replaceAll(TRAILING_SEPARATORS, "").strip();
    }

    /** The site's name and web address as keys: folded, letters and digits only. */
    private static List<String> siteKeys(Context context) {
        List<String> keys = new ArrayList<>();
        context.siteName().map(TitleCleaner::key).filter(k -> !k.isEmpty()).ifPresent(keys::add);
        String host = context.host().toLowerCase(Locale.ROOT);
        if (!host.isEmpty()) {
            keys.add(key(host.replaceFirst("^www\\.", "")));
            for (String label : host.split("\\.")) {
                if (label.length() >= MIN_CONTAINED_KEY && !HOST_NOISE.contains(label)) {
                    keys.add(key(label));
                    break;
                }
            }
        }
        return keys;
    }

    private static boolean namesSite(String part, List<String> keys) {
        String p = key(part);
        if (p.isEmpty()) return false;
        for (String k : keys) {
            if (p.equals(k)) return true;
            if (k.length() >= MIN_CONTAINED_KEY && p.contains(k)) return true;
            if (p.length() >= MIN_CONTAINED_KEY && k.contains(p)) return true;
        }
        return false;
    }

    /** Whether a headline other than the title itself (with its site name) holds {@code part}. */
    private static boolean inOtherHeadline(String part, String title, List<String> headlines) {
        String p = key(part);
        String whole = key(title);
        for (String h : headlines) {
            String k = key(h);
            if (!p.isEmpty() && k.contains(p) && !k.contains(whole)) return true;
        }
        return false;
    }

    private static String key(String s) {
        return FoldedText.fold(s).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
