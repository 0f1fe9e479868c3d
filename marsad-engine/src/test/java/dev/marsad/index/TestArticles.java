package dev.marsad.index;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Section;
import dev.marsad.analyze.Tag;
import dev.marsad.extract.Article;
import dev.marsad.extract.Block;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Builds small indexed articles for index tests. */
final class TestArticles {

    private TestArticles() {}

    static IndexedArticle article(String id, String title, String published, String site, List<String> paragraphs) {
        return article(id, title, published, site, paragraphs, List.of(), List.of(), Optional.empty(), id);
    }

    static IndexedArticle article(
            String id,
            String title,
            String published,
            String site,
            List<String> paragraphs,
            List<Tag> tags,
            List<Entity> entities,
            Optional<String> duplicateOf,
            String story) {
        URI url = URI.create("https://" + id + ".example/news/" + id);
        var article = new Article(
                url,
                url,
                title,
                Optional.empty(),
                Optional.of(Instant.parse(published)),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(site),
                "ar",
                paragraphs.stream().<Block>map(Block.Paragraph::new).toList(),
                Optional.empty(),
                tags.stream().map(Tag::name).toList(),
                List.of(),
                List.of(),
                List.of());
        var analyzed = new AnalyzedArticle(article, tags, entities, List.of(), List.of(), Section.POLITICS, List.of());
        return new IndexedArticle(id, analyzed, duplicateOf, story, List.of("band-" + id), Instant.parse(published));
    }

    static Tag tag(String name, String key) {
        return new Tag(name, key, List.of(name));
    }

    static Entity place(String id, String name) {
        return new Entity(id, name, Entity.Type.LOC, List.of(name), 1);
    }
}
