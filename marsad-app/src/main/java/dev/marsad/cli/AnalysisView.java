package dev.marsad.cli;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Attribution;
import dev.marsad.analyze.DateMention;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.QuantityMention;
import dev.marsad.analyze.Tag;
import dev.marsad.extract.Article;
import dev.marsad.extract.Embed;
import dev.marsad.extract.RelatedLink;
import dev.marsad.extract.Teaser;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON shape {@code marsad analyze} prints: the seed contract's fields (title, published,
 * source, body, embeds, relatedLinks, tags, dates, quantities, entities) and a few more. Absent
 * values are null; dates are ISO-8601.
 *
 * @param url the page URL
 * @param title the headline
 * @param published the publication instant, or null
 * @param source the original publisher the page names, or null
 * @param publisherSection the publisher's own section name, or null
 * @param section Marsad's section
 * @param body the body as paragraph strings, in order
 * @param embeds embedded posts
 * @param relatedLinks "اقرأ أيضاً" links
 * @param teasers other stories announced on the page
 * @param tags unified tags
 * @param dates resolved date expressions of title and body
 * @param quantities counted quantities of title and body
 * @param entities the article's entities ({@code in: "article"}), then those named only in related
 *     links and teasers ({@code in: "related"})
 * @param attributions who is reported as saying something: speaker, verb, the words as written
 * @param keywords characteristic normalised terms, best first
 */
record AnalysisView(
        URI url,
        String title,
        Instant published,
        String source,
        String publisherSection,
        String section,
        List<String> body,
        List<EmbedView> embeds,
        List<LinkView> relatedLinks,
        List<TeaserView> teasers,
        List<TagView> tags,
        List<DateView> dates,
        List<QuantityView> quantities,
        List<EntityView> entities,
        List<AttributionView> attributions,
        List<String> keywords) {

    /** An embedded post. */
    record EmbedView(String platform, String author, String handle, LocalDate date, String text, URI url) {}

    /** A related link. */
    record LinkView(String title, URI url) {}

    /** A teaser of another story. */
    record TeaserView(String title, String text, URI url, String source) {}

    /** A tag with its key and every spelling seen. */
    record TagView(String name, String key, List<String> variants) {}

    /** A resolved date; {@code end} for intervals, {@code weekdayConsistent} when a weekday is written. */
    record DateView(String text, LocalDate date, LocalDate end, String grain, Boolean weekdayConsistent) {}

    /** A counted quantity. */
    record QuantityView(String text, BigDecimal value, String unit, boolean approximate) {}

    /** A named entity; {@code in} says whether the article itself or only a related story names it. */
    record EntityView(String id, String name, String type, List<String> variants, int mentions, String in) {}

    /** Who said something: the speaker, the entity id when it is one, the reporting verb and the words. */
    record AttributionView(String speaker, String entityId, String verb, String text) {}

    static AttributionView attribution(Attribution a) {
        return new AttributionView(a.speaker(), a.entityId().orElse(null), a.verb(), a.text());
    }

    /** The view of one analysed article. */
    static AnalysisView of(AnalyzedArticle analyzed) {
        Article a = analyzed.article();
        var entities = new ArrayList<EntityView>();
        analyzed.entities().forEach(e -> entities.add(entity(e, "article")));
        analyzed.relatedEntities().forEach(e -> entities.add(entity(e, "related")));
        return new AnalysisView(
                a.url(),
                a.title(),
                a.published().orElse(null),
                a.source().orElse(null),
                a.section().orElse(null),
                analyzed.section().name().toLowerCase(Locale.ROOT),
                a.paragraphs(),
                a.embeds().stream().map(AnalysisView::embed).toList(),
                a.relatedLinks().stream().map(AnalysisView::link).toList(),
                a.teasers().stream().map(AnalysisView::teaser).toList(),
                analyzed.readerTags().stream().map(AnalysisView::tag).toList(),
                analyzed.dates().stream().map(AnalysisView::date).toList(),
                analyzed.quantities().stream().map(AnalysisView::quantity).toList(),
                entities,
                analyzed.attributions().stream().map(AnalysisView::attribution).toList(),
                analyzed.keywords());
    }

    private static EmbedView embed(Embed e) {
        return new EmbedView(
                e.platform().name().toLowerCase(Locale.ROOT),
                e.author().orElse(null),
                e.handle().orElse(null),
                e.date().orElse(null),
                e.text(),
                e.url().orElse(null));
    }

    private static LinkView link(RelatedLink l) {
        return new LinkView(l.title(), l.url().orElse(null));
    }

    private static TeaserView teaser(Teaser t) {
        return new TeaserView(
                t.title(), t.text(), t.url().orElse(null), t.source().orElse(null));
    }

    static TagView tag(Tag t) {
        return new TagView(t.name(), t.key(), t.variants());
    }

    static DateView date(DateMention d) {
        return new DateView(
                d.text(),
                d.date(),
                d.end().orElse(null),
                d.grain(),
                d.weekdayConsistent().orElse(null));
    }

    static QuantityView quantity(QuantityMention q) {
        return new QuantityView(q.text(), q.value(), q.unit().orElse(null), q.approximate());
    }

    private static EntityView entity(Entity e, String in) {
        return new EntityView(e.id(), e.name(), e.type().name(), e.variants(), e.mentions(), in);
    }
}
