package dev.marsad.extract;

import dev.marsad.extract.ExtractionOutcome.RejectReason;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Decides whether an extracted page is an article at all: a soft 404, a paywall or login teaser, a
 * search page, a section or index page, or an article shell without text are rejected with the
 * reason; everything else is an article.
 */
final class PageClassifier {

    /** A body with fewer characters than this is empty (a shell, a video page without text). */
    static final int MIN_BODY_CHARS = 80;

    /** A "not found" or paywall message counts only when the body is shorter than this. */
    private static final int MAX_NOTICE_BODY_CHARS = 1200;

    /** Links with a headline-like text (this many words) on a page: a section page has many. */
    private static final int HEADLINE_LINK_WORDS = 4;

    /** Headline links beyond which a page without article evidence is an index page. */
    private static final int MIN_INDEX_HEADLINES = 20;

    /** Long paragraphs (characters) that make a page an article despite many headline links. */
    private static final int LONG_PARAGRAPH_CHARS = 150;

    private static final int MIN_LONG_PARAGRAPHS = 3;

    /** Paragraphs ending like sentences that make a page an article despite many headline links. */
    private static final int MIN_SENTENCE_PARAGRAPHS = 4;

    /** Characters those sentence paragraphs must hold between them. */
    private static final int MIN_SENTENCE_TEXT_CHARS = 300;

    /**
     * Body items opening with a headline link to another page from which a page is a section front
     * (a teaser list); one is enough, as a section may hold a single article, since an article's own
     * text never opens with a link to another article.
     */
    private static final int MIN_TEASER_ITEMS = 1;

    /** Share of the body's text in teaser items at which the page is a list of other articles. */
    private static final double TEASER_SHARE = 0.6;

    /** A verdict: the reason and what was seen, or empty for an article. */
    record Verdict(RejectReason reason, String detail) {}

    /** What the page looked like before furniture was removed. */
    record Signals(List<Element> links, String pageText, String documentTitle) {}

    Optional<Verdict> classify(Signals page, URI url, PageMetadata meta, List<Block> body) {
        Markers markers = Markers.DEFAULT;
        int bodyChars =
                body.stream().mapToInt(b -> TextStats.nonSpace(b.text())).sum();
        String heading = FoldedText.fold(meta.title().orElse("") + " " + page.documentTitle());
        String bodyStart = FoldedText.fold(firstChars(body, 600));
        if (bodyChars < MAX_NOTICE_BODY_CHARS
                && (Markers.containsAny(markers.soft404(), heading)
                        || Markers.containsAny(markers.soft404(), bodyStart)))
            return Optional.of(new Verdict(
                    RejectReason.SOFT_404,
                    "page says not found: '" + meta.title().orElse(page.documentTitle()) + "'"));
        if (bodyChars < MAX_NOTICE_BODY_CHARS
                && Markers.containsAny(markers.paywall(), FoldedText.fold(page.pageText())))
            return Optional.of(new Verdict(
                    RejectReason.PAYWALL, "subscriber or login notice with " + bodyChars + " characters of text"));
        if (isSearchPage(url, heading) && !hasLongParagraphs(body))
            return Optional.of(new Verdict(RejectReason.NOT_AN_ARTICLE, "search page"));
        if (!meta.declaresArticle() && isTeaserList(body, page.links(), url))
            return Optional.of(new Verdict(
                    RejectReason.NOT_AN_ARTICLE, "section front: the body is a list of other articles' headlines"));
        int headlines = meta.declaresArticle() || hasLongParagraphs(body) || hasSentenceParagraphs(body)
                ? 0
                : headlineLinks(page.links());
        if (headlines >= MIN_INDEX_HEADLINES)
            return Optional.of(new Verdict(
                    RejectReason.NOT_AN_ARTICLE, "index page: " + headlines + " headline links, no article text"));
        if (bodyChars < MIN_BODY_CHARS)
            return Optional.of(new Verdict(RejectReason.EMPTY_BODY, "body has " + bodyChars + " characters"));
        return Optional.empty();
    }

    private static boolean isSearchPage(URI url, String heading) {
        String path = Optional.ofNullable(url.getPath()).orElse("").toLowerCase(Locale.ROOT);
        String query = Optional.ofNullable(url.getQuery()).orElse("");
        boolean searchUrl = path.contains("/search") || query.matches("(^|.*&)(q|s|query|search)=.*");
        return searchUrl
                || Markers.leading(Markers.DEFAULT.search(), heading, Markers.Glue.WORD)
                        .isPresent();
    }

    /**
     * Whether the body holds article text: long paragraphs with at least {@link
     * #MIN_LONG_PARAGRAPHS} times {@link #LONG_PARAGRAPH_CHARS} characters between them (three
     * paragraphs, or one long one: terms of a promotion, a short report in one block).
     */
    static boolean hasLongParagraphs(List<Block> body) {
        int chars = 0;
        for (Block b : body) {
            int length = b.text().length();
            if (length >= LONG_PARAGRAPH_CHARS) chars += length;
        }
        return chars >= MIN_LONG_PARAGRAPHS * LONG_PARAGRAPH_CHARS;
    }

    /**
     * Whether the body is running text in short paragraphs: at least {@link #MIN_SENTENCE_PARAGRAPHS}
     * paragraphs that end like sentences, with {@link #MIN_SENTENCE_TEXT_CHARS} characters between
     * them (a news brief in one-sentence paragraphs, as agencies write them).
     */
    static boolean hasSentenceParagraphs(List<Block> body) {
        int paragraphs = 0;
        int chars = 0;
        for (Block b : body) {
            if (!(b instanceof Block.Paragraph p) || !ProseSignals.endsSentence(p.text())) continue;
            paragraphs++;
            chars += p.text().length();
        }
        return paragraphs >= MIN_SENTENCE_PARAGRAPHS && chars >= MIN_SENTENCE_TEXT_CHARS;
    }

    /**
     * Whether most of the body is items that each open with a headline link (headline, date,
     * summary, as section fronts list articles), rather than running text.
     */
    static boolean isTeaserList(List<Block> body, List<Element> links, URI url) {
        var headlines = new java.util.HashSet<String>();
        for (Element a : links) {
            String text = a.text().strip();
            if (ProseSignals.words(text) >= HEADLINE_LINK_WORDS && !pointsTo(a, url)) headlines.add(text);
        }
        if (headlines.size() < MIN_TEASER_ITEMS) return false;
        if (!body.isEmpty()
                && body.getFirst() instanceof Block.Heading heading
                && headlines.contains(heading.text().strip()))
            return true; // the body opens with another article's linked headline: a one-item section
        int items = 0;
        long teaserChars = 0;
        long allChars = 0;
        for (Block block : body) {
            List<String> parts = block instanceof Block.ListBlock list ? list.items() : List.of(block.text());
            for (String part : parts) {
                int chars = TextStats.nonSpace(part);
                allChars += chars;
                if (opensWithAny(part.strip(), headlines)) {
                    items++;
                    teaserChars += chars;
                }
            }
        }
        return items >= MIN_TEASER_ITEMS && teaserChars >= TEASER_SHARE * allChars;
    }

    /** Whether a link leads to the page itself (a headline linked to its own article). */
    private static boolean pointsTo(Element link, URI url) {
        String href = link.attr("abs:href");
        if (href.isEmpty()) href = link.attr("href");
        int hash = href.indexOf('#');
        String target = hash < 0 ? href : href.substring(0, hash);
        String self = url.toString();
        return target.isEmpty() || target.equals(self) || url.getPath() != null && target.equals(url.getPath());
    }

    private static boolean opensWithAny(String text, java.util.Set<String> headlines) {
        for (String headline : headlines) if (text.startsWith(headline)) return true;
        return false;
    }

    private static int headlineLinks(List<Element> links) {
        int n = 0;
        for (Element a : links) if (ProseSignals.words(a.text()) >= HEADLINE_LINK_WORDS) n++;
        return n;
    }

    private static String firstChars(List<Block> body, int n) {
        StringBuilder sb = new StringBuilder();
        for (Block b : body) {
            if (sb.length() >= n) break;
            sb.append(b.text()).append(' ');
        }
        return sb.length() > n ? sb.substring(0, n) : sb.toString();
    }
}
