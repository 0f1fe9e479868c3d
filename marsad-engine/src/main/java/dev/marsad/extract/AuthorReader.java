package dev.marsad.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds an article's authors, first source that names someone wins: 1. JSON-LD persons, 2. author
 * meta tags (including the "Written by" label/data pairs that blog engines put in Twitter
 * cards), 3. elements marked as author (itemprop, rel, class) in the first byline group only, 4.
 * links to an author page ("/author/name") in the first byline group, 5. a labelled byline
 * ("كتب …", "بقلم …", "By …") in the article header after the headline. Every value goes through
 * {@link Bylines#names(String)}.
 */
final class AuthorReader {

    /** Author meta tags, most specific first. */
    private static final List<String> AUTHOR_META = List.of(
            "author",
            "article:author",
            "dc.creator",
            "parsely-author",
            "sailthru.author",
            "cxenseparse:author",
            "byl",
            "twitter:misc:written by");

    /** Twitter-card label/data pairs checked for a "Written by" label. */
    private static final int TWITTER_LABEL_PAIRS = 4;

    /** Labels of a Twitter-card data field that names the author. */
    private static final Set<String> WRITTEN_BY_LABELS =
            Set.of("written by", "author", "verfasst von", "autor", "auteur");

    /** Levels above the first author element that make up its byline group. */
    private static final int BYLINE_GROUP_LEVELS = 2;

    /** An author page link: a path segment naming authors, then the author's own segment. */
    private static final Pattern AUTHOR_PAGE = Pattern.compile(
            "/(?:author|authors|autor|autoren|auteur|reporter|writer|writers|journalist|kuttab|katib)/[^/?#]+/?(?:[?#].*)?$",
            Pattern.CASE_INSENSITIVE);

    /** Levels above the headline searched for a labelled byline. */
    private static final int HEADER_LEVELS = 3;

    /** Elements after the headline looked at for a labelled byline. */
    private static final int HEADER_LOOKAHEAD = 300;

    /** An element with more children than this is a container, not a byline (its text is not built). */
    private static final int MAX_BYLINE_CHILDREN = 8;

    /** A labelled byline is short: label, a few names, maybe a date. */
    private static final int MAX_BYLINE_CHARS = 100;

    private AuthorReader() {}

    static List<String> read(JsonLdArticle ld, PageIndex index, MetaTags metas) {
        List<String> names = Bylines.names(ld.authors()); // 1.
        if (names.isEmpty()) names = fromMeta(metas); // 2.
        if (names.isEmpty()) names = firstGroup(index.authorElements, e -> true); // 3.
        if (names.isEmpty()) names = firstGroup(authorLinks(index), e -> true); // 4.
        if (names.isEmpty()) names = labelledByline(index); // 5.
        return names;
    }

    private static List<String> fromMeta(MetaTags metas) {
        for (String key : AUTHOR_META) {
            Optional<String> v = metas.first(key).filter(s -> !s.startsWith("http"));
            List<String> names = v.map(Bylines::names).orElse(List.of());
            if (!names.isEmpty()) return names;
        }
        for (int i = 1; i <= TWITTER_LABEL_PAIRS; i++) {
            Optional<String> label = metas.first("twitter:label" + i);
            if (label.isEmpty() || !WRITTEN_BY_LABELS.contains(label.get().toLowerCase(Locale.ROOT))) continue;
            List<String> names =
                    metas.first("twitter:data" + i).map(Bylines::names).orElse(List.of());
            if (!names.isEmpty()) return names;
        }
        return List.of();
    }

    /**
     * The names of the elements in the first byline group: the first element and those that share
     * its ancestor {@link #BYLINE_GROUP_LEVELS} up. Teasers further down the page carry bylines of
     * other articles.
     */
    private static List<String> firstGroup(List<Element> elements, java.util.function.Predicate<Element> keep) {
        Set<String> names = new LinkedHashSet<>();
        Element group = null;
        for (Element e : elements) {
            List<String> found = Bylines.names(e.text());
            if (found.isEmpty() || !keep.test(e)) continue;
            if (group == null) group = ancestor(e, BYLINE_GROUP_LEVELS);
            else if (!e.parents().contains(group)) continue;
            names.addAll(found);
        }
        return List.copyOf(names);
    }

    private static Element ancestor(Element e, int levels) {
        Element a = e;
        for (int i = 0; i < levels && a.parent() != null; i++) a = a.parent();
        return a;
    }

    private static List<Element> authorLinks(PageIndex index) {
        List<Element> out = new ArrayList<>();
        for (Element a : index.links) {
            if (AUTHOR_PAGE.matcher(a.attr("href")).find()) out.add(a);
        }
        return out;
    }

    /** 5. A short element after the headline, in the article header, that starts with a byline label. */
    private static List<String> labelledByline(PageIndex index) {
        if (index.h1s.isEmpty()) return List.of();
        Element h1 = index.h1s.getFirst();
        Element header = ancestor(h1, HEADER_LEVELS);
        boolean afterHeadline = false;
        int seen = 0;
        for (Element e : header.getAllElements()) {
            if (e == h1) afterHeadline = true;
            if (!afterHeadline || e == h1) continue;
            if (seen++ > HEADER_LOOKAHEAD) break;
            if (e.childrenSize() > MAX_BYLINE_CHILDREN) continue; // a container, not a byline
            String text = e.text();
            if (text.isEmpty() || text.length() > MAX_BYLINE_CHARS) continue;
            String folded = FoldedText.fold(Whitespace.collapse(text));
            if (Markers.leading(Markers.DEFAULT.byline(), folded, Markers.Glue.WORD)
                    .isEmpty()) continue;
            List<String> names = Bylines.names(text);
            if (!names.isEmpty()) return names;
        }
        return List.of();
    }
}
