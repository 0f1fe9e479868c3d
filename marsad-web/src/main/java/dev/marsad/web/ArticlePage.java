package dev.marsad.web;

import dev.marsad.analyze.Entity;
import dev.marsad.extract.Block;
import dev.marsad.index.CopyRelations;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The model of an article page. Every string is plain text (the template escapes it) except
 * hrefs, which are site paths or vetted http(s) URLs.
 *
 * @param chrome the shared page parts
 * @param title the headline
 * @param subtitle the lead ("" when none)
 * @param site the publishing site
 * @param source the original publisher the site names ("" when none)
 * @param originalHref the page the article was read from, when it is an http(s) URL
 * @param date the publication day and time in Arabic with the time's zone, or the day alone when
 *     the page gave no time ("" when unknown)
 * @param isoDate the publication instant, ISO-8601, or its date when the page gave no time ("" when
 *     unknown)
 * @param authors the bylines joined with commas ("" when none)
 * @param section the Marsad section, linking to its page
 * @param body the body blocks, in order
 * @param embeds embedded posts, shown as cards
 * @param tags tag links
 * @param entities entities grouped by type
 * @param facts resolved dates and quantities
 * @param related articles of other stories, best first
 * @param original the canonical article when this one is a copy
 * @param copies the other copies of the same original, each with its relation to this article
 * @param added this article's own sentences, when it is a copy: those its original does not have
 * @param cut the original's sentences this copy left out
 * @param story the story this article belongs to
 * @param image the lead image as Marsad keeps it, when it has one
 * @param caption the lead image's caption ("" when none)
 * @param publisher the publishing site with its icon or monogram, linking to its page
 */
public record ArticlePage(
        PageChrome chrome,
        String title,
        String subtitle,
        String site,
        String source,
        Optional<String> originalHref,
        String date,
        String isoDate,
        String authors,
        Link section,
        List<Block> body,
        List<EmbedCard> embeds,
        List<Link> tags,
        List<EntityGroup> entities,
        List<Fact> facts,
        List<ArticleCard> related,
        Optional<CopyCard> original,
        List<CopyCard> copies,
        List<String> added,
        List<String> cut,
        Link story,
        Optional<Picture> image,
        String caption,
        PublisherMark publisher) {

    public ArticlePage {
        Objects.requireNonNull(chrome, "chrome");
        Objects.requireNonNull(originalHref, "originalHref");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(publisher, "publisher");
        body = List.copyOf(body);
        embeds = List.copyOf(embeds);
        tags = List.copyOf(tags);
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        related = List.copyOf(related);
        copies = List.copyOf(copies);
        added = List.copyOf(added);
        cut = List.copyOf(cut);
    }

    /**
     * Another member of this article's copy group.
     *
     * @param card the member
     * @param relation what the member is to this article (the same text, shortened, extended…),
     *     when the link stage recorded it
     * @param added the member's own sentences, which its original does not have
     * @param cut its original's sentences that the member left out
     */
    public record CopyCard(
            ArticleCard card, Optional<CopyRelations.Kind> relation, List<String> added, List<String> cut) {
        public CopyCard {
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(relation, "relation");
            added = List.copyOf(added);
            cut = List.copyOf(cut);
        }
    }

    /**
     * An embedded post, shown as a card of plain text: the platform's HTML is never rendered.
     *
     * @param platform the platform's name ("X", "YouTube"; "" when unknown)
     * @param author display name ("" when not shown)
     * @param handle account handle with its '@' ("" when not shown)
     * @param date the post day in Arabic ("" when not shown)
     * @param text the post text
     * @param href the post's permalink when it is an http(s) URL
     */
    public record EmbedCard(
            String platform, String author, String handle, String date, String text, Optional<String> href) {}

    /** The entities of one type (people, places, organisations), each linking to a search. */
    public record EntityGroup(Entity.Type type, List<Link> entities) {
        public EntityGroup {
            entities = List.copyOf(entities);
        }
    }

    /**
     * A fact read from the text: "أمس الثلاثاء" means "الثلاثاء 19 سبتمبر 2023"; "حوالي 30 مركزاً"
     * means "نحو 30 مركز".
     */
    public record Fact(String expression, String meaning) {}
}
