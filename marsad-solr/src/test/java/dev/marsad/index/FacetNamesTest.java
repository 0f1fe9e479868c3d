package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Section;
import dev.marsad.analyze.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.common.SolrDocumentList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The names of a page's facet values looked up together on a real SolrCloud (one node in a child
 * JVM): one request for the ids of the page's first articles and one for their records, the name
 * of each value from its first article (the earliest canonical one), one more id request only for
 * the values whose first articles lie beyond the rows of the first (issue 13).
 */
class FacetNamesTest extends OneNodeSolrCloud {

    private static final int ARTICLES = FacetNames.ROWS + 5;
    private static final Tag COMMON = TestArticles.tag("عام", "aam");
    private static final Tag RARE = TestArticles.tag("نادر", "nadir");

    @BeforeAll
    static void fill() throws Exception {
        try (var writer = SolrArticleIndex.open(address, IndexLocation.Access.READ_WRITE, Duration.ofMinutes(1))) {
            writer.deleteAll();
            for (int i = 0; i < ARTICLES; i++) {
                var tags = new ArrayList<>(List.of(COMMON));
                if (i == ARTICLES - 1) tags.add(RARE); // first (and only) article beyond the first request's rows
                var entities = new ArrayList<Entity>();
                // the earliest article names the place one way, a later one another way
                if (i == 2) entities.add(TestArticles.place("loc:kyiv", "كييف"));
                if (i == 7) entities.add(TestArticles.place("loc:kyiv", "كيف"));
                writer.put(TestArticles.article(
                        "a" + i,
                        "خبر رقم " + i,
                        Instant.parse("2023-01-01T08:00:00Z")
                                .plus(Duration.ofDays(i))
                                .toString(),
                        "موقع الشرق",
                        List.of("نص الخبر رقم " + i + " عن الميناء."),
                        tags,
                        entities,
                        Optional.empty(),
                        "a" + i));
            }
            writer.commit();
        }
    }

    @Test
    void namesAPagesValuesFromTheirFirstArticlesInTwoRequests() throws Exception {
        var calls = new ArrayList<Call>();
        Map<String, String> found = names(
                calls,
                FacetNames.MAX_ROUNDS,
                List.of(
                        FacetNames.key(IndexFields.TAG, COMMON.key()),
                        FacetNames.key(IndexFields.ENTITY, "loc:kyiv"),
                        FacetNames.key(IndexFields.SECTION, Section.POLITICS.name()),
                        FacetNames.key(IndexFields.SOURCE, "موقع الشرق")));
        assertThat(found)
                .containsEntry(FacetNames.key(IndexFields.TAG, COMMON.key()), "عام")
                .as("the earliest article's name")
                .containsEntry(FacetNames.key(IndexFields.ENTITY, "loc:kyiv"), "كييف")
                .containsEntry(
                        FacetNames.key(IndexFields.SECTION, Section.POLITICS.name()), Section.POLITICS.arabicName())
                .containsEntry(FacetNames.key(IndexFields.SOURCE, "موقع الشرق"), "موقع الشرق");
        assertThat(calls).as("the first articles' ids, then their records").hasSize(2);
    }

    /**
     * Review of issue 13: the page's request read and shipped the records of all its rows. The rows
     * come as ids and docValues only, and the records read are those of the two first articles
     * (a0 for the tag, a2 for the entity), not of the 38 other articles that name nothing.
     */
    @Test
    void readsTheRecordsOfTheFirstArticlesOnly() throws Exception {
        var calls = new ArrayList<Call>();
        names(
                calls,
                FacetNames.MAX_ROUNDS,
                List.of(FacetNames.key(IndexFields.TAG, COMMON.key()), FacetNames.key(IndexFields.ENTITY, "loc:kyiv")));
        Call ids = calls.getFirst();
        assertThat(ids.answer()).as("the id request's rows").hasSize(FacetNames.ROWS);
        assertThat(ids.query().getFields()).as("the id request's fields").doesNotContain(IndexFields.JSON);
        assertThat(records(calls)).as("stored records fetched").isEqualTo(2);
        assertThat(calls.getLast().query().getRows())
                .as("the record request's rows")
                .isEqualTo(2);
    }

    @Test
    void aValueAskedForAloneReadsOneRecord() throws Exception {
        var calls = new ArrayList<Call>();
        Map<String, String> found =
                names(calls, FacetNames.MAX_ROUNDS, List.of(FacetNames.key(IndexFields.TAG, COMMON.key())));
        assertThat(found).containsEntry(FacetNames.key(IndexFields.TAG, COMMON.key()), "عام");
        assertThat(calls).hasSize(1);
        assertThat(calls.getFirst().query().getRows()).isEqualTo(1);
    }

    /** Issue 11 through the batch: a tag key no article carries as a tag is named by the entity of that key. */
    @Test
    void aTagNamedByTheEntityOfItsKeyIsNamedOnAPage() throws Exception {
        var calls = new ArrayList<Call>();
        Map<String, String> found = names(
                calls,
                FacetNames.MAX_ROUNDS,
                List.of(FacetNames.key(IndexFields.TAG, "loc:kyiv"), FacetNames.key(IndexFields.TAG, COMMON.key())));
        assertThat(found)
                .containsEntry(FacetNames.key(IndexFields.TAG, "loc:kyiv"), "كييف")
                .containsEntry(FacetNames.key(IndexFields.TAG, COMMON.key()), "عام");
    }

    /** When the id requests stop before every value is named, the values left are looked up alone. */
    @Test
    void valuesLeftWhenTheRoundsStopAreLookedUpAlone() throws Exception {
        List<Call> calls = namesCommonAndRare(1);
        assertThat(calls)
                .as("one id request, the records, the value left alone")
                .hasSize(3);
        assertThat(calls.getLast().query().getRows()).isEqualTo(1);
    }

    @Test
    void asksAgainOnlyForAValueWhoseFirstArticleIsBeyondTheRows() throws Exception {
        List<Call> calls = namesCommonAndRare(FacetNames.MAX_ROUNDS);
        assertThat(calls)
                .as("the page's id request, one for the value it did not name, the two records")
                .hasSize(3);
        assertThat(calls.getLast().query().getFields()).contains(IndexFields.JSON);
    }

    /** The common and the rare tag named with at most {@code maxRounds} id requests; the calls made. */
    private static List<Call> namesCommonAndRare(int maxRounds) throws Exception {
        var calls = new ArrayList<Call>();
        Map<String, String> found = names(
                calls,
                maxRounds,
                List.of(FacetNames.key(IndexFields.TAG, COMMON.key()), FacetNames.key(IndexFields.TAG, RARE.key())));
        assertThat(found)
                .containsEntry(FacetNames.key(IndexFields.TAG, COMMON.key()), "عام")
                .containsEntry(FacetNames.key(IndexFields.TAG, RARE.key()), "نادر");
        assertThat(records(calls)).as("stored records fetched").isEqualTo(2);
        return calls;
    }

    @Test
    void leavesOutAValueNoArticleCarriesWithoutAnotherRequestWhenThePageSawEveryArticle() throws Exception {
        var calls = new ArrayList<Call>();
        Map<String, String> found = names(
                calls,
                FacetNames.MAX_ROUNDS,
                List.of(
                        FacetNames.key(IndexFields.ENTITY, "loc:kyiv"),
                        FacetNames.key(IndexFields.ENTITY, "loc:nowhere")));
        assertThat(found).containsOnlyKeys(FacetNames.key(IndexFields.ENTITY, "loc:kyiv"));
        assertThat(calls).as("the id request, the one record").hasSize(2);
    }

    /** A request made to the cluster and its answer. */
    private record Call(SolrQuery query, SolrDocumentList answer) {}

    /** How many stored records the calls fetched. */
    private static int records(List<Call> calls) {
        return calls.stream()
                .filter(c -> List.of(c.query().getFields().split(",")).contains(IndexFields.JSON))
                .mapToInt(c -> c.answer().size())
                .sum();
    }

    /** The names of {@code keys} from one {@link FacetNames#names} on the cluster, its requests kept. */
    private static Map<String, String> names(List<Call> calls, int maxRounds, List<String> keys) throws Exception {
        try (var nodes = SolrNodes.of(address)) {
            var names = new FacetNames(
                    (what, query) -> {
                        SolrDocumentList answer = nodes.call(
                                        what, c -> c.query(SolrCollections.ARTICLES, query, SolrRequest.METHOD.POST))
                                .getResults();
                        calls.add(new Call(query.getCopy(), answer));
                        return answer;
                    },
                    new ArticleJson(),
                    maxRounds);
            return names.names(keys);
        }
    }
}
