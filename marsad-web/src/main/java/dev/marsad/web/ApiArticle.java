package dev.marsad.web;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Attribution;
import dev.marsad.analyze.DateMention;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.QuantityMention;
import dev.marsad.analyze.Tag;
import dev.marsad.extract.Article;
import dev.marsad.extract.Block;
import dev.marsad.extract.Embed;
import dev.marsad.extract.TimePrecision;
import dev.marsad.index.DisplayTitle;
import dev.marsad.index.IndexedArticle;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one JSON shape of an article, version {@value #VERSION}: what {@code GET /api/articles/{id}},
 * {@code marsad extract}, {@code marsad analyze} and {@code marsad search --json} print, as the
 * OpenAPI document's {@code Article} schema describes it. Every field is always there; what a stage
 * has not made yet is null: {@code marsad extract} has no analysis (tags, entities, dates,
 * quantities, keywords, section are null) and no index fields (id, href, storyId, duplicateOf,
 * copies, copyGroup, related); {@code marsad analyze} has no index fields; copyGroup is null also for
 * an indexed article that has neither an original nor copies. Lists the stage made are never null.
 * Dates are ISO-8601; a publication known only to the day ({@code publishedPrecision: "day"}) has
 * {@code published} at that date's midnight UTC. Enumerations are lower case ("day", "loc").
 *
 * @param version the shape's version, {@value #VERSION}; it grows when a field changes meaning or
 *     goes away (a new field does not change it)
 */
public record ApiArticle(
        int version,
        String id,
        String href,
        URI url,
        URI canonicalUrl,
        String title,
        String subtitle,
        String site,
        String source,
        List<String> authors,
        Instant published,
        String publishedPrecision,
        Instant modified,
        String language,
        ImageView image,
        String publisherSection,
        List<BlockView> body,
        List<EmbedView> embeds,
        List<LinkView> relatedLinks,
        List<TeaserView> teasers,
        String section,
        List<TagView> tags,
        List<EntityView> entities,
        List<DateView> dates,
        List<QuantityView> quantities,
        List<AttributionView> attributions,
        List<String> keywords,
        String storyId,
        String duplicateOf,
        List<ApiBodies.ArticleSummary> copies,
        ApiBodies.CopyGroup copyGroup,
        List<ApiBodies.Related> related) {

    /** The version of this shape. */
    public static final int VERSION = 1;

    /** Who said something: the speaker, the entity id when it is one, the reporting verb and the words. */
    public record AttributionView(String speaker, String entityId, String verb, String text) {}

    /**
     * The lead image: the publisher's URL, its caption and Marsad's own copy of it.
     *
     * @param url where the publisher serves the picture (for reference: a reader's browser should not
     *     be sent there)
     * @param cachedHref Marsad's copy ({@code /img/<hash>-<width>.jpg}, at most the article page's
     *     width), null when Marsad has not fetched the picture or has no picture cache
     */
    public record ImageView(URI url, String caption, String cachedHref) {}

    /**
     * A body block: {@code type} is paragraph, heading, list, quote or table; {@code text} its plain
     * text (a list's items and a table's cells joined by new lines); {@code level} for headings,
     * {@code ordered} and {@code items} for lists, {@code rows} for tables, null otherwise.
     */
    public record BlockView(
            String type, String text, Integer level, Boolean ordered, List<String> items, List<List<String>> rows) {

        static BlockView of(Block block) {
            return switch (block) {
                case Block.Paragraph p -> new BlockView("paragraph", p.text(), null, null, null, null);
                case Block.Heading h -> new BlockView("heading", h.text(), h.level(), null, null, null);
                case Block.ListBlock l -> new BlockView("list", l.text(), null, l.ordered(), l.items(), null);
                case Block.Quote q -> new BlockView("quote", q.text(), null, null, null, null);
                case Block.Table t -> new BlockView("table", t.text(), null, null, null, t.rows());
            };
        }
    }

    /**
     * An embedded post; {@code platform} is x, youtube, facebook, instagram, tiktok, telegram or other;
     * {@code afterBlocks} is where it stands in the article: the number of body blocks before it (0
     * before the first, the body's size after the last), null when its place is not known.
     */
    public record EmbedView(
            String platform, String author, String handle, LocalDate date, String text, URI url, Integer afterBlocks) {}

    /** A related link. */
    public record LinkView(String title, URI url) {}

    /** A teaser of another story. */
    public record TeaserView(String title, String text, URI url, String source) {}

    /** A tag with its key and every spelling seen. */
    public record TagView(String key, String name, List<String> variants) {}

    /**
     * An entity; {@code type} is per, loc or org; {@code in} says whether the article itself names it
     * ("article") or only its related links and teasers ("related").
     */
    public record EntityView(
            String id, String name, String type, List<String> variants, List<String> roles, int mentions, String in) {}

    /**
     * A date the text mentions, resolved against the publication: {@code end} for intervals;
     * {@code grain} is minute, hour, day, week, month or year; {@code weekdayConsistent} null when
     * no weekday is written.
     */
    public record DateView(String text, LocalDate date, LocalDate end, String grain, Boolean weekdayConsistent) {}

    /** A counted quantity. */
    public record QuantityView(String text, BigDecimal value, String unit, boolean approximate) {}

    /** An extracted article, before analysis and indexing ({@code marsad extract}). */
    public static ApiArticle extracted(Article a) {
        return of(a, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), null, List.of());
    }

    /** An analysed article, before indexing ({@code marsad analyze}). */
    public static ApiArticle analyzed(AnalyzedArticle analyzed) {
        return of(
                analyzed.article(),
                Optional.of(analyzed),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                null,
                List.of());
    }

    /** An indexed article, without copies and related reading ({@code marsad search --json}). */
    public static ApiArticle indexed(IndexedArticle indexed) {
        return of(
                indexed.analyzed().article(),
                Optional.of(indexed.analyzed()),
                Optional.of(indexed),
                Optional.empty(),
                List.of(),
                null,
                List.of());
    }

    /**
     * An indexed article with Marsad's copy of its lead image ({@code /img/…}, when kept), its copies,
     * its copy group and related reading (the API).
     */
    static ApiArticle indexed(
            IndexedArticle indexed,
            Optional<String> cachedImage,
            List<ApiBodies.ArticleSummary> copies,
            CopyGroupView group,
            List<ApiBodies.Related> related) {
        return of(
                indexed.analyzed().article(),
                Optional.of(indexed.analyzed()),
                Optional.of(indexed),
                cachedImage,
                copies,
                ApiBodies.CopyGroup.of(group),
                related);
    }

    private static ApiArticle of(
            Article a,
            Optional<AnalyzedArticle> analysis,
            Optional<IndexedArticle> indexed,
            Optional<String> cachedImage,
            List<ApiBodies.ArticleSummary> copies,
            ApiBodies.CopyGroup copyGroup,
            List<ApiBodies.Related> related) {
        return new ApiArticle(
                VERSION,
                indexed.map(IndexedArticle::id).orElse(null),
                indexed.map(i -> "/api/articles/" + SitePaths.segment(i.id())).orElse(null),
                SitePaths.webUri(a.url()).orElse(null),
                SitePaths.webUri(a.canonicalUrl()).orElse(null),
                DisplayTitle.of(a),
                a.subtitle().orElse(null),
                ArticleCard.siteOf(a),
                a.source().orElse(null),
                a.authors(),
                a.published().orElse(null),
                a.published().map(p -> precision(a.publishedPrecision())).orElse(null),
                a.modified().orElse(null),
                a.language(),
                a.image()
                        .flatMap(i -> SitePaths.webUri(i.url())
                                .map(u -> new ImageView(u, i.caption().orElse(null), cachedImage.orElse(null))))
                        .orElse(null),
                a.section().orElse(null),
                a.body().stream().map(BlockView::of).toList(),
                a.embeds().stream().map(ApiArticle::embed).toList(),
                a.relatedLinks().stream()
                        .map(l -> new LinkView(
                                l.title(), l.url().flatMap(SitePaths::webUri).orElse(null)))
                        .toList(),
                a.teasers().stream()
                        .map(t -> new TeaserView(
                                t.title(),
                                t.text(),
                                t.url().flatMap(SitePaths::webUri).orElse(null),
                                t.source().orElse(null)))
                        .toList(),
                analysis.map(x -> lower(x.section().name())).orElse(null),
                analysis.map(x -> x.readerTags().stream().map(ApiArticle::tag).toList())
                        .orElse(null),
                analysis.map(ApiArticle::entities).orElse(null),
                analysis.map(x -> x.dates().stream().map(ApiArticle::date).toList())
                        .orElse(null),
                analysis.map(x -> x.quantities().stream()
                                .map(ApiArticle::quantity)
                                .toList())
                        .orElse(null),
                analysis.map(x -> x.attributions().stream()
                                .map(ApiArticle::attribution)
                                .toList())
                        .orElse(null),
                analysis.map(AnalyzedArticle::keywords).orElse(null),
                indexed.map(IndexedArticle::storyId).orElse(null),
                indexed.flatMap(IndexedArticle::duplicateOf).orElse(null),
                indexed.map(i -> copies).orElse(null),
                copyGroup,
                indexed.map(i -> related).orElse(null));
    }

    /** "day" or "time". */
    static String precision(TimePrecision precision) {
        return lower(precision.name());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Extraction keeps only http(s) links; this is the second line of defence (issue 10). */
    private static EmbedView embed(Embed e) {
        return new EmbedView(
                lower(e.platform().name()),
                e.author().orElse(null),
                e.handle().orElse(null),
                e.date().orElse(null),
                e.text(),
                e.url().flatMap(SitePaths::webUri).orElse(null),
                e.afterBlocks() == Embed.UNPLACED ? null : e.afterBlocks());
    }

    /** The view of a tag: key, display name, spellings. */
    public static TagView tag(Tag t) {
        return new TagView(t.key(), t.name(), t.variants());
    }

    private static List<EntityView> entities(AnalyzedArticle analyzed) {
        return java.util.stream.Stream.concat(
                        analyzed.entities().stream().map(e -> entity(e, "article")),
                        analyzed.relatedEntities().stream().map(e -> entity(e, "related")))
                .toList();
    }

    private static EntityView entity(Entity e, String in) {
        return new EntityView(e.id(), e.name(), lower(e.type().name()), e.variants(), e.roles(), e.mentions(), in);
    }

    /** The view of a resolved date. */
    public static DateView date(DateMention d) {
        return new DateView(
                d.text(),
                d.date(),
                d.end().orElse(null),
                lower(d.grain()),
                d.weekdayConsistent().orElse(null));
    }

    /** The view of a counted quantity. */
    public static QuantityView quantity(QuantityMention q) {
        return new QuantityView(q.text(), q.value(), q.unit().orElse(null), q.approximate());
    }

    /** The view of an attribution. */
    public static AttributionView attribution(Attribution a) {
        return new AttributionView(a.speaker(), a.entityId().orElse(null), a.verb(), a.text());
    }
}
