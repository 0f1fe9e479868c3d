package dev.marsad.analyze;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.marsad.extract.Article;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article with what Marsad understood of it: unified tags, named entities, dates resolved
 * against the publication date, quantities, and its section.
 *
 * @param article the extracted article, unchanged
 * @param tags the page's own tags, split and unified across spellings (one entry per tag key); what
 *     the link stage compares
 *
 * @param entities named places, organisations and people, one entry per canonical entity
 * @param dates date expressions in title and body, resolved against the publication date
 * @param quantities counted quantities in title and body
 * @param section Marsad's section for the article (a {@link Section}), whatever the publisher calls it
 * @param keywords the most characteristic normalised terms, best first
 * @param relatedEntities entities named only in the page's related links and teasers (other
 *     stories announced on the page), kept apart so that they never count as the article's own
 * @param readerTags the tags a reader is shown: the page's tags and the keyphrases of its text
 *     merged, one per key, a tag that names one of the article's entities keyed and named as that
 *     entity; an article stored before this field existed shows its page's tags
 * @param attributions who is reported as saying something (قالت وزارة الدفاع → وزارة الدفاع), in
 *     order, each speaker once; empty for an article stored before this field existed
 * @param texts the analysed title and paragraphs, for the stages after analysis; derived from
 *     {@code article}, never stored (an article read back gets texts analysed on first use), and
 *     texts of another article object are not taken but analysed again when needed
 */
public record AnalyzedArticle(
        Article article,
        List<Tag> tags,
        List<Entity> entities,
        List<DateMention> dates,
        List<QuantityMention> quantities,
        Section section,
        List<String> keywords,
        List<Entity> relatedEntities,
        List<Tag> readerTags,
        List<Attribution> attributions,
        @JsonIgnore ArticleTexts texts) {

    /** An analysed article whose texts are analysed when first needed. */
    public AnalyzedArticle(
            Article article,
            List<Tag> tags,
            List<Entity> entities,
            List<DateMention> dates,
            List<QuantityMention> quantities,
            Section section,
            List<String> keywords,
            List<Entity> relatedEntities) {
        this(article, tags, entities, dates, quantities, section, keywords, relatedEntities, tags, List.of(), null);
    }

    /** An analysed article without entities from related links and teasers. */
    public AnalyzedArticle(
            Article article,
            List<Tag> tags,
            List<Entity> entities,
            List<DateMention> dates,
            List<QuantityMention> quantities,
            Section section,
            List<String> keywords) {
        this(article, tags, entities, dates, quantities, section, keywords, List.of(), tags, List.of(), null);
    }

    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(section, "section");
        tags = List.copyOf(tags);
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        quantities = List.copyOf(quantities);
        keywords = List.copyOf(keywords);
        relatedEntities = List.copyOf(relatedEntities);
        readerTags = readerTags == null ? tags : List.copyOf(readerTags); // null: stored by an older version
        attributions = attributions == null ? List.of() : List.copyOf(attributions); // likewise
        if (texts == null || !texts.isOf(article)) texts = ArticleTexts.whenNeeded(article);
    }

    /** The entities of one type, in order of first mention. */
    public List<Entity> entities(Entity.Type type) {
        return entities.stream().filter(e -> e.type() == type).toList();
    }

    /** The tag with this key among the page's tags or the reader's tags, if the article has it. */
    public Optional<Tag> tag(String key) {
        return readerTags.stream()
                .filter(t -> t.key().equals(key))
                .findFirst()
                .or(() -> tags.stream().filter(t -> t.key().equals(key)).findFirst());
    }
}
