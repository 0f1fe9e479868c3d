package dev.marsad.extract;

import dev.marsad.arabic.date.DateLineParser;
import dev.marsad.arabic.date.Grain;
import dev.marsad.arabic.text.DisplayText;
import dev.marsad.crawl.Page;
import dev.marsad.extract.ExtractionOutcome.Extracted;
import dev.marsad.extract.ExtractionOutcome.RejectReason;
import dev.marsad.extract.ExtractionOutcome.Rejected;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 * remove furniture, 7. find the body (the {@link NodeModel} may choose its container) and turn it
 * into blocks, 8. check the body against JSON-LD,
 * 9. polish (pasted tweets, agency tag), let the {@link BlockModel} veto blocks and the {@link
 * EdgeModel} cut a run at either edge, 10. classify (soft 404, paywall, index page, empty) and
 * assemble, 11. scrub the texts and links ({@link ArticleScrubber}: no control characters or bidi
 * overrides, only http(s) links).
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class ArticleExtractor {

    /** Elements nested deeper than this are flattened by the parser (a 100,000-deep DOM). */
    static final int MAX_DOM_DEPTH = 256;

    /**
     * A page with more paragraph elements is not read further (issue 10: 40,000 short paragraphs
     * took 66 s in analysis); a long article has a few hundred. Other elements are not counted: a
     * page of 400,000 spans or a DOM 100,000 deep is read quickly (ExtractorLimitsTest).
     */
    static final int MAX_PARAGRAPH_ELEMENTS = 5_000;

    /** A body of more blocks is not analysed: no news article has them, a dump of a forum might. */
    static final int MAX_BODY_BLOCKS = 2_000;

    /** A body of more characters is not analysed (about 40,000 words; long reads have 10,000). */
    static final int MAX_BODY_CHARS = 300_000;

    private final PageDecoder decoder = new PageDecoder();
    private final MetadataReader metadataReader;
    private final BlockModel blockModel;
    private final NodeModel nodeModel;
    private final EdgeModel edgeModel;

    /**
     * An extractor that reads visible date lines ("تاريخ النشر: 20th, September 2023 GMT" →
     * 2023-09-20T00:00Z) with marsad-arabic's {@link DateLineParser}, chooses the body's container
     * with the bundled {@link NodeModel}, judges the body's blocks with the bundled {@link
     * BlockModel} and cuts its edges with the bundled {@link EdgeModel}.
     */
    public ArticleExtractor() {
        this(BlockModel.bundled(), NodeModel.bundled(), EdgeModel.bundled());
    }

    /**
     * As {@link #ArticleExtractor()}, with {@code blockModel} as the veto on the body's blocks and
     * the rules' choice of the body's container ({@link BlockModel#none()}: the rules alone).
     */
    public ArticleExtractor(BlockModel blockModel) {
        this(blockModel, NodeModel.none());
    }

    /**
     * As {@link #ArticleExtractor()}, with {@code nodeModel} choosing the body's container and
     * {@code blockModel} as the veto on its blocks, and no edge cut ({@code none()} of each: the
     * rules alone).
     */
    public ArticleExtractor(BlockModel blockModel, NodeModel nodeModel) {
        this(blockModel, nodeModel, EdgeModel.none());
    }

    /**
     * As {@link #ArticleExtractor()}, with {@code nodeModel} choosing the body's container, {@code
     * blockModel} as the veto on its blocks and {@code edgeModel} cutting its edges ({@code none()}
     * of each: the rules alone).
     */
    public ArticleExtractor(BlockModel blockModel, NodeModel nodeModel, EdgeModel edgeModel) {
        this(
                line -> DateLineParser.parseMention(line)
                        .map(m -> new Dated(
                                m.from().toInstant(), m.grain() == Grain.DAY ? TimePrecision.DAY : TimePrecision.TIME))
                        .or(() -> DateValues.parseDated(line)),
                blockModel,
                nodeModel,
                edgeModel);
    }

    /** An extractor that reads visible date lines with {@code dateLineParser} (whole line in). */
    ArticleExtractor(
            Function<String, Optional<Dated>> dateLineParser,
            BlockModel blockModel,
            NodeModel nodeModel,
            EdgeModel edgeModel) {
        this.metadataReader = new MetadataReader(dateLineParser);
        this.blockModel = Objects.requireNonNull(blockModel, "blockModel");
        this.nodeModel = Objects.requireNonNull(nodeModel, "nodeModel");
        this.edgeModel = Objects.requireNonNull(edgeModel, "edgeModel");
    }

    /**
     * Extracts the article of {@code page}.
     *
     * @return {@link Extracted} with the article and warnings, or {@link Rejected} saying why the
     *     page is not an article (HTTP error, not HTML, soft 404, paywall, index page, empty body)
     */
    public ExtractionOutcome extract(Page page) {
        return extract(page, WorkBudget.unlimited());
    }

    /**
     * Extracts the article of {@code page} within {@code budget}, checked between the steps.
     *
     * @return as {@link #extract(Page)}, or {@link Rejected} with {@link RejectReason#OVER_BUDGET}
     *     when the budget ran out, and {@link RejectReason#TOO_LARGE} for a page with more elements,
     *     paragraphs or body text than is read
     */
    public ExtractionOutcome extract(Page page, WorkBudget budget) {
        return extract(page, budget, BlockVeto.Taps.NONE, choice());
    }

    /**
     * The body's blocks of {@code page} as the block model sees them, before its veto (the rules'
     * body), with their features; empty when the page is rejected. For training a {@link
     * BlockModel} on pages whose article text is known.
     */
    public List<BlockSample> blockSamples(Page page) {
        List<BlockSample> out = new ArrayList<>();
        ExtractionOutcome outcome =
                extract(page, WorkBudget.unlimited(), new BlockVeto.Taps(out::addAll, samples -> {}), choice());
        return outcome instanceof Extracted ? out : List.of();
    }

    /**
     * The body of {@code page} as the edge model sees it (the blocks the block model kept, before
     * the cut, and the runs at their edges); empty when the page is rejected. For training an
     * {@link EdgeModel} on pages whose article text is known.
     */
    public EdgeModel.Body edgeBody(Page page) {
        List<EdgeModel.Body> out = new ArrayList<>();
        ExtractionOutcome outcome =
                extract(page, WorkBudget.unlimited(), new BlockVeto.Taps(samples -> {}, out::add), choice());
        return outcome instanceof Extracted && !out.isEmpty() ? out.getFirst() : EdgeModel.Body.EMPTY;
    }

    /**
     * The features of the containers the body finder considers on {@code page} ({@link
     * NodeModel#featureNames()} in order), the rules' choice first; empty when the page has no
     * candidate (rejected before the body is looked for, or no prose). For training a {@link
     * NodeModel} on pages whose article text is known, with {@link #extractWithNode}.
     */
    public List<double[]> nodeCandidates(Page page) {
        List<double[]> out = new ArrayList<>();
        extract(page, WorkBudget.unlimited(), BlockVeto.Taps.NONE, features -> {
            out.addAll(features);
            return 0;
        });
        return out;
    }

    /**
     * Extracts {@code page} with candidate {@code candidate} of {@link #nodeCandidates} as the
     * body's container (0: the rules' choice).
     *
     * @return as {@link #extract(Page)}; {@link Rejected} with {@link
     *     RejectReason#EXTRACTOR_FAILURE} when the page has no such candidate
     */
    public ExtractionOutcome extractWithNode(Page page, int candidate) {
        return extract(page, WorkBudget.unlimited(), BlockVeto.Taps.NONE, features -> candidate);
    }

    private NodeChoice choice() {
        return nodeModel.isActive() ? nodeModel : NodeChoice.RULES;
    }

    private ExtractionOutcome extract(Page page, WorkBudget budget, BlockVeto.Taps taps, NodeChoice choice) {
        try {
            return run(page, budget, taps, choice);
        } catch (WorkBudget.OverBudget e) {
            return new Rejected(page.url(), RejectReason.OVER_BUDGET, "extract: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Rejected(
                    page.url(), RejectReason.EXTRACTOR_FAILURE, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private ExtractionOutcome run(Page page, WorkBudget budget, BlockVeto.Taps taps, NodeChoice choice) {
        if (page.status() < 200 || page.status() >= 300) { // 1.
            return new Rejected(page.url(), RejectReason.HTTP_ERROR, "HTTP status " + page.status());
        }
        PageDecoder.Decoded decoded = decoder.decode(page); // 2.
        if (decoded instanceof PageDecoder.Unreadable u) return new Rejected(page.url(), u.reason(), u.detail());
        PageDecoder.Text text = (PageDecoder.Text) decoded;
        List<String> warnings = new ArrayList<>(text.warnings());
        Document dom = parse(text, page); // 3.
        budget.check("extract: parsed");
        Optional<String> tooLarge = tooLarge(dom);
        if (tooLarge.isPresent()) return new Rejected(page.url(), RejectReason.TOO_LARGE, tooLarge.get());
        PageIndex index = PageIndex.of(dom);
        PageMetadata meta = metadataReader.read(dom, index, page.url(), warnings); // 4.
        String pageText = index.bodyText;
        PageClassifier.Signals signals = new PageClassifier.Signals(index.links, pageText, dom.title());
        PageParts parts = new PartsReader().readAndRemove(dom.body(), index.embedCandidates, pageText); // 5.
        parts = parts.withTeasers(headlineTeasers(index, meta, page));
        budget.check("extract: metadata and marked parts read");
        new BoilerplateCleaner().clean(dom, TextStats.nonSpace(pageText)); // 6.
        budget.check("extract: furniture removed");
        BlockAssembler assembled = new BlockAssembler(TextStats.of(dom.body()));
        List<Block> blocks = findBody(dom, assembled, choice); // 7.
        budget.check("extract: body found");
        if (BodyFallback.isShort(blocks))
            blocks = BodyFallback.better(blocks, text.html(), page.url().toString());
        Optional<List<Block>> structured =
                StructuredBodyCheck.preferStructured(blocks, meta.structuredBody(), pageText); // 8.
        if (structured.isPresent()) {
            blocks = structured.get();
            warnings.add("body taken from JSON-LD articleBody (the page markup held too little text)");
        }
        BodyPolisher.Polished ruled = new BodyPolisher().polish(blocks, meta.title()); // 9.
        BodyPolisher.Polished polished = BlockVeto.judge(
                ruled, assembled.origins(), blockModel, edgeModel, EdgeHints.of(page.url(), meta), taps);
        Optional<String> bodyTooLarge = tooLarge(polished.body());
        if (bodyTooLarge.isPresent()) return new Rejected(page.url(), RejectReason.TOO_LARGE, bodyTooLarge.get());
        var classifier = new PageClassifier();
        Optional<PageClassifier.Verdict> verdict =
                classifier.classify(signals, page.url(), meta, polished.body()); // 10.
        if (verdict.isPresent() && polished != ruled) {
            // the veto and the cut only trim an article: they never turn one the rules accept into a rejection
            verdict = classifier.classify(signals, page.url(), meta, ruled.body());
            if (verdict.isEmpty()) polished = ruled;
        }
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

    /** Why the parsed page is too large to read further, if it is. */
    private static Optional<String> tooLarge(Document dom) {
        int paragraphs = dom.getElementsByTag("p").size();
        if (paragraphs > MAX_PARAGRAPH_ELEMENTS)
            return Optional.of(
                    "page has " + paragraphs + " paragraphs; at most " + MAX_PARAGRAPH_ELEMENTS + " are read");
        return Optional.empty();
    }

    /** Why the body is too large to analyse, if it is. */
    private static Optional<String> tooLarge(List<Block> body) {
        if (body.size() > MAX_BODY_BLOCKS)
            return Optional.of("body has " + body.size() + " blocks; at most " + MAX_BODY_BLOCKS + " are analysed");
        long chars = body.stream().mapToLong(b -> b.text().length()).sum();
        if (chars > MAX_BODY_CHARS)
            return Optional.of("body has " + chars + " characters; at most " + MAX_BODY_CHARS + " are analysed");
        return Optional.empty();
    }

    private static Parser parser() {
        return Parser.htmlParser().setMaxDepth(MAX_DOM_DEPTH);
    }

    private static Document withBody(Document dom) {
        if (dom.body() == null) dom.appendElement("body");
        return dom;
    }

    /** The teasers of other stories beside the headline (5.), removed from the page. */
    private static List<Teaser> headlineTeasers(PageIndex index, PageMetadata meta, Page page) {
        Element headline = null;
        for (Element h1 : index.h1s) {
            boolean isTitle = meta.title()
                    .map(t -> t.equals(Whitespace.collapse(EscapedText.decoded(h1.text()))))
                    .orElse(false);
            if (isTitle && h1.parent() != null) {
                headline = h1;
                break;
            }
        }
        return headline == null ? List.of() : HeadlineTeasers.readAndRemove(headline, page.url());
    }

    private static List<Block> findBody(Document dom, BlockAssembler assembler, NodeChoice choice) {
        Element body = dom.body();
        TextStats stats = assembler.stats();
        List<Element> roots = new LeadFinder(stats).withLead(new BodyFinder(stats).find(body, choice));
        new BoilerplateCleaner().cleanBody(roots, stats);
        return assembler.assemble(roots);
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
        List<EmbedPlaces.Anchored> anchored = new ArrayList<>(parts.embeds());
        anchored.addAll(polished.embeds());
        List<Embed> embeds = EmbedPlaces.place(anchored, polished.body(), meta.title());
        List<String> tags = parts.tags().isEmpty() ? meta.metaTags() : parts.tags();
        return new Article(
                page.url(),
                meta.canonicalUrl(),
                title,
                meta.subtitle(),
                meta.published().map(Dated::instant),
                meta.published().map(Dated::precision).orElse(TimePrecision.TIME),
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
