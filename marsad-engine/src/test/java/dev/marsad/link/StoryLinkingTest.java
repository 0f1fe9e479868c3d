package dev.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Tag;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.index.Storyline;
import dev.marsad.index.TestArticles;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Stories independent of arrival order, storylines and related reading through the linker (issue 12). */
class StoryLinkingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static final Entity KARABAKH = new Entity("loc:karabakh", "كاراباخ", Entity.Type.LOC, List.of(), 2);
    private static final Entity AZERBAIJAN = new Entity("loc:azerbaijan", "أذربيجان", Entity.Type.LOC, List.of(), 1);
    private static final Entity ARMENIA = new Entity("loc:armenia", "أرمينيا", Entity.Type.LOC, List.of(), 1);
    private static final Entity PASHINYAN = new Entity("per:pashinyan", "باشينيان", Entity.Type.PER, List.of(), 1);
    private static final Entity MOROCCO = new Entity("loc:morocco", "المغرب", Entity.Type.LOC, List.of(), 1);
    private static final Entity BANK = new Entity("org:bam", "بنك المغرب", Entity.Type.ORG, List.of(), 1);

    /** Three events: a flood, a rate cut and a football final, two or three reports each. */
    private static final List<AnalyzedArticle> DAY = List.of(
            article(
                    "flood-1",
                    "2024-10-20T08:00:00Z",
                    "فيضانات في نابل بعد أمطار غزيرة وإغلاق الطرق",
                    List.of(),
                    List.of(
                            "شهدت ولاية نابل فيضانات واسعة بعد أمطار غزيرة تهاطلت طوال الليل، وأغلقت السلطات عددا من الطرق الرئيسية.",
                            "وأجلت فرق الحماية المدنية عشرات العائلات من الأحياء المنخفضة في نابل ودار شعبان.")),
            article(
                    "flood-2",
                    "2024-10-20T11:00:00Z",
                    "سيول نابل: إجلاء عشرات العائلات وإغلاق الطرق",
                    List.of(),
                    List.of(
                            "أعلنت الحماية المدنية إجلاء عشرات العائلات في نابل بعد أن غمرت السيول الأحياء المنخفضة إثر الأمطار الغزيرة.",
                            "وبقيت الطرق الرئيسية مغلقة في انتظار انحسار المياه.")),
            article(
                    "flood-3",
                    "2024-10-21T09:00:00Z",
                    "فيضانات نابل: إعادة فتح الطرق بعد الأمطار الغزيرة",
                    List.of(),
                    List.of(
                            "أعادت السلطات في نابل فتح الطرق الرئيسية بعد انحسار مياه الفيضانات التي خلفتها الأمطار الغزيرة طوال الليل.",
                            "وعادت العائلات التي أجلتها الحماية المدنية إلى الأحياء المنخفضة في نابل ودار شعبان.")),
            article(
                    "rate-1",
                    "2024-10-20T12:00:00Z",
                    "بنك المغرب يخفض سعر الفائدة ربع نقطة",
                    List.of(BANK, MOROCCO),
                    List.of(
                            "قرر بنك المغرب خفض سعر الفائدة الرئيسي بربع نقطة مئوية، في أول خفض منذ عامين، مع تراجع التضخم.",
                            "وأوضح البنك أن القرار يدعم النمو والاستثمار في المغرب.")),
            article(
                    "rate-2",
                    "2024-10-20T15:00:00Z",
                    "المغرب: خفض سعر الفائدة لدعم النمو",
                    List.of(BANK, MOROCCO),
                    List.of(
                            "خفض بنك المغرب سعر الفائدة الرئيسي ربع نقطة مئوية، مشيرا إلى تراجع التضخم وضعف النمو.",
                            "ويرى محللون أن خفض الفائدة يخفف كلفة القروض على الأسر والشركات.")),
            article(
                    "final-1",
                    "2024-10-20T22:00:00Z",
                    "الوداد يتوج بكأس العرب بعد فوز مثير في النهائي",
                    List.of(MOROCCO),
                    List.of(
                            "توج الوداد بلقب كأس العرب للأندية بعد فوزه في المباراة النهائية بهدفين لهدف أمام جماهير غفيرة.",
                            "وسجل المهاجم هدف الفوز في الدقيقة الأخيرة من المباراة.")),
            article(
                    "final-2",
                    "2024-10-21T08:00:00Z",
                    "احتفالات بتتويج الوداد بكأس العرب للأندية",
                    List.of(MOROCCO),
                    List.of(
                            "خرجت جماهير الوداد إلى الشوارع احتفالا بالتتويج بكأس العرب للأندية بعد الفوز في المباراة النهائية.",
                            "وأشاد المدرب بلاعبيه بعد هدف الفوز في الدقيقة الأخيرة.")));

    @Test
    void givesTheSameStoriesWhateverTheOrderTheArticlesArriveIn() throws IOException {
        Set<Set<String>> first = partition(DAY);
        assertThat(first)
                .containsExactlyInAnyOrder(
                        Set.of("flood-1", "flood-2", "flood-3"),
                        Set.of("rate-1", "rate-2"),
                        Set.of("final-1", "final-2"));
        for (int seed = 1; seed <= 4; seed++) {
            var shuffled = new ArrayList<>(DAY);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(partition(shuffled)).as("order %d", seed).isEqualTo(first);
        }
    }

    @Test
    void neverSuggestsAStoryThatOnlySharesAPlaceName() throws IOException {
        try (var index = LuceneArticleIndex.inMemory()) {
            var linker = new ArticleLinker(index, CLOCK);
            Map<String, String> stories = new TreeMap<>();
            for (AnalyzedArticle a : DAY)
                stories.put(slug(a), linker.link(a).article().storyId());
            index.refresh();
            assertThat(index.story(stories.get("final-1")).orElseThrow().relatedIds())
                    .as("a football final in Morocco does not suggest a rate cut in Morocco")
                    .doesNotContain(stories.get("rate-1"));
            assertThat(index.story(stories.get("rate-1")).orElseThrow().relatedIds())
                    .doesNotContain(stories.get("final-1"));
        }
    }

    @Test
    void linksTheEventsOfOneArcIntoAStorylineInOrder() throws IOException {
        List<AnalyzedArticle> arc = List.of(
                article(
                        "offensive",
                        "2023-09-19T17:00:00Z",
                        "أذربيجان تطلق عملية عسكرية في كاراباخ وأرمينيا تندد",
                        List.of(KARABAKH, AZERBAIJAN, ARMENIA, PASHINYAN),
                        List.of(
                                "أطلقت أذربيجان عملية عسكرية في إقليم كاراباخ، وقال رئيس وزراء أرمينيا باشينيان إن بلاده لن تنجر إلى الحرب.",
                                "وطالبت أرمينيا المجتمع الدولي بالتدخل لحماية الأرمن في الإقليم.")),
                article(
                        "exodus",
                        "2023-09-25T10:00:00Z",
                        "آلاف الأرمن يغادرون كاراباخ إلى أرمينيا",
                        List.of(KARABAKH, ARMENIA, PASHINYAN),
                        List.of(
                                "عبر آلاف الأرمن من إقليم كاراباخ إلى أرمينيا بعد فتح ممر لاتشين، وفق ما أعلنت الحكومة الأرمينية.",
                                "وقال باشينيان إن أرمينيا مستعدة لاستقبال الأرمن القادمين من الإقليم.")),
                article(
                        "rate-1",
                        "2023-09-21T12:00:00Z",
                        "بنك المغرب يخفض سعر الفائدة ربع نقطة",
                        List.of(BANK, MOROCCO),
                        List.of(
                                "قرر بنك المغرب خفض سعر الفائدة الرئيسي بربع نقطة مئوية، في أول خفض منذ عامين، مع تراجع التضخم.")));
        try (var index = LuceneArticleIndex.inMemory()) {
            var linker = new ArticleLinker(index, CLOCK);
            List<String> stories = new ArrayList<>();
            for (AnalyzedArticle a : arc) stories.add(linker.link(a).article().storyId());
            index.refresh();
            assertThat(stories.get(0))
                    .as("an offensive and an exodus are two events")
                    .isNotEqualTo(stories.get(1));
            Storyline line = index.storylineOf(stories.get(1)).orElseThrow();
            assertThat(line.storyIds()).containsExactly(stories.get(0), stories.get(1));
            assertThat(index.storylineOf(stories.get(0))).contains(line);
            assertThat(index.storylineOf(stories.get(2)))
                    .as("an unrelated story")
                    .isEmpty();
        }
    }

    private static Set<Set<String>> partition(List<AnalyzedArticle> articles) throws IOException {
        try (var index = LuceneArticleIndex.inMemory()) {
            var linker = new ArticleLinker(index, CLOCK);
            for (AnalyzedArticle a : articles) linker.link(a);
            index.refresh();
            var clusters = new TreeMap<String, Set<String>>();
            for (AnalyzedArticle a : articles) {
                String story = index.article(ArticleIds.of(a.article().canonicalUrl()))
                        .orElseThrow()
                        .storyId();
                clusters.computeIfAbsent(story, k -> new TreeSet<>()).add(slug(a));
            }
            return new HashSet<>(clusters.values());
        }
    }

    private static String slug(AnalyzedArticle a) {
        String path = a.article().url().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static AnalyzedArticle article(
            String slug, String published, String title, List<Entity> entities, List<String> paragraphs) {
        List<Tag> tags = entities.stream()
                .map(e -> new Tag(e.name(), e.id(), List.of(e.name())))
                .toList();
        return TestArticles.analyzed(
                URI.create("https://news.example/" + slug),
                title,
                Instant.parse(published),
                "site-" + slug,
                Optional.empty(),
                paragraphs,
                tags,
                entities);
    }
}
