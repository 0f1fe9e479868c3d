package dev.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.index.Story;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Link decisions depend on the articles and their order only, never on when the index reader was
 * refreshed (issue 9): the same flow linked with a refresh after every article, after every
 * seventh, never, or with the linker's memory bound forcing refreshes of its own, gives the same
 * ids, originals, copies, stories and story summaries.
 */
class LinkDeterminismTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-04-01T00:00:00Z"), ZoneOffset.UTC);
    private static final List<AnalyzedArticle> FLOW = SyntheticNews.articles(20240301L);

    /** When the reader is refreshed during linking: after every n articles, or never (0). */
    private record Schedule(int refreshEvery, int maxRecent) {}

    /** What linking left: per link the result, and at the end every article and story. */
    private record Outcome(List<String> links, Map<String, String> articles, Map<String, Story> stories) {}

    @Test
    void givesTheSameLinksWhateverTheRefreshSchedule() throws IOException {
        assertThat(FLOW).hasSizeGreaterThanOrEqualTo(40);
        Outcome everyArticle = link(new Schedule(1, IndexView.MAX_RECENT));
        Outcome everySeventh = link(new Schedule(7, IndexView.MAX_RECENT));
        Outcome never = link(new Schedule(0, IndexView.MAX_RECENT));
        Outcome boundedMemory = link(new Schedule(0, 5));
        assertThat(everySeventh).as("refresh every 7").isEqualTo(everyArticle);
        assertThat(never).as("no refresh at all").isEqualTo(everyArticle);
        assertThat(boundedMemory).as("memory bound of 5 articles").isEqualTo(everyArticle);
    }

    @Test
    void exercisesEveryKindOfDecision() throws IOException {
        var kinds = EnumSet.noneOf(LinkResult.Outcome.class);
        try (var index = LuceneArticleIndex.inMemory()) {
            var linker = new ArticleLinker(index, CLOCK);
            for (AnalyzedArticle a : FLOW) kinds.add(linker.link(a).outcome());
        }
        assertThat(kinds).containsExactlyInAnyOrder(LinkResult.Outcome.values());
    }

    @Test
    void keepsEveryStorySummaryEqualToOneBuiltFromAllItsArticles() throws IOException {
        try (var index = LuceneArticleIndex.inMemory()) {
            var linker = new ArticleLinker(index, CLOCK);
            for (AnalyzedArticle a : FLOW) linker.link(a);
            index.refresh();
            var stories = new ArrayList<Story>();
            for (int page = 1; ; page++) {
                List<Story> some = index.latestStories(page, 50);
                stories.addAll(some);
                if (some.size() < 50) break;
            }
            assertThat(stories).anySatisfy(s -> assertThat(s.articleIds()).hasSizeGreaterThan(5));
            for (Story story : stories)
                assertThat(story)
                        .as("story %s", story.id())
                        .isEqualTo(StorySummary.of(story.id(), index.storyArticles(story.id()))
                                .withLinks(story.mergedIds(), story.relatedIds()));
        }
    }

    private static Outcome link(Schedule schedule) throws IOException {
        try (var index = LuceneArticleIndex.inMemory()) {
            var linker = new ArticleLinker(index, CLOCK, schedule.maxRecent());
            var links = new ArrayList<String>();
            for (int i = 0; i < FLOW.size(); i++) {
                LinkResult result = linker.link(FLOW.get(i));
                links.add(result.outcome() + " " + describe(result.article()));
                if (schedule.refreshEvery() > 0 && (i + 1) % schedule.refreshEvery() == 0) index.refresh();
            }
            index.commit();
            var articles = new TreeMap<String, String>();
            var stories = new TreeMap<String, Story>();
            for (AnalyzedArticle a : FLOW) {
                IndexedArticle stored =
                        index.article(ArticleIds.of(a.article().canonicalUrl())).orElseThrow();
                articles.put(stored.id(), describe(stored));
                stories.put(stored.storyId(), index.story(stored.storyId()).orElseThrow());
            }
            return new Outcome(links, articles, stories);
        }
    }

    private static String describe(IndexedArticle article) {
        return article.id() + " copy of " + article.duplicateOf().orElse("-") + " in " + article.storyId();
    }
}
