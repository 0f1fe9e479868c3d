package dev.marsad.index;

import static dev.marsad.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.arabic.ArabicNormalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Part of the ArticleIndex contract suite, run by every backend. Issue 15, part 2: search a reader can steer — order, phrases and "or" as typed, a respelling after a miss. */
public abstract class SearchSteeringContract extends IndexContract {

    @BeforeEach
    void open() {
        index = newIndex();
        index.put(article(
                "k1",
                "هدنة في قره باخ بعد يوم من القتال",
                "2023-09-21T06:00:00Z",
                "موقع الشرق",
                List.of("توقف القتال في إقليم قره باخ صباح اليوم بعد وساطة روسية.")));
        index.put(article(
                "k2",
                "بدء محادثات السلام حول قره باخ",
                "2023-09-25T06:00:00Z",
                "بوابة الخبر",
                List.of("بدأت في بروكسل محادثات السلام بين الطرفين حول مستقبل قره باخ.")));
        index.put(article(
                "g1",
                "قافلة مساعدات تصل إلى غزة",
                "2023-10-02T06:00:00Z",
                "صحيفة الساحل",
                List.of("وصلت قافلة المساعدات إلى غزة عبر معبر رفح صباح اليوم.")));
        index.put(article(
                "w1",
                "اقتحام مخيم في الضفة الغربية",
                "2023-10-03T06:00:00Z",
                "صحيفة الساحل",
                List.of("اقتحمت قوة مخيما قرب نابلس في الضفة الغربية فجر اليوم.")));
        index.put(article(
                "p1",
                "النار تلتهم غابة قرب وقف للسيارات",
                "2023-10-04T06:00:00Z",
                "موقع الشرق",
                List.of("شب حريق في غابة قرب موقف للسيارات، ووقف رجال الإطفاء إطلاق المياه عند المساء.")));
        index.put(article(
                "p2",
                "وقف إطلاق النار يدخل حيز التنفيذ",
                "2023-10-05T06:00:00Z",
                "بوابة الخبر",
                List.of("دخل وقف إطلاق النار حيز التنفيذ منتصف الليل بعد اتفاق الطرفين.")));
        index.commit();
    }

    @Test
    void ordersHitsByRelevanceNewestOrOldest() {
        SearchQuery query = SearchQuery.of("قره باخ");
        assertThat(ids(index.search(query.withOrder(SearchQuery.Order.NEWEST)))).containsExactly("k2", "k1");
        assertThat(ids(index.search(query.withOrder(SearchQuery.Order.OLDEST)))).containsExactly("k1", "k2");
        assertThat(ids(index.search(SearchQuery.of("").withOrder(SearchQuery.Order.OLDEST))))
                .startsWith("k1", "k2", "g1");
    }

    @Test
    void readsArabicQuotesAsAPhrase() {
        // the words of "وقف إطلاق النار" are in p1 too, but not side by side
        assertThat(ids(index.search(SearchQuery.of("وقف إطلاق النار")))).contains("p1", "p2");
        assertThat(ids(index.search(SearchQuery.of("«وقف إطلاق النار»")))).containsExactly("p2");
        assertThat(ids(index.search(SearchQuery.of("“وقف إطلاق النار”")))).containsExactly("p2");
    }

    @Test
    void readsOrBetweenWordsAsEither() {
        assertThat(ids(index.search(SearchQuery.of("غزة الضفة")))).isEmpty();
        assertThat(ids(index.search(SearchQuery.of("غزة أو الضفة")))).containsExactlyInAnyOrder("g1", "w1");
        assertThat(ids(index.search(SearchQuery.of("غزة OR الضفة")))).containsExactlyInAnyOrder("g1", "w1");
    }

    /**
     * Issue 13: every backend marks the same words in the same passages (the SolrCloud backend
     * highlights in Marsad's client, the embedded index from its postings): a phrase, and a
     * spelling of a name that only the name keys find.
     */
    @Test
    void highlightsPhrasesAndNameKeyMatchesAlike() {
        assertThat(snippetOf("p2", "«وقف إطلاق النار»"))
                .isEqualTo("دخل <mark>وقف إطلاق النار</mark> حيز التنفيذ منتصف الليل بعد اتفاق الطرفين.");
        assertThat(snippetOf("k1", "كاراباخ"))
                .isEqualTo("توقف القتال في إقليم قره <mark>باخ</mark> صباح اليوم بعد وساطة روسية.");
    }

    private String snippetOf(String id, String text) {
        return index.search(SearchQuery.of(text)).hits().stream()
                .filter(h -> h.article().id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("'" + text + "' does not find " + id))
                .snippet();
    }

    @Test
    protected void suggestsTheTwoWordSpellingOfANameWrittenAsOne() {
        SearchQuery typed = SearchQuery.of("قرهباخ");
        assertThat(index.search(typed).total()).isZero();
        Optional<String> respelt = index.suggest(typed);
        assertThat(respelt).contains("قره باخ");
        assertThat(index.search(SearchQuery.of(respelt.orElseThrow())).total()).isEqualTo(2);
    }

    @Test
    protected void suggestsAOneLetterRespellingAndKeepsTheWordsThatFound() {
        // "قافلت" for قافلة is normalised away already; a letter left out is not
        assertRespelt("قفلة مساعدات", "قافلة مساعدات");
    }

    /**
     * Issue 13 (p99): the search answers without respelling, so a miss costs what a hit does; the
     * respelling is its own operation, and {@link ArticleIndex#searchAndSuggest} gives both.
     */
    @Test
    protected void searchDoesNotRespellAndSearchAndSuggestDoes() {
        SearchQuery typed = SearchQuery.of("قرهباخ");
        assertThat(index.search(typed).suggestion()).isEmpty();
        SearchResult page = index.searchAndSuggest(typed);
        assertThat(page.total()).isZero();
        assertThat(page.suggestion()).contains("قره باخ");
        assertThat(index.searchAndSuggest(SearchQuery.of("قره باخ")).suggestion())
                .isEmpty();
    }

    /**
     * Issue 13 (p99): both backends give the same respelling of several words, two of them mistyped:
     * one edited (a letter left out), one split.
     */
    @Test
    protected void suggestsTheSameMultiWordRespellingOnEveryBackend() {
        assertRespelt("محادثات السلم حول قرهباخ", "محادثات السلام حول قره باخ");
    }

    /**
     * Issue 13: two mistyped words; the first finds nothing in its query until the second is respelt
     * too, so it is respelt by what it finds alone and the second in the respelt query.
     */
    @Test
    protected void suggestsARespellingOfEveryWordThatFindsNothing() {
        assertRespelt("قفلة مسادعات", "قافلة مساعدات");
    }

    /** {@code typed} finds nothing, and its respelling is {@code expected}. */
    private void assertRespelt(String typed, String expected) {
        assertThat(index.search(SearchQuery.of(typed)).total()).as(typed).isZero();
        assertThat(index.suggest(SearchQuery.of(typed))).as(typed).contains(expected);
    }

    @Test
    protected void suggestsNothingWhenAHitIsFoundOrNoRespellingFindsAnything() {
        assertThat(index.suggest(SearchQuery.of("قره باخ"))).isEmpty();
        assertThat(index.suggest(SearchQuery.of("زلزال"))).isEmpty();
        assertThat(index.suggest(SearchQuery.of(""))).isEmpty();
    }

    @Test
    protected void suggestsOnlyWhatFindsSomethingUnderTheSameFilters() {
        var byTag = SearchQuery.of("قرهباخ").withTag("no-such-tag");
        assertThat(index.suggest(byTag)).isEmpty();
    }

    /**
     * Review of issue 13: under a filter that selects some articles, every respelling is counted
     * inside the filter only. "سمكرب" has two respellings: "سكمرب" (two letters swapped) in two
     * articles of one source, "سمرب" (a letter left out) in one article of another. Without a filter
     * the first finds most; within the second source only the second finds anything; within a third
     * source neither does, so nothing is suggested.
     */
    @Test
    protected void countsEveryRespellingInsideAFilterThatSelectsSomeArticles() {
        index.put(article(
                "s1", "تقرير الساحل الأول", "2023-11-01T06:00:00Z", "بوابة الخبر", List.of("ظهر سكمرب في الميناء.")));
        index.put(article(
                "s2", "تقرير الساحل الثاني", "2023-11-02T06:00:00Z", "بوابة الخبر", List.of("عاد سكمرب إلى الميناء.")));
        index.put(article("s3", "تقرير الشرق", "2023-11-03T06:00:00Z", "موقع الشرق", List.of("غادر سمرب الميناء.")));
        index.commit();
        SearchQuery typed = SearchQuery.of("سمكرب");
        assertThat(index.search(typed).total()).isZero();
        assertThat(index.suggest(typed)).contains("سكمرب");
        assertThat(index.suggest(typed.withSource("موقع الشرق"))).contains("سمرب");
        assertThat(index.suggest(typed.withSource("بوابة الخبر"))).contains("سكمرب");
        assertThat(index.suggest(typed.withSource("صحيفة الساحل"))).isEmpty();
    }

    /**
     * Review of issue 13: a miss on a page past the first is a page past the end, answered without a
     * respelling (the site answers it 404); the same miss on page 1 is respelt.
     */
    @Test
    protected void aMissOnALaterPageIsNotRespelt() {
        SearchQuery typed = SearchQuery.of("قرهباخ");
        assertThat(index.searchAndSuggest(typed).suggestion()).contains("قره باخ");
        SearchResult ninth = index.searchAndSuggest(typed.withPage(9, typed.pageSize()));
        assertThat(ninth.total()).isZero();
        assertThat(ninth.suggestion()).isEmpty();
    }

    /**
     * Review of issue 13: every backend suggests the same for the same articles, even when more than
     * {@value QuerySuggester#MAX_IN_QUERY} spellings find something and the document frequencies
     * differ (a document replaced, its old version deleted but perhaps not merged away yet): the
     * first {@value QuerySuggester#MAX_IN_QUERY} spellings that find something, in the order they are
     * made, are counted, and the one that finds most wins (ties to the earlier). The last spelling
     * finds most but comes after them; the first is only in a deleted document.
     */
    @Test
    protected void suggestsTheSameWhateverTheDocumentFrequencies() {
        // long enough that the first spellings made are letters left out or swapped, which no name key joins
        String typed = "بتجدرسفلعشز";
        String normal = ArabicNormalizer.SEARCH.normalize(typed);
        List<String> spellings = QuerySuggester.edits(typed).stream()
                .filter(e -> !ArabicNormalizer.SEARCH.normalize(e).equals(normal))
                .limit(QuerySuggester.MAX_IN_QUERY + 3L)
                .toList();
        var articles = new java.util.ArrayList<IndexedArticle>();
        for (int i = 0; i < spellings.size(); i++) articles.add(mention("r" + i, spellings.get(i)));
        for (int copy = 1; copy <= 3; copy++) articles.add(mention("r-last-" + copy, spellings.getLast()));
        articles.forEach(index::put);
        index.commit();
        // the first spelling's article rewritten without it, the second's written again as it was
        index.put(mention("r0", "بلا"));
        index.put(articles.get(1));
        index.commit();
        assertThat(index.search(SearchQuery.of(typed)).total())
                .as("the typed word finds nothing")
                .isZero();
        List<Long> found = spellings.stream()
                .map(w -> index.search(SearchQuery.of(w)).total())
                .toList();
        assertThat(found.getFirst()).as("only in a deleted document").isZero();
        assertThat(found.getLast()).as("finds most").isGreaterThan(found.get(1));
        String expected = null;
        long most = 0;
        int finding = 0;
        for (int i = 0; i < spellings.size() && finding < QuerySuggester.MAX_IN_QUERY; i++) {
            if (found.get(i) > 0) finding++;
            if (found.get(i) > most) {
                most = found.get(i);
                expected = spellings.get(i);
            }
        }
        assertThat(finding)
                .as("as many spellings find something as are counted")
                .isEqualTo(QuerySuggester.MAX_IN_QUERY);
        assertThat(expected).isNotEqualTo(spellings.getLast());
        assertThat(index.suggest(SearchQuery.of(typed))).contains(expected);
    }

    private static IndexedArticle mention(String id, String word) {
        return article(id, "تقرير " + id, "2023-11-01T06:00:00Z", "موقع الشرق", List.of(word));
    }
}
