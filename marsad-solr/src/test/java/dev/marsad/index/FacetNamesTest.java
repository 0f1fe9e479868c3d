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
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The names of a page's facet values looked up together on a real SolrCloud (one node in a child
 * JVM): one request for the page, the name of each value from its first article (the earliest
 * canonical one, as the embedded index), one more request only for the values whose first articles
 * lie beyond the rows of the first (issue 13).
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
    void namesAPagesValuesFromTheirFirstArticlesInOneRequest() throws Exception {
        var requests = new AtomicInteger();
        Map<String, String> found = names(
                requests,
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
        assertThat(requests).as("one request for the page's tag and entity").hasValue(1);
    }

    @Test
    void asksAgainOnlyForAValueWhoseFirstArticleIsBeyondTheRows() throws Exception {
        var requests = new AtomicInteger();
        Map<String, String> found = names(
                requests,
                List.of(FacetNames.key(IndexFields.TAG, COMMON.key()), FacetNames.key(IndexFields.TAG, RARE.key())));
        assertThat(found)
                .containsEntry(FacetNames.key(IndexFields.TAG, COMMON.key()), "عام")
                .containsEntry(FacetNames.key(IndexFields.TAG, RARE.key()), "نادر");
        assertThat(requests)
                .as("the page's request, then one for the value it did not name")
                .hasValue(2);
    }

    @Test
    void leavesOutAValueNoArticleCarriesWithoutAnotherRequestWhenThePageSawEveryArticle() throws Exception {
        var requests = new AtomicInteger();
        Map<String, String> found = names(
                requests,
                List.of(
                        FacetNames.key(IndexFields.ENTITY, "loc:kyiv"),
                        FacetNames.key(IndexFields.ENTITY, "loc:nowhere")));
        assertThat(found).containsOnlyKeys(FacetNames.key(IndexFields.ENTITY, "loc:kyiv"));
        assertThat(requests).hasValue(1);
    }

    /** The names of {@code keys} from one {@link FacetNames#names} on the cluster, its requests counted. */
    private static Map<String, String> names(AtomicInteger requests, List<String> keys) throws Exception {
        try (var nodes = SolrNodes.of(address)) {
            var names = new FacetNames(
                    (what, query) -> {
                        requests.incrementAndGet();
                        return nodes.call(what, c -> c.query(SolrCollections.ARTICLES, query, SolrRequest.METHOD.POST))
                                .getResults();
                    },
                    new ArticleJson());
            return names.names(keys);
        }
    }
}
