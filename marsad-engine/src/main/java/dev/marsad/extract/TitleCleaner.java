package dev.marsad.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Finds the headline without the site name ("… | بوابة الأخبار", "الموقع :: …", "Site - …"). The
 * page's {@code <h1>} wins when it matches a part of the document title; otherwise the document
 * title loses an end part that names the site (its name or web address). A short last part after a
 * bar, or after any separator when the page names no site, is taken for the site name, unless
 * another headline of the page (an h1, the JSON-LD headline) has those words too. A short part
 * that opens with a publisher word ("جريدة …"), or that the page itself shows as a menu or
 * breadcrumb link or as its logo's text, names the site or a section and goes too, at the start as
 * well as at the end ("صدى الأرز :: …", "رياضة محلية :: …").
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

    /** At most this many parts are taken off one title ("الموقع :: القسم :: …" loses two). */
    private static final int MAX_NAME_PARTS = 2;

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
     * @param pageNames the names the page gives its site and sections, asked for only when the
     *     title has parts that other rules do not settle: the texts of short links (menus,
     *     breadcrumbs) and the alt text of a logo that links to the home page
     */
    record Context(
            Optional<String> siteName, String host, List<String> otherHeadlines, Supplier<List<String>> pageNames) {
        Context {
            otherHeadlines = List.copyOf(otherHeadlines);
        }

        /** A context with no names read off the page. */
        Context(Optional<String> siteName, String host, List<String> otherHeadlines) {
            this(siteName, host, otherHeadlines, List::of);
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
        String rest = title;
        for (int i = 0; i < MAX_NAME_PARTS; i++) {
            String shorter = withoutNamedPart(rest, context);
            if (shorter.equals(rest) || shorter.isBlank()) break;
            rest = shorter;
        }
        return rest.equals(title) ? withoutShortSuffix(title, context) : rest;
    }

    /**
     * The title without one part that names the site or a section: 1. a part the site's name or
     * host names, 2. a short part that starts with a publisher word ("جريدة …", "موقع …"), 3. a
     * short part the page itself uses as a link text or logo ("صدى الأرز", "رياضة محلية"), never
     * the longest part.
     */
    private static String withoutNamedPart(String title, Context context) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) return title;
        List<String> keys = siteKeys(context);
        String first = parts[0].strip();
        String last = parts[parts.length - 1].strip();
        if (namesSite(last, keys)) return withoutLast(title, parts);
        if (namesSite(first, keys)) return withoutFirst(title, parts);
        int longest = longestWords(parts);
        if (isPublisherName(last, longest)) return withoutLast(title, parts);
        if (isPublisherName(first, longest)) return withoutFirst(title, parts);
        if (isShortPart(first, longest) || isShortPart(last, longest)) {
            Set<String> names = new HashSet<>();
            for (String n : context.pageNames().get()) names.add(key(n));
            if (isShortPart(first, longest) && names.contains(key(first))) return withoutFirst(title, parts);
            if (isShortPart(last, longest) && names.contains(key(last))) return withoutLast(title, parts);
        }
        return title;
    }

    /** The title without a short last part after a bar, or after any separator when no site is named. */
    private static String withoutShortSuffix(String title, Context context) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) return title;
        String first = parts[0].strip();
        String last = parts[parts.length - 1].strip();
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

    private static String withoutFirst(String title, String[] parts) {
        return title.substring(title.indexOf(parts[1], parts[0].length())).strip();
    }

    private static int longestWords(String[] parts) {
        int most = 0;
        for (String p : parts) most = Math.max(most, ProseSignals.words(p));
        return most;
    }

    /** A part of at most {@link #MAX_SUFFIX_WORDS} words that is shorter than the longest part. */
    private static boolean isShortPart(String part, int longestWords) {
        int words = ProseSignals.words(part);
        return words > 0 && words <= MAX_SUFFIX_WORDS && words < longestWords;
    }

    /** A short part that opens with a word naming a publisher ("جريدة المساء", "موقع الوادي"). */
    private static boolean isPublisherName(String part, int longestWords) {
        if (!isShortPart(part, longestWords)) return false;
        return Markers.leading(Markers.DEFAULT.publisher(), FoldedText.fold(part), Markers.Glue.WORD)
                .isPresent();
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
