package dev.marsad.index;

import static dev.marsad.index.TestArticles.article;
import static dev.marsad.index.TestArticles.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.extract.TimePrecision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Part of the ArticleIndex contract suite, run by every backend. Issue 15: what listings need to say "N of M" and to list every tag: the number of stories, and
 * every value of a facet page by page (the tag index showed the same 10 tags on every page).
 */
public abstract class ListingCountsContract extends IndexContract {

    private static final int TAGS = 13;

    @BeforeEach
    void open() {
        index = newIndex();
        // article i carries tags t1..ti, so tag tk is on TAGS - k + 1 articles: counts all differ
        for (int i = 1; i <= TAGS; i++) {
            List<dev.marsad.analyze.Tag> tags = new ArrayList<>();
            for (int k = 1; k <= i; k++) tags.add(tag("وسم " + k, "t" + k));
            index.put(article(
                    "a" + i,
                    "خبر رقم " + i,
                    "2023-09-" + (10 + i) + "T08:00:00Z",
                    "موقع",
                    List.of("نص الخبر"),
                    tags,
                    List.of(),
                    Optional.empty(),
                    "s" + (i % 4)));
        }
        for (int s = 0; s < 4; s++)
            index.put(new Story(
                    "s" + s,
                    "قصة " + s,
                    List.of("a" + (s == 0 ? 4 : s)),
                    List.of("موقع"),
                    Instant.parse("2023-09-11T08:00:00Z"),
                    Instant.parse("2023-09-11T08:00:00Z"),
                    List.of(),
                    List.of()));
        index.commit();
    }

    @Test
    void countsStories() {
        assertThat(index.storyCount()).isEqualTo(4);
    }

    @Test
    void pagesThroughEveryTagMostUsedFirst() {
        ArticleIndex.FacetPage first = index.facetValues("tag", 1, 5);
        ArticleIndex.FacetPage third = index.facetValues("tag", 3, 5);
        assertThat(first.total()).isEqualTo(TAGS);
        assertThat(first.values())
                .extracting(SearchResult.FacetCount::value)
                .containsExactly("t1", "t2", "t3", "t4", "t5");
        assertThat(first.values().getFirst().count()).isEqualTo(TAGS);
        assertThat(third.values()).extracting(SearchResult.FacetCount::value).containsExactly("t11", "t12", "t13");
        assertThat(index.facetValues("tag", 4, 5).values()).isEmpty();
    }

    @Test
    void rejectsAnUnknownFacet() {
        assertThatThrownBy(() -> index.facetValues("colour", 1, 5)).hasMessageContaining("no facet 'colour'");
    }

    @Test
    void keepsADateOnlyPublicationDateOnly() {
        IndexedArticle stored = index.article("a1").orElseThrow();
        var analyzed = stored.analyzed();
        var dateOnly = new dev.marsad.analyze.AnalyzedArticle(
                analyzed.article().withPublished(Instant.parse("2023-09-20T00:00:00Z"), TimePrecision.DAY),
                analyzed.tags(),
                analyzed.entities(),
                analyzed.dates(),
                analyzed.quantities(),
                analyzed.section(),
                analyzed.keywords());
        index.put(new IndexedArticle("d1", dateOnly, Optional.empty(), "s1", List.of(), stored.indexedAt()));
        index.commit();
        assertThat(index.article("d1").orElseThrow().analyzed().article().publishedPrecision())
                .isEqualTo(TimePrecision.DAY);
        assertThat(index.article("a1").orElseThrow().analyzed().article().publishedPrecision())
                .isEqualTo(TimePrecision.TIME);
    }
}
