package dev.marsad.extract;

import dev.marsad.arabic.date.DateLineParser;
import dev.marsad.arabic.text.DisplayText;
import dev.marsad.crawl.Page;
import dev.marsad.extract.ExtractionOutcome.Extracted;
import dev.marsad.extract.ExtractionOutcome.RejectReason;
import dev.marsad.extract.ExtractionOutcome.Rejected;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads one fetched page into an {@link Article}: a pure function of the page's bytes, URL and
 * headers. It never returns null and never throws for a bad page; what is not an article comes
 * back as {@link Rejected} with the reason.
 *
 * <p>The steps, each a method below: 1. check the HTTP status, 2. decode the bytes (gzip, size
 * cap, charset), 3. parse with a depth limit, 4. read the metadata (JSON-LD, meta, dates, title),
 * 5. read and remove the marked parts (embeds, related links, teasers, tags, source line), 6.
 * remove furniture, 7. find the body and turn it into blocks, 8. check the body against JSON-LD,
 * 9. polish (pasted tweets, agency tag), 10. classify (soft 404, paywall, index page, empty) and
 * assemble, 11. scrub the texts and links ({@link ArticleScrubber}: no control characters or bidi
 * overrides, only http(s) links).
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class ArticleExtractor {

    /** Elements nested deeper than this are flattened by the parser (a 100,000-deep DOM). */
    static final int MAX_DOM_DEPTH = 256;

    private final PageDecoder decoder = new PageDecoder();
    private final MetadataReader metadataReader;

    /**
     * An extractor that reads visible date lines ("تاريخ النشر: 20th, September 2023 GMT" →
     * 2023-09-20T00:00Z) with marsad-arabic's {@link DateLineParser}.
     */
    public ArticleExtractor() {
        this(line -> DateLineParser.parse(line).map(ZonedDateTime::toInstant).or(() -> DateValues.parse(line)));
    }

    /** An extractor that reads visible date lines with {@code dateLineParser} (whole line in). */
    ArticleExtractor(Function<String, Optional<Instant>> dateLineParser) {
        this.metadataReader = new MetadataReader(dateLineParser);
    }

    /**
     * Extracts the article of {@code page}.
     *
     * @return {@link Extracted} with the article and warnings, or {@link Rejected} saying why the
     *     page is not an article (HTTP error, not HTML, soft 404, paywall, index page, empty body)
     */
    public ExtractionOutcome extract(Page page) {
        try {
            return run(page);
        } catch (RuntimeException | StackOverflowError e) {
            return new Rejected(
                    page.url(), RejectReason.EXTRACTOR_FAILURE, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private ExtractionOutcome run(Page page) {
        if (page.status() < 200 || page.status() >= 300) { // 1.
            return new Rejected(page.url(), RejectReason.HTTP_ERROR, "HTTP status " + page.status());
        }
        PageDecoder.Decoded decoded = decoder.decode(page); // 2.
        if (decoded instanceof PageDecoder.Unreadable u) return new Rejected(page.url(), u.reason(), u.detail());
        PageDecoder.Text text = (PageDecoder.Text) decoded;
        List<String> warnings = new ArrayList<>(text.warnings());
        Document dom = parse(text, page); // 3.
        PageIndex index = PageIndex.of(dom);
        PageMetadata meta = metadataReader.read(dom, index, page.url(), warnings); // 4.
        String pageText = index.bodyText;
        PageClassifier.Signals signals = new PageClassifier.Signals(index.links, pageText, dom.title());
        PageParts parts = new PartsReader().readAndRemove(dom.body(), index.embedCandidates, pageText); // 5.
        new BoilerplateCleaner().clean(dom, TextStats.nonSpace(pageText)); // 6.
        List<Block> blocks = findBody(dom); // 7.
        if (BodyFallback.isShort(blocks))
            blocks = BodyFallback.better(blocks, text.html(), page.url().toString());
        Optional<List<Block>> structured =
                StructuredBodyCheck.preferStructured(blocks, meta.structuredBody(), pageText); // 8.
        if (structured.isPresent()) {
            blocks = structured.get();
            warnings.add("body taken from JSON-LD articleBody (the page markup held too little text)");
        }
        BodyPolisher.Polished polished = new BodyPolisher().polish(blocks, meta.title()); // 9.
        Optional<PageClassifier.Verdict> verdict =
                new PageClassifier().classify(signals, page.url(), meta, polished.body()); // 10.
        if (verdict.isPresent()) {
            return new Rejected(
                    page.url(), verdict.get().reason(), verdict.get().detail());
        }
        return new Extracted(ArticleScrubber.scrub(assemble(page, meta, parts, polished, warnings)), warnings); // 11.
    }

    /**
     * Parses the page while decoding it; when a byte turns out not to be UTF-8 on the way, parses
     * the lenient text instead (with U+FFFD for such bytes).
     */
    private static Document parse(PageDecoder.Text text, Page page) {
        Optional<Reader> stream = text.strictReader();
        if (stream.isPresent()) {
            try (Reader in = stream.get()) {
                return withBody(parser().parseInput(in, page.url().toString()));
            } catch (IOException | UncheckedIOException e) {
                // a malformed byte: read the lenient text below
            }
        }
        return withBody(parser().parseInput(text.html(), page.url().toString()));
    }

    private static Parser parser() {
        return Parser.htmlParser().setMaxDepth(MAX_DOM_DEPTH);
    }

    private static Document withBody(Document dom) {
        if (dom.body() == null) dom.appendElement("body");
        return dom;
    }

    private static List<Block> findBody(Document dom) {
        Element body = dom.body();
        TextStats stats = TextStats.of(body);
        List<Element> roots = new LeadFinder(stats).withLead(new BodyFinder(stats).find(body));
        new BoilerplateCleaner().cleanBody(roots, stats);
        return new BlockAssembler(stats).assemble(roots);
    }

    private static Article assemble(
            Page page, PageMetadata meta, PageParts parts, BodyPolisher.Polished polished, List<String> warnings) {
        String title = meta.title()
                .map(DisplayText::clean)
                .filter(t -> !t.isBlank())
                .orElseGet(() -> {
                    warnings.add("no title on the page; the first words of the body stand in");
                    String first = DisplayText.clean(polished.body().getFirst().text());
                    return first.length() <= 80 ? first : first.substring(0, 80).strip() + "\u2026";
                });
        List<Embed> embeds = new ArrayList<>(parts.embeds());
        embeds.addAll(polished.embeds());
        List<String> tags = parts.tags().isEmpty() ? meta.metaTags() : parts.tags();
        return new Article(
                page.url(),
                meta.canonicalUrl(),
                title,
                meta.subtitle(),
                meta.published(),
                meta.modified(),
                meta.authors(),
                meta.image(),
                meta.section(),
                meta.siteName(),
                meta.language(),
                polished.body(),
                parts.source().or(polished::agency),
                tags,
                parts.relatedLinks(),
                embeds,
                parts.teasers());
    }
}
