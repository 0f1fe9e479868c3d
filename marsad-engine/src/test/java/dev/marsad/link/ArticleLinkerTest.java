package dev.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Tag;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.CopyRelations;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.Story;
import dev.marsad.index.TestArticles;
import dev.marsad.index.WriteConflict;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArticleLinkerTest {

    private static final List<String> CEASEFIRE = TestArticles.CEASEFIRE_REPORT;

    /** Two copies of the ceasefire report that two linkers fold at once, each under a headline of its own. */
    private static final AnalyzedArticle FIRST_COPY =
            mirrorCopy("https://mirror.example/x", "تقارير: هدنة في قره باخ", "2023-09-20T09:30:00Z");

    private static final AnalyzedArticle SECOND_COPY =
            mirrorCopy("https://madar.example/y", "عاجل: توقف المعارك في الإقليم", "2023-09-20T09:40:00Z");

    private final LuceneArticleIndex index = LuceneArticleIndex.inMemory();
    private final ArticleLinker linker =
            new ArticleLinker(index, Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void startsAStoryWithTheFirstArticle() {
        LinkResult result = linkKhabarReport();
        assertThat(result.outcome()).isEqualTo(LinkResult.Outcome.NEW_STORY);
        index.refresh();
        Story story = index.story(result.article().storyId()).orElseThrow();
        assertThat(story.articleIds()).containsExactly(result.article().id());
        assertThat(story.publishers()).containsExactly("الخبر");
    }

    @Test
    void foldsARepublishedCopyUnderItsOriginal() {
        LinkResult original = linkKhabarReport();
        LinkResult copy = linker.link(article(
                "https://mirror.example/x",
                "تقارير: هدنة في قره باخ",
                "المرآة",
                Optional.of("الخبر"),
                "2023-09-20T09:30:00Z",
                CEASEFIRE.subList(0, 2)));
        assertThat(copy.outcome()).isEqualTo(LinkResult.Outcome.COPY);
        assertThat(copy.article().duplicateOf()).contains(original.article().id());
        assertThat(copy.article().storyId()).isEqualTo(original.article().storyId());
        index.refresh();
        assertThat(index.copiesOf(original.article().id()))
                .extracting(IndexedArticle::id)
                .containsExactly(copy.article().id());
        assertThat(index.story(original.article().storyId()).orElseThrow().publishers())
                .containsExactly("الخبر", "المرآة");
    }

    /** Issue 13: the original carries the headline its copy's outlet wrote, so the copy's words find the story. */
    @Test
    void aCopysRewrittenHeadlineFindsItsOriginal() {
        LinkResult original = linkKhabarReport();
        linker.link(mirrorCopy("https://mirror.example/x", "تقارير: هدنة في قره باخ", "2023-09-20T09:30:00Z"));
        linker.link(mirrorCopy("https://mirror.example/y", "تقارير: هدنة في قره باخ", "2023-09-20T09:40:00Z"));
        index.refresh();
        IndexedArticle stored = index.article(original.article().id()).orElseThrow();
        assertThat(stored.copies().searchedHeadlines(stored.analyzed().article().title()))
                .as("a headline two copies share is searched once")
                .containsExactly("تقارير: هدنة في قره باخ");
        assertThat(stored.isCanonical()).isTrue();
        assertThat(index.search(SearchQuery.of("تقارير هدنة")).hits())
                .extracting(h -> h.article().id())
                .containsExactly(original.article().id());
        assertThat(index.story(original.article().storyId()).orElseThrow().members())
                .filteredOn(Story.Member::canonical)
                .extracting(Story.Member::id)
                .as("the original stays the story's canonical member")
                .containsExactly(original.article().id());
    }

    /** Issue 13: when a later article turns out to be the group's original, the copy headlines move to it. */
    @Test
    void aNewOriginalTakesTheCopyHeadlinesFromTheOldOne() {
        LinkResult first = linker.link(
                ceasefire("https://mirror.example/x", "المرآة", Optional.of("صحيفة الخبر"), "2023-09-20T07:00:00Z"));
        LinkResult second = linker.link(
                mirrorCopy("https://madar.example/z", "هدنة مؤقتة في الإقليم وفتح الممرات", "2023-09-20T07:30:00Z"));
        index.refresh();
        assertThat(second.article().duplicateOf()).contains(first.article().id());
        assertThat(index.article(first.article().id()).orElseThrow().copies().copyHeadlineTexts())
                .containsExactly("هدنة مؤقتة في الإقليم وفتح الممرات");
        LinkResult original = linkKhabarReport();
        assertThat(original.outcome()).isEqualTo(LinkResult.Outcome.ORIGINAL_OF_COPY);
        index.refresh();
        assertThat(index.article(first.article().id()).orElseThrow().copies().copyHeadlineTexts())
                .as("the old original is a copy now")
                .isEmpty();
        IndexedArticle newOriginal = index.article(original.article().id()).orElseThrow();
        assertThat(newOriginal
                        .copies()
                        .searchedHeadlines(newOriginal.analyzed().article().title()))
                .as("the old original's own headline is the new original's too: not searched twice")
                .containsExactly("هدنة مؤقتة في الإقليم وفتح الممرات");
        assertThat(index.search(SearchQuery.of("مؤقتة الممرات")).hits())
                .extracting(h -> h.article().id())
                .containsExactly(original.article().id());
    }

    /** Issue 13: a copy linked again with another headline changes the headline its original carries. */
    @Test
    void aCopyLinkedAgainWithAnotherHeadlineReplacesTheOneItsOriginalCarries() {
        LinkResult original = linkKhabarReport();
        linker.link(mirrorCopy("https://mirror.example/x", "تقارير: هدنة في قره باخ", "2023-09-20T09:30:00Z"));
        linker.link(mirrorCopy("https://mirror.example/x", "عاجل: توقف المعارك في قره باخ", "2023-09-20T09:30:00Z"));
        index.refresh();
        assertThat(index.article(original.article().id()).orElseThrow().copies().copyHeadlineTexts())
                .containsExactly("عاجل: توقف المعارك في قره باخ");
        assertThat(index.search(SearchQuery.of("تقارير هدنة")).hits()).isEmpty();
    }

    /**
     * Issue 13: an original stored before copy headlines existed gains its copy's headline when the
     * copy is linked again (a re-ingest of the captures; {@code marsad rebuild} links every one anew).
     */
    @Test
    void aCopyLinkedAgainGivesAnOriginalStoredBeforeCopyHeadlinesItsHeadline() {
        LinkResult original = linkKhabarReport();
        AnalyzedArticle copy =
                mirrorCopy("https://mirror.example/x", "تقارير: هدنة في قره باخ", "2023-09-20T09:30:00Z");
        linker.link(copy);
        index.refresh();
        IndexedArticle stored = index.article(original.article().id()).orElseThrow();
        index.put(stored.withCopies(CopyRelations.NONE)); // as an index written before the change holds it
        index.refresh();
        assertThat(index.search(SearchQuery.of("تقارير هدنة")).hits()).isEmpty();
        var again = new ArticleLinker(index, Clock.systemUTC());
        assertThat(again.link(copy).outcome()).isEqualTo(LinkResult.Outcome.UPDATED);
        index.refresh();
        assertThat(index.search(SearchQuery.of("تقارير هدنة")).hits())
                .extracting(h -> h.article().id())
                .containsExactly(original.article().id());
    }

    /** Issue 13: a copy's link cut short by a conflict leaves its original carrying its headline once. */
    @Test
    void aConflictWhileFoldingACopyCarriesItsHeadlineOnce() {
        LinkResult original = linkKhabarReport();
        index.refresh();
        var attempts = new AtomicInteger();
        var linkerOfShared = new ArticleLinker(refusingStories(attempts, 1), Clock.systemUTC());
        LinkResult copy = linkerOfShared.link(
                mirrorCopy("https://mirror.example/x", "تقارير: هدنة في قره باخ", "2023-09-20T09:30:00Z"));
        assertThat(attempts.get()).as("a story write refused, then taken").isGreaterThan(1);
        assertThat(copy.outcome()).isEqualTo(LinkResult.Outcome.COPY);
        index.refresh();
        assertThat(index.article(original.article().id()).orElseThrow().copies().copyHeadlines())
                .extracting(CopyRelations.CopyHeadline::copyId)
                .containsExactly(copy.article().id());
    }

    /**
     * Issue 13, review finding C1: two copies share a headline; one of them is linked again under
     * another headline, and the other still brings the shared one to the original.
     */
    @Test
    void aSharedHeadlineStaysWhenOneOfItsCopiesIsRetitled() {
        LinkResult original = linkKhabarReport();
        linker.link(mirrorCopy("https://mirror.example/x", "تقارير: هدنة في قره باخ", "2023-09-20T09:30:00Z"));
        linker.link(mirrorCopy("https://mirror.example/y", "تقارير: هدنة في قره باخ", "2023-09-20T09:40:00Z"));
        index.refresh();
        linker.link(mirrorCopy("https://mirror.example/x", "عاجل: توقف المعارك في قره باخ", "2023-09-20T09:30:00Z"));
        index.refresh();
        assertThat(index.search(SearchQuery.of("تقارير هدنة")).hits())
                .as("the words of the headline the other copy still has")
                .extracting(h -> h.article().id())
                .containsExactly(original.article().id());
        assertThat(index.search(SearchQuery.of("عاجل المعارك")).hits())
                .extracting(h -> h.article().id())
                .containsExactly(original.article().id());
    }

    /**
     * Issue 13, review finding C1: a copy that took its original's headline is searched by it once
     * the original is re-ingested under another headline.
     */
    @Test
    void aCopyWithTheOriginalsOldHeadlineIsSearchedOnceTheOriginalIsRetitled() {
        String oldTitle = "وقف إطلاق النار في كاراباخ وأذربيجان تفاوض غدا";
        LinkResult original = linkKhabarReport();
        LinkResult copy = linker.link(mirrorCopy("https://mirror.example/x", oldTitle, "2023-09-20T09:30:00Z"));
        assertThat(copy.outcome()).isEqualTo(LinkResult.Outcome.COPY);
        linker.link(article(
                "https://khabar.example/a/1",
                "أذربيجان تعلن هدنة في الإقليم",
                "الخبر",
                Optional.empty(),
                "2023-09-20T08:00:00Z",
                CEASEFIRE));
        index.refresh();
        assertThat(index.search(SearchQuery.of("تفاوض غدا كاراباخ")).hits())
                .as("words of the old headline, now only the copy's")
                .extracting(h -> h.article().id())
                .containsExactly(original.article().id());
    }

    /**
     * Issue 13 part 4, review finding C2: two linkers fold a copy each into one original at once. The
     * first has read the original and decided; before it writes, the second folds its copy and makes
     * it visible (its turn ends, as when the first stalled past its lease). The first's write must not
     * erase the second's headline.
     */
    @Test
    void twoLinkersFoldingIntoOneOriginalAtOnceKeepBothHeadlines() {
        LinkResult original = linkKhabarReport();
        index.refresh();
        var other = new ArticleLinker(index, Clock.systemUTC());
        ArticleIndex stalling = linkingBeforeWriting(index, FIRST_COPY, () -> other.link(SECOND_COPY));
        assertThat(new ArticleLinker(stalling, Clock.systemUTC())
                        .link(FIRST_COPY)
                        .outcome())
                .isEqualTo(LinkResult.Outcome.COPY);
        index.refresh();
        assertThat(index.article(ArticleIds.of(SECOND_COPY.article().canonicalUrl()))
                        .orElseThrow()
                        .duplicateOf())
                .as("the second linked in between")
                .contains(original.article().id());
        assertBothCopyHeadlinesFind(original, "written between the first's read and write");
    }

    /**
     * Issue 13 part 4, review finding C2 (addendum): as above, and then the first linker's story write
     * is refused (the second changed the story) and it must not try again (its turn was lost): the
     * repair before its next article puts the original back without erasing either copy's headline.
     */
    @Test
    void aRepairAfterALostTurnKeepsTheHeadlinesOfTheCopiesStillFolded() {
        LinkResult original = linkKhabarReport();
        index.refresh();
        var other = new ArticleLinker(index, Clock.systemUTC());
        var storyWrites = new AtomicInteger();
        ArticleIndex shared = linkingBeforeWriting(
                StoryRefusingIndex.over(index, storyWrites, n -> n == 1), FIRST_COPY, () -> other.link(SECOND_COPY));
        var stalled = new ArticleLinker(shared, Clock.systemUTC(), () -> {
            throw new IllegalStateException("the link turn was lost");
        });
        assertThatThrownBy(() -> stalled.link(FIRST_COPY)).isInstanceOf(IllegalStateException.class);
        stalled.link(article(
                "https://bank.example/r/1",
                "البنك المركزي يرفع سعر الفائدة",
                "المصرف",
                Optional.empty(),
                "2023-09-21T08:00:00Z",
                List.of("رفع البنك المركزي سعر الفائدة ربع نقطة لمواجهة التضخم في الأسعار خلال الشهر الماضي.")));
        index.refresh();
        assertBothCopyHeadlinesFind(original, "after the first's repair (its copy is stored and still folded)");
    }

    /** The words of each of the two copies' headlines find the original, and only it. */
    private void assertBothCopyHeadlinesFind(LinkResult original, String when) {
        for (String words : List.of("تقارير هدنة", "عاجل المعارك"))
            assertThat(index.search(SearchQuery.of(words)).hits())
                    .as("'%s', %s", words, when)
                    .extracting(h -> h.article().id())
                    .containsExactly(original.article().id());
    }

    /**
     * {@code index} as one linker sees it while another links too: {@code meanwhile} runs, and its
     * writes are made visible (the other's turn ends), just before {@code linked} is first written,
     * after the linker read the original it folds it into and decided.
     */
    private ArticleIndex linkingBeforeWriting(ArticleIndex shared, AnalyzedArticle linked, Runnable meanwhile) {
        String linkedId = ArticleIds.of(linked.article().canonicalUrl());
        var done = new AtomicInteger();
        return (ArticleIndex) java.lang.reflect.Proxy.newProxyInstance(
                ArticleIndex.class.getClassLoader(), new Class<?>[] {ArticleIndex.class}, (proxy, method, args) -> {
                    if (method.getName().equals("put")
                            && args.length == 2
                            && args[0] instanceof IndexedArticle a
                            && a.id().equals(linkedId)
                            && done.getAndIncrement() == 0) {
                        meanwhile.run();
                        index.refresh();
                    }
                    try {
                        return method.invoke(shared, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void makesTheNamedSourceTheOriginalEvenWhenItArrivesLater() {
        LinkResult copy = linker.link(
                ceasefire("https://mirror.example/x", "المرآة", Optional.of("صحيفة الخبر"), "2023-09-20T07:00:00Z"));
        LinkResult original = linkKhabarReport();
        assertThat(original.outcome()).isEqualTo(LinkResult.Outcome.ORIGINAL_OF_COPY);
        assertThat(original.article().isCanonical()).isTrue();
        index.refresh();
        assertThat(index.article(copy.article().id()).orElseThrow().duplicateOf())
                .contains(original.article().id());
    }

    @Test
    void keepsDecisionsWhenTheSameUrlIsLinkedAgain() {
        LinkResult first = linkKhabarReport();
        LinkResult again = linkKhabarReport();
        assertThat(again.outcome()).isEqualTo(LinkResult.Outcome.UPDATED);
        assertThat(again.article().id()).isEqualTo(first.article().id());
        index.refresh();
        assertThat(index.articleCount()).isEqualTo(1);
    }

    @Test
    void groupsDifferentReportsOfTheSameEventIntoOneStory() {
        LinkResult first = linkKhabarReport();
        LinkResult second = linker.link(article(
                "https://sahel.example/n/77",
                "باكو توقف عملياتها في كاراباخ ومحادثات في يفلاخ",
                "الساحل",
                Optional.empty(),
                "2023-09-21T06:00:00Z",
                List.of(
                        "أوقفت أذربيجان عملياتها العسكرية في إقليم ناغورنو كاراباخ بعد أن قبل الانفصاليون الأرمن شروط باكو،"
                                + " وفق ما أعلنت وزارة الدفاع الأذربيجانية.",
                        "ومن المقرر أن يلتقي الطرفان في مدينة يفلاخ لبحث مستقبل الإقليم بوساطة قوات حفظ السلام الروسية،"
                                + " في حين طالب الاتحاد الأوروبي بضمان سلامة المدنيين.")));
        assertThat(second.outcome()).isEqualTo(LinkResult.Outcome.JOINED_STORY);
        assertThat(second.article().storyId()).isEqualTo(first.article().storyId());
    }

    @Test
    void keepsRelatedEventsYearsApartInSeparateStoriesButRelated() {
        LinkResult karabakh = linkKhabarReport();
        LinkResult riyadh = linker.link(article(
                "https://khabar.example/a/2",
                "محادثات في الرياض بشأن وقف إطلاق النار في أوكرانيا",
                "الخبر",
                Optional.empty(),
                "2025-03-23T10:00:00Z",
                List.of(
                        "تستضيف الرياض غدا محادثات بشأن وقف إطلاق النار في أوكرانيا، بمشاركة وفد روسي ووفد أمريكي،"
                                + " بعد أسابيع من المفاوضات غير المباشرة.",
                        "وقال وزير الدفاع الأوكراني رستم عمروف إن بلاده مستعدة لبحث وقف العمليات العسكرية،"
                                + " فيما دعا الاتحاد الأوروبي إلى سلام عادل.")));
        assertThat(riyadh.outcome()).isEqualTo(LinkResult.Outcome.NEW_STORY);
        assertThat(riyadh.article().storyId()).isNotEqualTo(karabakh.article().storyId());
        index.refresh();
        assertThat(index.story(riyadh.article().storyId()).orElseThrow().relatedIds())
                .as("the later story lists the earlier one as related reading, stored by the linker")
                .containsExactly(karabakh.article().storyId());
    }

    @Test
    void startsANewStoryForAnUnrelatedArticle() {
        LinkResult karabakh = linkKhabarReport();
        LinkResult rates = linker.link(
                article(
                        "https://sahel.example/econ/5",
                        "البنك المركزي يرفع سعر الفائدة",
                        "الساحل",
                        Optional.empty(),
                        "2023-09-20T12:00:00Z",
                        List.of(
                                "رفع البنك المركزي سعر الفائدة الرئيسي ربع نقطة مئوية، مشيرا إلى استمرار ضغوط التضخم على الأسعار.")));
        assertThat(rates.outcome()).isEqualTo(LinkResult.Outcome.NEW_STORY);
        assertThat(rates.article().storyId()).isNotEqualTo(karabakh.article().storyId());
        index.refresh();
        assertThat(index.story(rates.article().storyId()).orElseThrow().relatedIds())
                .as("nothing in common, nothing to read next")
                .isEmpty();
    }

    @Test
    void leavesRefreshingTheReaderToItsCallerAndSeesItsOwnWritesMeanwhile() {
        LinkResult original = linkKhabarReport();
        assertThat(index.article(original.article().id()))
                .as("not refreshed by the linker")
                .isEmpty();
        LinkResult copy = linker.link(
                ceasefire("https://mirror.example/x", "المرآة", Optional.of("الخبر"), "2023-09-20T09:30:00Z"));
        assertThat(copy.article().duplicateOf()).contains(original.article().id());
        index.refresh();
        assertThat(index.story(original.article().storyId()).orElseThrow().articleIds())
                .containsExactly(original.article().id(), copy.article().id());
    }

    @Test
    void recordsTheIndexedInstantItIsGiven() {
        Instant rebuilt = Instant.parse("2023-09-20T08:05:00Z");
        LinkResult result = linker.link(
                ceasefire("https://khabar.example/a/1", "الخبر", Optional.empty(), "2023-09-20T08:00:00Z"), rebuilt);
        assertThat(result.article().indexedAt()).isEqualTo(rebuilt);
    }

    @Test
    void rebuildsOnceAStorySummaryStoredWithoutItsMembers() throws IOException {
        LinkResult first = linkKhabarReport();
        index.refresh();
        Story old = index.story(first.article().storyId()).orElseThrow();
        index.put(new Story(
                old.id(),
                old.title(),
                old.articleIds(),
                old.publishers(),
                old.first(),
                old.last(),
                old.tagKeys(),
                old.entityIds()));
        index.refresh();
        var fresh = new ArticleLinker(index, Clock.fixed(Instant.parse("2024-01-02T00:00:00Z"), ZoneOffset.UTC));
        LinkResult copy = fresh.link(
                ceasefire("https://mirror.example/x", "المرآة", Optional.of("الخبر"), "2023-09-20T09:30:00Z"));
        index.refresh();
        Story story = index.story(first.article().storyId()).orElseThrow();
        assertThat(story.isIncremental()).isTrue();
        assertThat(story)
                .isEqualTo(StorySummary.of(
                        story.id(), List.of(index.article(first.article().id()).orElseThrow(), copy.article())));
    }

    /** The ceasefire report of الخبر, the first of the story and the original of its copies. */
    @Test
    void linksAgainWhenAnotherWriterChangedAStoryUnderIt() {
        var attempts = new AtomicInteger();
        var linkerOfShared = new ArticleLinker(refusingStories(attempts, 1), Clock.systemUTC());
        LinkResult first = linkerOfShared.link(
                ceasefire("https://khabar.example/a/1", "الخبر", Optional.empty(), "2023-09-20T08:00:00Z"));
        assertThat(attempts).as("one story write refused, the next one taken").hasValue(2);
        assertThat(first.outcome())
                .as("stored by the attempt cut short, so decided anew, not kept as stored")
                .isEqualTo(LinkResult.Outcome.NEW_STORY);
        index.refresh();
        assertThat(index.article(first.article().id())).isPresent();
        assertThat(index.story(first.article().storyId()).orElseThrow().articleIds())
                .containsExactly(first.article().id());
    }

    @Test
    void aConflictWhileJoiningLeavesEveryStoryListingOnlyItsOwnArticles() {
        LinkResult first = linkKhabarReport();
        index.refresh();
        var attempts = new AtomicInteger();
        var linkerOfShared = new ArticleLinker(refusingStories(attempts, 1), Clock.systemUTC());
        LinkResult second = linkerOfShared.link(article(
                "https://madar.example/b/2",
                "كاراباخ: أذربيجان توقف العمليات وتفاوض الانفصاليين غدا",
                "مدار",
                Optional.empty(),
                "2023-09-20T11:00:00Z",
                CEASEFIRE.subList(0, 2)));
        index.refresh();
        assertThat(second.outcome()).isNotEqualTo(LinkResult.Outcome.UPDATED);
        String storyId = index.article(second.article().id()).orElseThrow().storyId();
        assertThat(index.story(storyId).orElseThrow().articleIds())
                .contains(second.article().id());
        if (!storyId.equals(first.article().storyId()))
            assertThat(index.story(first.article().storyId()).orElseThrow().articleIds())
                    .doesNotContain(second.article().id());
    }

    @Test
    void givesUpWhenTheStoriesKeepChanging() {
        var attempts = new AtomicInteger();
        var linkerOfShared = new ArticleLinker(refusingStories(attempts, Integer.MAX_VALUE), Clock.systemUTC());
        AnalyzedArticle report =
                ceasefire("https://khabar.example/a/1", "الخبر", Optional.empty(), "2023-09-20T08:00:00Z");
        assertThatThrownBy(() -> linkerOfShared.link(report)).isInstanceOf(WriteConflict.class);
        assertThat(attempts).hasValue(ArticleLinker.MAX_ATTEMPTS);
    }

    /** This test's index, as a shared index would be if another writer changed the first {@code refusals} stories written. */
    private ArticleIndex refusingStories(AtomicInteger storyWrites, int refusals) {
        return StoryRefusingIndex.over(index, storyWrites, n -> n <= refusals);
    }

    private LinkResult linkKhabarReport() {
        return linker.link(ceasefire("https://khabar.example/a/1", "الخبر", Optional.empty(), "2023-09-20T08:00:00Z"));
    }

    /** A copy of the first two paragraphs of the ceasefire report under a headline of its own. */
    private static AnalyzedArticle mirrorCopy(String url, String title, String published) {
        return article(url, title, "المرآة", Optional.empty(), published, CEASEFIRE.subList(0, 2));
    }

    private static AnalyzedArticle ceasefire(String url, String site, Optional<String> source, String published) {
        return article(url, "وقف إطلاق النار في كاراباخ وأذربيجان تفاوض غدا", site, source, published, CEASEFIRE);
    }

    private static AnalyzedArticle article(
            String url, String title, String site, Optional<String> source, String published, List<String> paragraphs) {
        String text = title + " " + String.join(" ", paragraphs);
        var entities = new java.util.ArrayList<Entity>();
        if (text.contains("كاراباخ") || text.contains("قره باخ"))
            entities.add(new Entity("loc:karabakh", "ناغورنو كاراباخ", Entity.Type.LOC, List.of(), 1));
        if (text.contains("الاتحاد الأوروبي"))
            entities.add(new Entity("org:eu", "الاتحاد الأوروبي", Entity.Type.ORG, List.of(), 1));
        if (text.contains("أوكرانيا"))
            entities.add(new Entity("loc:ukraine", "أوكرانيا", Entity.Type.LOC, List.of(), 1));
        if (text.contains("البنك المركزي"))
            entities.add(new Entity("org:central-bank", "البنك المركزي", Entity.Type.ORG, List.of(), 1));
        List<Tag> tags = entities.stream()
                .map(e -> new Tag(e.name(), e.id(), List.of(e.name())))
                .toList();
        return TestArticles.analyzed(
                URI.create(url), title, Instant.parse(published), site, source, paragraphs, tags, entities);
    }
}
