package dev.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Tag;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.Story;
import dev.marsad.index.TestArticles;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A story updated one article at a time equals the story summarised from all its articles (issue 9). */
class StorySummaryTest {

    private static final String STORY = "s1";

    @Test
    void addsAnArticlePublishedAfterTheOthers() {
        assertIncrementalEqualsFull(List.of(
                article("a", "10:00", "الخبر", Optional.empty(), "tag-x"),
                article("b", "11:00", "الساحل", Optional.empty(), "tag-y"),
                article("c", "12:00", "المرآة", Optional.of("a"), "tag-y")));
    }

    @Test
    void addsAnArticlePublishedBeforeTheOthersAndListsItsPublisherFirst() {
        List<IndexedArticle> articles = List.of(
                article("b", "11:00", "الساحل", Optional.empty(), "tag-y"),
                article("c", "12:00", "المرآة", Optional.empty(), "tag-x"),
                article("a", "09:00", "الخبر", Optional.empty(), "tag-x"));
        Story story = assertIncrementalEqualsFull(articles);
        assertThat(story.publishers()).containsExactly("الخبر", "الساحل", "المرآة");
    }

    @Test
    void marksAMemberDemotedToACopy() {
        IndexedArticle a = article("a", "10:00", "الخبر", Optional.empty(), "tag-x");
        IndexedArticle b = article("b", "11:00", "الساحل", Optional.empty(), "tag-y");
        IndexedArticle c = article("c", "12:00", "المرآة", Optional.empty(), "tag-y");
        Story before = StorySummary.of(STORY, List.of(a, b));
        // c turns out to be the original of a: a becomes its copy, so b is the earliest canonical
        IndexedArticle demoted = a.withLinks(Optional.of("c"), STORY);
        Story after = StorySummary.updated(before, c, Optional.empty(), Set.of("a"));
        assertThat(after).isEqualTo(StorySummary.of(STORY, List.of(demoted, b, c)));
        assertThat(after.members())
                .filteredOn(Story.Member::canonical)
                .extracting(Story.Member::id)
                .containsExactly("b", "c");
    }

    @Test
    void replacesAnUpdatedArticleWithItsNewTagsTimeAndTitle() {
        IndexedArticle a = article("a", "10:00", "الخبر", Optional.empty(), "tag-x");
        IndexedArticle b = article("b", "11:00", "الساحل", Optional.empty(), "tag-y");
        Story before = StorySummary.of(STORY, List.of(a, b));
        IndexedArticle newer = article("a", "12:00", "الخبر", Optional.empty(), "tag-z");
        Story after = StorySummary.updated(before, newer, Optional.of(a), Set.of());
        assertThat(after).isEqualTo(StorySummary.of(STORY, List.of(newer, b)));
        assertThat(after.tagCounts()).containsOnlyKeys("tag-y", "tag-z");
    }

    @Test
    void ranksLabelsByCountThenKey() {
        Story story = StorySummary.of(
                STORY,
                List.of(
                        article("a", "10:00", "الخبر", Optional.empty(), "tag-b"),
                        article("b", "11:00", "الخبر", Optional.empty(), "tag-a"),
                        article("c", "12:00", "الخبر", Optional.empty(), "tag-c"),
                        article("d", "13:00", "الخبر", Optional.empty(), "tag-c")));
        assertThat(story.tagKeys()).containsExactly("tag-c", "tag-a", "tag-b");
    }

    /** Adds the articles one by one, in the given order, and compares with the full summary. */
    private static Story assertIncrementalEqualsFull(List<IndexedArticle> articles) {
        Story story = StorySummary.of(STORY, articles.subList(0, 1));
        for (int i = 1; i < articles.size(); i++) {
            IndexedArticle next = articles.get(i);
            assertThat(StorySummary.canUpdate(story, next, Optional.empty())).isTrue();
            story = StorySummary.updated(story, next, Optional.empty(), Set.of());
            assertThat(story)
                    .as("after %d articles", i + 1)
                    .isEqualTo(StorySummary.of(STORY, articles.subList(0, i + 1)));
        }
        return story;
    }

    private static IndexedArticle article(
            String id, String time, String site, Optional<String> duplicateOf, String tagKey) {
        var url = URI.create("https://" + id + ".example/");
        Instant published = Instant.parse("2024-02-01T" + time + ":00Z");
        var analyzed = TestArticles.analyzed(
                url,
                "عنوان " + id,
                published,
                site,
                Optional.empty(),
                List.of("نص"),
                List.of(new Tag(tagKey, tagKey, List.of(tagKey))),
                List.of(new Entity("loc:x", "س", Entity.Type.LOC, List.of(), 1)));
        return new IndexedArticle(id, analyzed, duplicateOf, STORY, List.of(), published);
    }
}
