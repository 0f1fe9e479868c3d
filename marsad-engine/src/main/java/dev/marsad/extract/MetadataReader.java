package dev.marsad.extract;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article's metadata from the page head and markup: 1. JSON-LD, 2. title, 3. canonical
 * URL, 4. dates (JSON-LD, meta tags, {@code <time>}, then the visible date line), 5. authors, 6.
 * lead image and caption, 7. section, site name, language and meta tags. Structured data wins over
 * meta tags, which win over visible text.
 */
final class MetadataReader {

    /** Meta tags naming the publication time, most specific first. */
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time",
            "article:published:time",
            "og:article:published_time",
            "datePublished",
            "pubdate",
            "publishdate",
            "publish-date",
            "publish_date",
            "article.published",
            "sailthru.date",
            "parsely-pub-date",
            "dc.date.issued",
            "dc.date",
            "dcterms.created",
            "date",
            "og:published_time",
            "cxenseparse:recs:publishtime");

    private static final List<String> MODIFIED_META = List.of(
            "article:modified_time",
            "article:modified:time",
            "og:updated_time",
            "dateModified",
            "last-modified",
            "dcterms.modified");

    /** A content-system id (UUID, long hex number) put among the keywords; no reader's tag. */
    private static final java.util.regex.Pattern MACHINE_ID =
            java.util.regex.Pattern.compile("(?i)[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|[0-9a-f]{16,}|\\d{6,}");

    /** A meta keyword longer than this is a sentence stuffed into the keywords, not a tag. */
    private static final int MAX_META_TAG_CHARS = 60;

    /** Right-to-left languages by primary subtag. */
    static final Set<String> RTL_LANGUAGES = Set.of("ar", "fa", "he", "ur", "ps", "ku", "ckb", "dv", "yi", "sd", "ug");

    /** Share of Arabic letters among letters above which a page without a language is "ar". */
    private static final double ARABIC_SCRIPT_SHARE = 0.5;

    private final JsonLdReader jsonLd = new JsonLdReader();
    private final VisibleDates visibleDates;

    MetadataReader(Function<String, Optional<Dated>> dateLineParser) {
        this.visibleDates = new VisibleDates(dateLineParser);
    }

    PageMetadata read(Document dom, PageIndex index, URI url, List<String> warnings) {
        JsonLdArticle ld = jsonLd.read(index.jsonLdScripts, warnings); // 1.
        MetaTags metas = MetaTags.of(index.metas);
        Optional<String> siteName = metas.first("og:site_name").or(ld::publisher);
        Optional<String> docTitle = metas.first("og:title")
                .or(() -> nonBlank(EscapedText.decoded(dom.title())))
                .or(ld::headline);
        List<String> h1s =
                index.h1s.stream().map(h -> EscapedText.decoded(h.text())).toList();
        List<String> otherHeadlines = new ArrayList<>(h1s);
        ld.headline().ifPresent(otherHeadlines::add);
        var context = new TitleCleaner.Context(
                siteName, url.getHost() == null ? "" : url.getHost(), otherHeadlines, pageNames(index, url));
        Optional<String> title = TitleCleaner.clean(docTitle, h1s, context).or(ld::headline); // 2.
        URI canonical = canonical(index, metas, url); // 3.
        Optional<Dated> published = ld.published()
                .flatMap(DateValues::parseDated) // 4.
                .or(() -> firstDate(index, metas, PUBLISHED_META))
                .or(() -> timeElement(index))
                .or(() -> visibleDates.published(dom, index, warnings));
        Optional<Instant> modified = ld.modified()
                .flatMap(DateValues::parse)
                .or(() -> firstDate(index, metas, MODIFIED_META).map(Dated::instant));
        List<String> authors = AuthorReader.read(ld, index, metas); // 5.
        Optional<Image> image = image(index, metas, ld, url); // 6.
        Optional<String> section = metas.first("article:section").or(ld::section); // 7.
        List<String> metaTags = metaTags(metas, ld, url);
        boolean declaresArticle = ld.headline().isPresent()
                || metas.first("og:type")
                        .map(t -> t.toLowerCase(Locale.ROOT).contains("article"))
                        .orElse(false);
        Optional<String> subtitle = subtitle(index)
                .or(ld::alternativeHeadline)
                .or(() -> metas.first("og:description"))
                .or(() -> metas.first("description"));
        return new PageMetadata(
                title,
                canonical,
                subtitle,
                published,
                modified,
                authors,
                image,
                section,
                siteName.or(() -> Optional.ofNullable(url.getHost())),
                language(dom, metas, index.bodyText),
                metaTags,
                ld.body(),
                declaresArticle);
    }

    /** A link text of more words than this is a headline, not the name of a site or section. */
    private static final int MAX_NAME_LINK_WORDS = 5;

    /**
     * The names the page gives its site and sections, read when first asked for: the texts of
     * short links (menus, breadcrumbs, the site's name as a link) and the alt text of an image
     * that links to the home page (the logo of a legacy page that states its name nowhere else).
     */
    private static Supplier<List<String>> pageNames(PageIndex index, URI url) {
        List<String> names = new ArrayList<>();
        return () -> {
            if (!names.isEmpty()) return names;
            for (Element a : index.links) {
                String text = Whitespace.collapse(a.text());
                if (!text.isEmpty() && ProseSignals.words(text) <= MAX_NAME_LINK_WORDS) names.add(text);
                if (text.isEmpty() && isHomeLink(a, url))
                    for (Element img : a.getElementsByTag("img")) names.add(Whitespace.collapse(img.attr("alt")));
            }
            names.add("");
            return names;
        };
    }

    /** A link to the site's home page: "/", "/index.php", or the host's root. */
    private static boolean isHomeLink(Element a, URI url) {
        URI target = EmbedReader.uri(a.absUrl("href")).orElse(null);
        if (target == null || target.getHost() == null || !target.getHost().equalsIgnoreCase(url.getHost()))
            return false;
        String path = target.getPath() == null ? "" : target.getPath();
        return path.isEmpty() || path.equals("/") || path.matches("/(?:index|default|home)\\.\\w{2,5}");
    }

    private static Optional<String> nonBlank(String s) {
        String t = Whitespace.collapse(s);
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    private static URI canonical(PageIndex index, MetaTags metas, URI url) {
        Element link = index.canonical;
        Optional<String> href = link != null ? Optional.of(link.absUrl("href")) : metas.first("og:url");
        return href.filter(h -> h.startsWith("http")).flatMap(EmbedReader::uri).orElse(url);
    }

    private static Optional<Dated> firstDate(PageIndex index, MetaTags metas, List<String> names) {
        for (String name : names) {
            Optional<Dated> d = metas.first(name).flatMap(DateValues::parseDated);
            if (d.isPresent()) return d;
        }
        for (Element e : index.datePublishedProps) {
            if (!names.contains("datePublished")) break;
            Optional<Dated> d = DateValues.parseDated(
                    e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text());
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    private static Optional<Dated> timeElement(PageIndex index) {
        for (Element t : index.times) {
            Optional<Dated> d = DateValues.parseDated(t.attr("datetime"));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /**
     * The lead image the page declares, its URL made absolute against the page's: the Open Graph
     * protocol asks for an absolute URL, but pages also write "/media/lead.jpg" there (issue 15: such
     * pages came out with no image).
     */
    private static Optional<Image> image(PageIndex index, MetaTags metas, JsonLdArticle ld, URI page) {
        Optional<URI> url = metas.first("og:image")
                .or(ld::image)
                .or(() -> metas.first("twitter:image"))
                .flatMap(EmbedReader::uri)
                .flatMap(u -> absolute(u, page));
        if (url.isEmpty()) return Optional.empty();
        Optional<String> caption = Optional.empty();
        Element figcaption = index.firstFigcaption;
        if (figcaption != null) caption = nonBlank(figcaption.text());
        return Optional.of(new Image(url.get(), caption));
    }

    private static Optional<URI> absolute(URI candidate, URI page) {
        if (candidate.isAbsolute()) return Optional.of(candidate);
        try {
            return page.isAbsolute() && !page.isOpaque() ? Optional.of(page.resolve(candidate)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Class words of a subtitle or standfirst placed right after the headline. */
    private static final Set<String> SUBTITLE_NAMES = Set.of(
            "subtitle",
            "sub-title",
            "subheadline",
            "standfirst",
            "lead",
            "article-lead",
            "dek",
            "summary",
            "excerpt",
            "deck");

    /** Elements after the h1 looked at for a subtitle. */
    private static final int SUBTITLE_LOOKAHEAD = 3;

    private static Optional<String> subtitle(PageIndex index) {
        Element h1 = index.h1s.isEmpty() ? null : index.h1s.getFirst();
        Element e = h1 == null ? null : h1.nextElementSibling();
        for (int i = 0; e != null && i < SUBTITLE_LOOKAHEAD; i++, e = e.nextElementSibling()) {
            boolean named = e.classNames().stream().anyMatch(c -> SUBTITLE_NAMES.contains(c.toLowerCase(Locale.ROOT)));
            if (named || e.nameIs("h2") || e.attr("itemprop").equals("alternativeHeadline"))
                return nonBlank(e.text()).filter(s -> s.length() < 500);
        }
        return Optional.empty();
    }

    private static List<String> metaTags(MetaTags metas, JsonLdArticle ld, URI url) {
        Set<String> tags = new LinkedHashSet<>();
        tags.addAll(metas.all("article:tag"));
        tags.addAll(ld.keywords());
        if (tags.isEmpty())
            metas.first("keywords")
                    .or(() -> metas.first("news_keywords"))
                    .ifPresent(k -> tags.addAll(TagReader.splitList(k)));
        String host = url.getHost() == null ? "" : url.getHost().replaceFirst("^www\\.", "");
        tags.removeIf(t -> t.isBlank()
                || t.length() > MAX_META_TAG_CHARS
                || MACHINE_ID.matcher(t).matches()
                || t.equalsIgnoreCase(host));
        return List.copyOf(tags);
    }

    private static String language(Document dom, MetaTags metas, String bodyText) {
        Element html = dom.firstElementChild();
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank())
            lang = metas.first("content-language")
                    .or(() -> metas.first("og:locale"))
                    .orElse("");
        lang = lang.strip().replace('_', '-');
        if (!lang.isEmpty()) return lang.split("-")[0].toLowerCase(Locale.ROOT);
        return arabicShare(bodyText) > ARABIC_SCRIPT_SHARE ? "ar" : "und";
    }

    private static double arabicShare(String text) {
        int letters = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (c >= '\u0600' && c <= '\u06FF') arabic++;
        }
        return letters == 0 ? 0 : (double) arabic / letters;
    }
}
