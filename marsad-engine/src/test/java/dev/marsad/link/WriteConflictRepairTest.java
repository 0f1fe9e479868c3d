package dev.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Tag;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.index.Story;
import dev.marsad.index.Storyline;
import dev.marsad.index.TestArticles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A story write refused by a shared index ({@link dev.marsad.index.WriteConflict}) in the middle
 * of a revision that merges stories: whichever write is refused, the linker's repair and second
 * attempt leave what one unrefused link leaves, and every story id readers saw before still leads
 * to the story holding its articles (a merged story's id must not be lost with the write that
 * would have recorded it on its heir).
 */
class WriteConflictRepairTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);

    private static final Entity SALEM = new Entity("per:salem", "سالم الهاشمي", Entity.Type.PER, List.of(), 2);
    private static final Entity NADER = new Entity("per:nader", "نادر العمري", Entity.Type.PER, List.of(), 2);
    private static final Entity TUNIS = new Entity("loc:tunis", "تونس", Entity.Type.LOC, List.of(), 1);

    /** An earlier event of each of two arcs, then their events of one day, which a third report bridges. */
    private static final List<AnalyzedArticle> BEFORE = List.of(
            article(
                    "ports-file",
                    "2024-04-28T08:00:00Z",
                    "سالم الهاشمي يتسلم ملف إصلاح الموانئ",
                    List.of(SALEM, TUNIS),
                    List.of(
                            "تسلم الوزير سالم الهاشمي ملف إصلاح الموانئ التجارية، وقال إن تأخر الشحن يكلف المصدرين كثيرا.",
                            "ووعد الهاشمي بخطة لإصلاح الموانئ خلال أسابيع بعد مشاورات مع النقابات.")),
            article(
                    "book-dates",
                    "2024-04-27T10:00:00Z",
                    "نادر العمري يحدد موعد معرض الكتاب",
                    List.of(NADER, TUNIS),
                    List.of(
                            "حدد الوزير نادر العمري موعد الدورة الجديدة من معرض الكتاب، وقال إن الناشرين العرب أكدوا مشاركتهم.",
                            "وأضاف العمري أن المعرض يخصص ندوات القراءة للشباب هذا العام.")),
            article(
                    "ports-plan",
                    "2024-05-10T08:00:00Z",
                    "سالم الهاشمي يعلن خطة إصلاح الموانئ",
                    List.of(SALEM, TUNIS),
                    List.of(
                            "أعلن الوزير سالم الهاشمي خطة لإصلاح الموانئ التجارية تشمل رقمنة الشحن وتوسيع الأرصفة.",
                            "وقال الهاشمي إن الخطة تقلص مدة بقاء الحاويات في الموانئ إلى النصف.")),
            article(
                    "book-fair",
                    "2024-05-10T09:00:00Z",
                    "نادر العمري يفتتح معرض الكتاب",
                    List.of(NADER, TUNIS),
                    List.of(
                            "افتتح الوزير نادر العمري الدورة الجديدة من معرض الكتاب بمشاركة مئات الناشرين العرب.",
                            "ودعا العمري الشباب إلى زيارة أجنحة المعرض والمشاركة في ندوات القراءة.")),
            article(
                    "book-fair-crowds",
                    "2024-05-10T10:30:00Z",
                    "آلاف الزوار في اليوم الأول لمعرض الكتاب",
                    List.of(NADER, TUNIS),
                    List.of(
                            "استقبل معرض الكتاب آلاف الزوار في يومه الأول، وقال الوزير نادر العمري إن الإقبال فاق التوقعات.",
                            "وشهدت أجنحة الناشرين العرب ازدحاما، فيما امتلأت قاعات ندوات القراءة بالشباب.")));

    /** Names both ministers and tells both events: the stories of the two reports become one. */
    private static final AnalyzedArticle BRIDGE = article(
            "cabinet",
            "2024-05-10T12:00:00Z",
            "سالم الهاشمي ونادر العمري: خطة الموانئ ومعرض الكتاب أمام الحكومة",
            List.of(SALEM, NADER, TUNIS),
            List.of(
                    "عرض الوزير سالم الهاشمي خطة إصلاح الموانئ على الحكومة، فيما قدم الوزير نادر العمري حصيلة افتتاح معرض الكتاب.",
                    "وقال الهاشمي إن رقمنة الشحن تبدأ الشهر المقبل، وقال العمري إن معرض الكتاب استقبل آلاف الزوار."));

    /** Another event, linked after a link that failed. */
    private static final AnalyzedArticle UNRELATED = article(
            "rates",
            "2024-05-11T09:00:00Z",
            "البنك المركزي يبقي سعر الفائدة دون تغيير",
            List.of(),
            List.of(
                    "أبقى البنك المركزي سعر الفائدة الرئيسي دون تغيير للشهر الثالث على التوالي، مشيرا إلى تراجع التضخم."));

    /** The stored state a test compares: each article's story and original, each story and its storyline. */
    private record Stored(
            Map<String, String> storyOf,
            Map<String, String> duplicateOf,
            Map<String, Story> stories,
            Map<String, Optional<Storyline>> lines) {}

    @Test
    void aRefusedWriteWhileMergingLosesNoStoryIdAndEndsAsAnUnrefusedLink() throws IOException {
        Stored unrefused = linkEveryRefusal(BEFORE, BRIDGE);
        assertThat(unrefused.stories())
                .as("the bridge merges two of four stories")
                .hasSize(3);
        String plan = ArticleIds.of(BEFORE.get(2).article().canonicalUrl());
        assertThat(StoryClusterer.newStoryId(plan))
                .as("the ports plan's story, merged into the larger book fair one, has the smaller id")
                .isLessThan(unrefused.storyOf().get(plan));
        assertThat(unrefused.lines().values())
                .as("the earlier events and the merged story are one storyline")
                .allSatisfy(line -> assertThat(line).isPresent());
    }

    @Test
    void aRefusedWriteWhileAnOriginalTakesOverItsCopyEndsAsAnUnrefusedLink() throws IOException {
        AnalyzedArticle copy = article(
                "mirror",
                "2024-05-10T07:00:00Z",
                "سالم الهاشمي يعلن خطة إصلاح الموانئ",
                List.of(SALEM, TUNIS),
                BEFORE.get(2).article().paragraphs(),
                Optional.of("site-ports-plan"));
        Stored unrefused = linkEveryRefusal(List.of(BEFORE.get(0), copy), BEFORE.get(2));
        String copyId = ArticleIds.of(copy.article().canonicalUrl());
        assertThat(unrefused.duplicateOf())
                .as("the copy that named its source, published first, is folded under it")
                .containsEntry(copyId, ArticleIds.of(BEFORE.get(2).article().canonicalUrl()));
    }

    @Test
    void aStorylineWriteThatFailsLosesNoStoryline() throws IOException {
        try (var index = LuceneArticleIndex.inMemory()) {
            Map<String, List<String>> storiesBefore = link(index, BEFORE);
            var linesBefore = new TreeMap<String, String>();
            for (String storyId : storiesBefore.keySet())
                index.storylineOf(storyId).ifPresent(l -> linesBefore.put(storyId, l.id()));
            assertThat(new TreeSet<>(linesBefore.values()))
                    .as("two arcs before the bridge")
                    .hasSize(2);
            linkBridgeFailingItsStorylineWrite(index);
            linesBefore.forEach((storyId, lineId) -> {
                assertThat(index.storyline(lineId)).as("storyline %s", lineId).isPresent();
                assertThat(index.storylineOf(storyId))
                        .as("the storyline of %s", storyId)
                        .isPresent();
            });
        }
    }

    /**
     * A link that fails after its stories are written (here its storyline write) leaves no stale
     * storyline entry once the next link has repaired it: every entry lists a story that exists under
     * that id (not one merged away, whose id only resolves to its heir), with its current figures.
     */
    @Test
    void aStorylineWriteThatFailsLeavesNoStaleEntry() throws IOException {
        try (var index = LuceneArticleIndex.inMemory()) {
            link(index, BEFORE);
            linkBridgeFailingItsStorylineWrite(index);
            var lines = new TreeMap<String, Storyline>();
            for (AnalyzedArticle a :
                    Stream.concat(BEFORE.stream(), Stream.of(BRIDGE)).toList()) {
                String storyId = index.article(ArticleIds.of(a.article().canonicalUrl()))
                        .orElseThrow()
                        .storyId();
                index.storylineOf(storyId).ifPresent(l -> lines.put(l.id(), l));
            }
            assertThat(lines).as("storylines after the repair").isNotEmpty();
            for (Storyline line : lines.values())
                for (Storyline.Entry entry : line.stories()) {
                    Optional<Story> story = index.story(entry.storyId());
                    assertThat(story.map(Story::id))
                            .as("storyline %s lists story %s", line.id(), entry.storyId())
                            .contains(entry.storyId());
                    assertThat(entry)
                            .as("the entry of %s in %s", entry.storyId(), line.id())
                            .isEqualTo(Storyline.Entry.of(story.orElseThrow()));
                }
        }
    }

    /** Links {@link #BRIDGE} with its first storyline write failing, then {@link #UNRELATED}. */
    private static void linkBridgeFailingItsStorylineWrite(ArticleIndex index) {
        ArticleIndex failing = StoryRefusingIndex.over(
                index,
                Storyline.class,
                new AtomicInteger(),
                n -> n == 1,
                line -> new UncheckedIOException("storyline " + line.id(), new IOException("the disk is full")));
        var linker = new ArticleLinker(failing, CLOCK);
        assertThatThrownBy(() -> linker.link(BRIDGE)).isInstanceOf(UncheckedIOException.class);
        linker.link(UNRELATED);
        index.refresh();
    }

    /**
     * Links {@code last} after {@code before}: once with no write refused, then once for every
     * story write of that link refused, and once for every two in a row; every story id there was
     * before must still lead to a story holding its articles, and what is stored must be what the
     * unrefused link stored, which is returned.
     */
    private static Stored linkEveryRefusal(List<AnalyzedArticle> before, AnalyzedArticle last) throws IOException {
        var all = Stream.concat(before.stream(), Stream.of(last)).toList();
        var writes = new AtomicInteger();
        Stored unrefused;
        Map<String, List<String>> storiesBefore;
        try (var index = LuceneArticleIndex.inMemory()) {
            storiesBefore = link(index, before);
            new ArticleLinker(StoryRefusingIndex.over(index, writes, n -> false), CLOCK).link(last);
            index.refresh();
            unrefused = stored(index, all);
        }
        int storyWrites = writes.get();
        assertThat(storyWrites).as("story writes of the last link").isGreaterThan(0);
        for (int first = 1; first <= storyWrites; first++)
            for (int refusals = 1; refusals < ArticleLinker.MAX_ATTEMPTS; refusals++) {
                int from = first;
                int to = first + refusals - 1;
                String refused = "after refusing story writes " + from + " to " + to;
                try (var index = LuceneArticleIndex.inMemory()) {
                    link(index, before);
                    ArticleIndex shared =
                            StoryRefusingIndex.over(index, new AtomicInteger(), n -> n >= from && n <= to);
                    new ArticleLinker(shared, CLOCK).link(last);
                    index.refresh();
                    storiesBefore.forEach((storyId, articles) -> assertThat(index.story(storyId))
                            .as("story %s %s", storyId, refused)
                            .hasValueSatisfying(s -> assertThat(s.articleIds()).containsAll(articles)));
                    assertThat(stored(index, all)).as(refused).isEqualTo(unrefused);
                }
            }
        return unrefused;
    }

    @Test
    void aLinkThatFailedMidwayIsRepairedBeforeTheNextOne() throws IOException {
        failEachStoryWriteThenLinkAnother(Optional.empty());
    }

    /**
     * The story the bridge merges away already took in another: once repaired, only that story
     * lists the earlier one as merged, and the earlier one's id leads to it (not to the story the
     * failed link wrote it on too). Review of the link repair, item 1.
     */
    @Test
    void aLinkThatFailedMidwayLeavesAnEarlierMergeOnItsStory() throws IOException {
        failEachStoryWriteThenLinkAnother(
                Optional.of(StoryClusterer.newStoryId(ArticleIds.of(URI.create("https://news.example/ports-draft")))));
    }

    /**
     * Links {@code BEFORE} (recording {@code earlierMerge}, when given, as merged into the ports
     * plan's story, which the bridge merges away), then the bridge once for every story write of
     * it failing, then another article: the repair before it must leave every story as its
     * articles make it, and every story id leading to the story that holds its articles.
     */
    private static void failEachStoryWriteThenLinkAnother(Optional<String> earlierMerge) throws IOException {
        var writes = new AtomicInteger();
        try (var index = LuceneArticleIndex.inMemory()) {
            linkWithEarlierMerge(index, earlierMerge);
            new ArticleLinker(StoryRefusingIndex.over(index, writes, n -> false), CLOCK).link(BRIDGE);
        }
        int storyWrites = writes.get();
        for (int failed = 1; failed <= storyWrites; failed++) {
            int write = failed;
            try (var index = LuceneArticleIndex.inMemory()) {
                Map<String, List<String>> storiesBefore = linkWithEarlierMerge(index, earlierMerge);
                ArticleIndex failing = StoryRefusingIndex.over(
                        index,
                        new AtomicInteger(),
                        n -> n == write,
                        story -> new UncheckedIOException("story " + story.id(), new IOException("the disk is full")));
                var linker = new ArticleLinker(failing, CLOCK);
                assertThatThrownBy(() -> linker.link(BRIDGE)).isInstanceOf(UncheckedIOException.class);
                index.refresh(); // as a process that stopped here (SolrCloud keeps every write) leaves it
                storiesBefore.forEach((storyId, articles) -> assertThat(index.story(storyId))
                        .as("story %s right after story write %d failed", storyId, write)
                        .isPresent());
                linker.link(UNRELATED);
                index.refresh();
                String failedWrite = "after story write " + write + " failed";
                storiesBefore.forEach((storyId, articles) -> assertThat(index.story(storyId))
                        .as("story %s %s", storyId, failedWrite)
                        .hasValueSatisfying(s -> assertThat(s.articleIds()).containsAll(articles)));
                for (Story story : stored(
                                index,
                                Stream.concat(BEFORE.stream(), Stream.of(BRIDGE, UNRELATED))
                                        .toList())
                        .stories()
                        .values())
                    assertThat(story)
                            .as("story %s %s", story.id(), failedWrite)
                            .isEqualTo(StorySummary.of(story.id(), index.storyArticles(story.id()))
                                    .withLinks(story.mergedIds(), story.relatedIds()));
                earlierMerge.ifPresent(earlier -> {
                    String plan = index.article(
                                    ArticleIds.of(BEFORE.get(2).article().canonicalUrl()))
                            .orElseThrow()
                            .storyId();
                    assertThat(index.latestStories(1, 50).stream()
                                    .filter(s -> s.mergedIds().contains(earlier))
                                    .map(Story::id))
                            .as("the stories listing %s as merged %s", earlier, failedWrite)
                            .containsExactly(plan);
                    assertThat(index.story(earlier).map(Story::id))
                            .as("the story %s leads to %s", earlier, failedWrite)
                            .hasValue(plan);
                });
            }
        }
    }

    /** Links {@code BEFORE}, then records {@code earlierMerge} as merged into the ports plan's story. */
    private static Map<String, List<String>> linkWithEarlierMerge(ArticleIndex index, Optional<String> earlierMerge) {
        Map<String, List<String>> stories = link(index, BEFORE);
        earlierMerge.ifPresent(earlier -> {
            String plan = index.article(ArticleIds.of(BEFORE.get(2).article().canonicalUrl()))
                    .orElseThrow()
                    .storyId();
            Story story = index.story(plan).orElseThrow();
            index.put(story.withLinks(List.of(earlier), story.relatedIds()));
            index.refresh();
        });
        return stories;
    }

    /** Links articles; returns each story's articles by story id. */
    private static Map<String, List<String>> link(ArticleIndex index, List<AnalyzedArticle> articles) {
        var linker = new ArticleLinker(index, CLOCK);
        for (AnalyzedArticle a : articles) linker.link(a);
        index.refresh();
        var stories = new TreeMap<String, List<String>>();
        for (AnalyzedArticle a : articles) {
            String storyId = index.article(ArticleIds.of(a.article().canonicalUrl()))
                    .orElseThrow()
                    .storyId();
            stories.put(storyId, index.story(storyId).orElseThrow().articleIds());
        }
        return stories;
    }

    private static Stored stored(ArticleIndex index, List<AnalyzedArticle> articles) {
        var storyOf = new TreeMap<String, String>();
        var duplicateOf = new TreeMap<String, String>();
        var stories = new TreeMap<String, Story>();
        var lines = new TreeMap<String, Optional<Storyline>>();
        for (AnalyzedArticle a : articles) {
            String id = ArticleIds.of(a.article().canonicalUrl());
            IndexedArticle stored = index.article(id).orElseThrow();
            storyOf.put(id, stored.storyId());
            duplicateOf.put(id, stored.duplicateOf().orElse("-"));
            stories.put(stored.storyId(), index.story(stored.storyId()).orElseThrow());
            lines.put(stored.storyId(), index.storylineOf(stored.storyId()));
        }
        return new Stored(storyOf, duplicateOf, stories, lines);
    }

    private static AnalyzedArticle article(
            String slug, String published, String title, List<Entity> entities, List<String> paragraphs) {
        return article(slug, published, title, entities, paragraphs, Optional.empty());
    }

    private static AnalyzedArticle article(
            String slug,
            String published,
            String title,
            List<Entity> entities,
            List<String> paragraphs,
            Optional<String> source) {
        List<Tag> tags = entities.stream()
                .map(e -> new Tag(e.name(), e.id(), List.of(e.name())))
                .toList();
        return TestArticles.analyzed(
                URI.create("https://news.example/" + slug),
                title,
                Instant.parse(published),
                "site-" + slug,
                source,
                paragraphs,
                tags,
                entities);
    }
}
