package dev.marsad.extract;

import java.util.List;
import java.util.Optional;

/**
 * The marked parts of a page read before the body: related links, teasers of other stories, the
 * visible tag list, the original source and embedded posts.
 */
record PageParts(
        List<RelatedLink> relatedLinks,
        List<Teaser> teasers,
        List<String> tags,
        Optional<String> source,
        List<EmbedPlaces.Anchored> embeds) {

    PageParts {
        relatedLinks = List.copyOf(relatedLinks);
        teasers = List.copyOf(teasers);
        tags = List.copyOf(tags);
        embeds = List.copyOf(embeds);
    }

    /** These parts with {@code more} teasers after the ones read so far. */
    PageParts withTeasers(List<Teaser> more) {
        if (more.isEmpty()) return this;
        List<Teaser> all = new java.util.ArrayList<>(teasers);
        all.addAll(more);
        return new PageParts(relatedLinks, all, tags, source, embeds);
    }
}
