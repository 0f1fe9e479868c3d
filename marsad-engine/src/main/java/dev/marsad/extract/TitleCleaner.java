package dev.marsad.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the headline without the site suffix ("… | بوابة الأخبار"). The page's {@code <h1>} wins
 * when it matches a part of the document title; otherwise the document title loses the part that
 * names the site, or a short last part after a separator.
 */
final class TitleCleaner {

    /** Separators between headline and site name in document titles. */
    private static final Pattern SEPARATOR =
            Pattern.compile("\\s+[|\u2013\u2014\u00AB\u00BB:/\\\\-]{1,2}\\s+|\\s*[|]\\s*|\\s+::\\s+");

    /** A site suffix has at most this many words. */
    private static final int MAX_SUFFIX_WORDS = 5;

    private TitleCleaner() {}

    /** The headline, given the document title, the h1 texts and the site name. */
    static Optional<String> clean(Optional<String> documentTitle, List<String> h1s, Optional<String> siteName) {
        String title = documentTitle.map(Whitespace::collapse).orElse("");
        for (String h1 : h1s) {
            String h = Whitespace.collapse(h1);
            if (!h.isEmpty() && (title.isEmpty() || similar(title, h))) return Optional.of(h);
        }
        if (title.isEmpty()) return Optional.empty();
        return Optional.of(stripSuffix(title, siteName));
    }

    private static boolean similar(String title, String h1) {
        String t = FoldedText.fold(title);
        String h = FoldedText.fold(h1);
        return t.contains(h) || h.contains(t) && t.length() * 2 > h.length();
    }

    static String stripSuffix(String title, Optional<String> siteName) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) return title;
        String site = siteName.map(FoldedText::fold).orElse("\u0000");
        String first = parts[0].strip();
        String last = parts[parts.length - 1].strip();
        if (FoldedText.fold(last).equals(site) || FoldedText.fold(last).contains(site))
            return title.substring(0, title.lastIndexOf(parts[parts.length - 1]))
                    .replaceAll("[\\s|\u2013\u2014:/\\\\-]+$", "")
                    .strip();
        if (FoldedText.fold(first).equals(site))
            return title.substring(title.indexOf(parts[1])).strip();
        if (ProseSignals.words(last) <= MAX_SUFFIX_WORDS && ProseSignals.words(last) < ProseSignals.words(first)) {
            String head = title.substring(0, title.lastIndexOf(parts[parts.length - 1]));
            return head.replaceAll("[\\s|\u2013\u2014:/\\\\-]+$", "").strip();
        }
        return title;
    }
}
